import { describe, expect, it } from 'vitest';
import type { EditConflict } from '../../src-renderer/src/domain/sharing/merge';
import { ACTOR, freshDb, intake, NOW } from './support/db';

const conflict: EditConflict = {
  path: 'summary',
  base: 'Verwarming doet het niet',
  kept: 'Geen warm water',
  other: 'Verwarming een week stuk',
  keptUpdatedAt: '2026-03-10T10:00:00.000Z',
  otherUpdatedAt: '2026-03-10T11:00:00.000Z',
};

async function complaintWithConflict() {
  const context = await freshDb();
  const { complaint } = await context.repos.complaints.create(intake(), ACTOR, NOW);
  // As the sync leaves it after merging two workstations' versions.
  await context.db.complaints.put({ ...complaint, summary: 'Geen warm water', conflicts: [conflict] });
  return { ...context, id: complaint.id };
}

describe('choosing between two values two workstations gave one field', () => {
  it('sets the chosen value, drops the conflict, makes it searchable and says so in the history', async () => {
    const { repos, id } = await complaintWithConflict();
    const chosen = await repos.complaints.resolveConflict(id, 'summary', 'Verwarming een week stuk', { id: null, name: 'Marloes' }, NOW);
    expect(chosen.summary).toBe('Verwarming een week stuk');
    expect(chosen.conflicts).toBeUndefined();
    expect((await repos.complaints.search('week')).map((c) => c.id)).toEqual([id]);
    const last = (await repos.events.listForComplaint(id)).at(-1);
    expect(last).toMatchObject({ actorName: 'Marloes', summary: expect.stringContaining('samenvatting opgelost') });
    expect(last?.changes).toEqual([{ field: 'summary', old: 'Geen warm water', new: 'Verwarming een week stuk' }]);
  });

  it('keeping the shown value changes nothing but the conflict, still with an event', async () => {
    const { repos, id } = await complaintWithConflict();
    const chosen = await repos.complaints.resolveConflict(id, 'summary', 'Geen warm water', ACTOR, NOW);
    expect(chosen).toMatchObject({ summary: 'Geen warm water' });
    expect(chosen.conflicts).toBeUndefined();
    expect((await repos.events.listForComplaint(id)).at(-1)?.summary).toContain('de getoonde waarde blijft');
  });

  it('refuses a value that is not one of the two, or a conflict already resolved elsewhere', async () => {
    const { repos, id } = await complaintWithConflict();
    await expect(repos.complaints.resolveConflict(id, 'summary', 'iets anders', ACTOR, NOW)).rejects.toThrow('al opgelost');
    await repos.complaints.resolveConflict(id, 'summary', 'Geen warm water', ACTOR, NOW);
    await expect(repos.complaints.resolveConflict(id, 'summary', 'Geen warm water', ACTOR, NOW)).rejects.toThrow('al opgelost');
  });
});
