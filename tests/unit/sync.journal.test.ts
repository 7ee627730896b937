/** The journal: which writes wait to be shared, written in the same transaction as the write itself. */
import { describe, expect, it } from 'vitest';
import { applyIncoming } from '../../src-renderer/src/db/repositories/sharedRecords';
import { ACTOR, freshDb, intake, NOW } from './support/db';

const pending = async (db: Awaited<ReturnType<typeof freshDb>>['db']) => (await db.outbox.toArray()).map((entry) => `${entry.table}:${entry.key}`).sort();

describe('the journal of changes to share', () => {
  it('records nothing on a register that is not shared', async () => {
    const { db, repos } = await freshDb();
    await repos.complaints.create(intake(), ACTOR, NOW);
    expect(await db.outbox.count()).toBe(0);
  });

  it('records every shared record a save touched, and none of the derived or local ones', async () => {
    const { db, repos } = await freshDb();
    db.journalWrites = true;
    const { complaint, customer } = await repos.complaints.create(intake(), ACTOR, NOW);
    await repos.drafts.save('intake', { name: 'half getypt' });
    // A leased block, when there is one, is this PC's own; here the reference came from a provisional counter.
    expect(await pending(db)).toEqual([`complaints:${complaint.id}`, `customers:${customer.id}`, `eventLogs:${complaint.id}`, `eventLogs:customer:${customer.id}`].sort());
  });

  it('records nothing when the save fails: no half change waits to go out', async () => {
    const { db, repos } = await freshDb();
    db.journalWrites = true;
    await expect(repos.complaints.update('does-not-exist', { category: 'x' }, ACTOR, NOW)).rejects.toThrow();
    await expect(
      db.transaction('rw', [db.staff], async () => {
        await db.staff.put({ id: 's-1', name: 'Bea', roles: ['receptionist'], active: true, createdAt: NOW.toISOString(), updatedAt: NOW.toISOString() });
        throw new Error('afgebroken');
      }),
    ).rejects.toThrow('afgebroken');
    expect(await db.outbox.count()).toBe(0);
    expect(await db.staff.count()).toBe(0);
  });

  it('does not journal changes that came from elsewhere, and leaves a record with our change waiting alone', async () => {
    const { db, repos } = await freshDb();
    db.journalWrites = true;
    const { complaint } = await repos.complaints.create(intake(), ACTOR, NOW);
    const before = await db.outbox.count();
    const theirs = { id: 's-9', name: 'Sanne', roles: ['owner'], active: true, createdAt: NOW.toISOString(), updatedAt: NOW.toISOString() };
    const result = await applyIncoming(
      db,
      [
        { table: 'staff', key: 's-9', value: theirs, rev: '1-a' },
        { table: 'complaints', key: complaint.id, value: { ...complaint, summary: 'van elders' }, rev: '2-b' },
      ],
      { id: 'local:test', seq: '7' },
      NOW.toISOString(),
    );
    expect(result).toMatchObject({ applied: 1, waiting: 1 });
    expect(await db.staff.get('s-9')).toMatchObject({ name: 'Sanne' });
    expect((await db.complaints.get(complaint.id))?.summary).toBe('Verwarming doet het niet');
    expect(await db.outbox.count()).toBe(before);
    expect(await db.sharedCheckpoints.get('local:test')).toMatchObject({ seq: '7' });
  });
});
