/**
 * Steps of a role as documents of their own, in a local copy (PouchDB in
 * memory): written once, and removed with the log they belong to.
 */
import { describe, expect, it } from 'vitest';
import type { ComplaintEvent } from '../../src-renderer/src/domain/model';
import { stepOfDoc, stepWrites } from '../../src-renderer/src/sync/stepDocs';
import { docOf } from '../../src-renderer/src/sync/docs';
import { memoryPouch } from './support/pouch';

const event = (id: string, step?: ComplaintEvent['step']): ComplaintEvent => ({
  id, complaintId: 'c1', customerId: null, type: 'status_changed', at: '2026-03-10T13:30:00.000Z', actorId: null, actorName: 'Sanne', summary: 'Stap', changes: [], updatedAt: '2026-03-10T13:30:00.000Z', ...(step ? { step } : {}),
});
const closed = event('e2', { kind: 'close', roles: ['coordinator'] });
const log = { table: 'eventLogs' as const, key: 'c1', value: { id: 'c1', events: [event('e1'), closed], updatedAt: '' } };

describe('steps of a role in the local copy', () => {
  it('a log goes without its step, the step goes once as its own document and comes back as the same event', async () => {
    const local = memoryPouch('stappen');
    expect((docOf(log, undefined).value as { events: ComplaintEvent[] }).events.map((e) => e.id)).toEqual(['e1']);
    const writes = await stepWrites(local, [log]);
    expect(writes.map((doc) => doc._id)).toEqual(['steps:c1:e2']);
    await local.bulkDocs(writes);
    expect(await stepWrites(local, [log])).toEqual([]);
    expect(stepOfDoc(await local.get('steps:c1:e2'))).toEqual({ log: 'c1', eventId: 'e2', event: closed });
  });

  it('a log removed takes its steps with it, leaving nothing of the event behind', async () => {
    const local = memoryPouch('weg');
    await local.bulkDocs(await stepWrites(local, [log]));
    const removals = await stepWrites(local, [{ ...log, value: null }]);
    expect(removals).toEqual([{ _id: 'steps:c1:e2', _rev: expect.stringMatching(/^1-/), _deleted: true }]);
    await local.bulkDocs(removals);
    const { rows } = await local.allDocs({ keys: ['steps:c1:e2'] });
    expect(rows[0]?.value?.deleted).toBe(true);
    expect(stepOfDoc({ _id: 'steps:c1:e2', _rev: '2-x', _deleted: true })).toEqual({ log: 'c1', eventId: 'e2', event: null });
    // Written once: not made again from an old copy of the log.
    expect(await stepWrites(local, [log])).toEqual([]);
  });
});
