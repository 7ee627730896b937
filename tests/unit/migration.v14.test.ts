import { describe, expect, it } from 'vitest';
import { appendEvent } from '../../src-renderer/src/db/repositories/eventStore';
import { appendToLog, groupByLog } from '../../src-renderer/src/domain/eventLogs';
import type { ComplaintEvent } from '../../src-renderer/src/domain/model';
import { eventAt } from './support/db';
import { CURRENT_SCHEMA_VERSION, upgradedFrom } from './support/upgrade';
import { complaintUnder, preset } from './support/workflow';

const committee = preset('committee');
const minute = (n: number) => new Date(Date.parse('2026-04-24T08:00:00.000Z') + n * 60_000).toISOString();
const events: ComplaintEvent[] = [
  eventAt('e-3', 'k-1', 'cu-1', minute(30)),
  eventAt('e-1', 'k-1', 'cu-1', minute(10), 'created'),
  eventAt('e-2', 'k-1', 'cu-1', minute(20)),
  eventAt('c-1', null, 'cu-1', minute(5), 'customer_created'),
  eventAt('o-1', null, null, minute(1), 'settings_changed'),
];
const logsOf = (list: ComplaintEvent[]) => [...groupByLog(list)].map(([id, group]) => appendToLog(undefined, id, group));

/** Version 13 data: logs of unsealed events, as every save wrote them until now. */
function upgradedFromVersion13() {
  return upgradedFrom(13, async (v13) => {
    await v13.table('procedures').add(committee);
    await v13.table('customers').add({ id: 'cu-1', name: 'Jan de Vries', nameTerms: ['jan', 'vries'], detailTerms: [], updatedAt: minute(0) });
    await v13.table('complaints').add(complaintUnder(committee, { id: 'k-1', reference: 'K-2026-0007', customerName: 'Jan de Vries' }));
    await v13.table('eventLogs').bulkAdd(logsOf(events));
  });
}

describe('upgrading a version 13 database (the journal sealed)', () => {
  it('seals every log it held as the start of its chain, and the check finds them all intact', async () => {
    const { db, repos } = await upgradedFromVersion13();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    const stored = (await db.eventLogs.toArray()).flatMap((log) => log.events);
    expect(stored).toHaveLength(events.length);
    expect(stored.every((event) => event.seal?.salt)).toBe(true);
    // Nothing else in an event moved.
    expect((await db.eventLogs.get('k-1'))?.events.map(({ seal: _seal, ...rest }) => rest)).toEqual([events[1], events[2], events[0]]);
    expect(await repos.journal.check(() => {})).toEqual({ logs: 3, brokenLogs: 0, first: null });
    db.close();
  });

  it('names an old event edited after the upgrade, by the complaint reference, and lets a new save link on', async () => {
    const { db, repos } = await upgradedFromVersion13();
    await db.transaction('rw', db.eventLogs, () => appendEvent(db, eventAt('e-4', 'k-1', 'cu-1', minute(40))));
    expect((await repos.journal.check(() => {})).brokenLogs).toBe(0);
    const log = (await db.eventLogs.get('k-1'))!;
    await db.eventLogs.put({ ...log, events: log.events.map((e) => (e.id === 'e-2' ? { ...e, summary: 'Klacht ingetrokken' } : e)) });
    const report = await repos.journal.check(() => {});
    expect(report).toMatchObject({ logs: 3, brokenLogs: 1, first: { kind: 'changed', owner: { kind: 'complaint', reference: 'K-2026-0007' }, event: { id: 'e-2' } } });
    db.close();
  });
});
