import { describe, expect, it } from 'vitest';
import { appendEvent } from '../../src-renderer/src/db/repositories/eventStore';
import { eventAt, storedEvents } from './support/db';
import { CURRENT_SCHEMA_VERSION, upgradedFrom } from './support/upgrade';
import { complaintUnder, preset } from './support/workflow';

const AT = '2026-04-24T08:00:00.000Z';
const coordinator = preset('coordinator');
const complaint = (id: string, reference: string, customerId: string, status: 'registered' | 'in_progress') => ({
  ...complaintUnder(coordinator, { id, reference }),
  customerId,
  status,
  deskState: 'unassigned' as const,
});

const minute = (n: number) => new Date(Date.parse(AT) + n * 60_000).toISOString();
// More than one page of the upgrade (2,000), with ids that interleave the two complaints, so a log is met on several pages.
const MANY = 2600;
const interleaved = Array.from({ length: MANY }, (_, n) =>
  eventAt(`e-${String(n).padStart(5, '0')}`, n % 3 === 0 ? 'k-2' : 'k-1', 'cu-1', minute(MANY - n)),
);
const others = [
  eventAt('a-customer', null, 'cu-1', minute(-10), 'customer_created'),
  eventAt('a-merged', null, 'cu-old', minute(-20), 'customer_created'),
  eventAt('a-settings-2025', null, null, '2025-12-31T10:00:00.000Z', 'settings_changed'),
  eventAt('a-settings-2026', null, null, '2026-01-02T10:00:00.000Z', 'settings_changed'),
];

/** Version 6 data, as offices have it on disk, opened by this version. */
function upgradedFromVersion6() {
  return upgradedFrom(6, async (old) => {
    await old.table('procedures').add(coordinator);
    await old.table('customers').bulkAdd([
      { id: 'cu-1', name: 'Jan de Vries', phone: '06-12345678', searchTerms: ['jan', 'de', 'vries', '0612345678'], updatedAt: AT },
      { id: 'cu-old', name: 'J. de Vries', searchTerms: [], mergedIntoId: 'cu-1', updatedAt: AT },
    ]);
    await old.table('complaints').bulkAdd([
      // As version 6 stored it: the customer's phone copied into the complaint's terms.
      { ...complaint('k-1', 'K-2026-0001', 'cu-1', 'registered'), customerName: 'Jan de Vries', searchTerms: ['k20260001', 'jan', 'vries', '0612345678'] },
      complaint('k-2', 'K-2026-0002', 'cu-1', 'in_progress'),
      complaint('k-3', 'K-2026-0003', 'cu-2', 'in_progress'),
    ]);
    await old.table('events').bulkAdd([...interleaved, ...others]);
  });
}

describe('upgrading a version 6 database', () => {
  it('moves every event into its complaint, customer or office-year log, none lost or doubled, and drops the old table', async () => {
    const { db } = await upgradedFromVersion6();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(db.tables.map((t) => t.name)).not.toContain('events');
    const moved = await storedEvents(db);
    expect(moved).toHaveLength(MANY + others.length);
    expect(new Set(moved.map((e) => e.id)).size).toBe(moved.length);
    expect((await db.eventLogs.toCollection().primaryKeys()).sort()).toEqual(
      ['customer:cu-1', 'customer:cu-old', 'k-1', 'k-2', 'office:2025', 'office:2026'].sort(),
    );
    db.close();
  });

  it('shows a complaint its own events oldest first, across the pages they were read in', async () => {
    const { db, repos } = await upgradedFromVersion6();
    const own = await repos.events.listForComplaint('k-2');
    const expected = interleaved.filter((e) => e.complaintId === 'k-2').sort((a, b) => a.at.localeCompare(b.at));
    expect(own.map((e) => e.id)).toEqual(expected.map((e) => e.id));
    expect(await repos.events.listForComplaint('k-3')).toEqual([]);
    db.close();
  });

  it("shows a customer's card their own, their merged duplicate's and their complaints' events", async () => {
    const { db, repos } = await upgradedFromVersion6();
    const card = await repos.events.listForCustomer('cu-1');
    expect(card).toHaveLength(MANY + 2);
    expect(card.slice(0, 2).map((e) => e.id)).toEqual(['a-merged', 'a-customer']);
    expect(card.some((e) => e.type === 'settings_changed')).toBe(false);
    db.close();
  });

  it('still counts complaints per status without the status index, and appends new events to the moved logs', async () => {
    const { db, repos } = await upgradedFromVersion6();
    expect(await repos.complaints.count({ status: 'in_progress' })).toBe(2);
    expect(await repos.complaints.count({ status: 'registered' })).toBe(1);
    const actor = { id: null, name: 'Balie' };
    await repos.complaints.applyAction('k-1', { type: 'acknowledge', sentOn: '2026-06-01', method: 'email' }, actor, new Date('2026-06-01T10:00:00Z'));
    const own = await repos.events.listForComplaint('k-1');
    expect(own).toHaveLength(interleaved.filter((e) => e.complaintId === 'k-1').length + 1);
    expect(own.at(-1)?.at).toBe('2026-06-01T10:00:00.000Z');
    db.close();
  });

  it("keeps the customer's name in a complaint's search terms and finds the rest through the customer", async () => {
    const { db, repos } = await upgradedFromVersion6();
    const terms = (await db.complaints.get('k-1'))?.searchTerms ?? [];
    expect(terms).toEqual(expect.arrayContaining(['k20260001', 'jan', 'vries']));
    expect(terms).not.toContain('0612345678');
    expect((await repos.complaints.search('06-12345678')).map((c) => c.id).sort()).toEqual(['k-1', 'k-2']);
    expect((await repos.complaints.search('jan 0612')).map((c) => c.id)).toContain('k-1');
    db.close();
  });
});

describe('writing an event', () => {
  it('refuses outside a read-write transaction over the logs, where a concurrent save could lose one', async () => {
    const { db } = await upgradedFromVersion6();
    const stray = eventAt('x-1', 'k-1', 'cu-1', AT);
    await expect(appendEvent(db, stray)).rejects.toThrow('alleen binnen een schrijftransactie');
    await expect(db.transaction('r', [db.eventLogs], () => appendEvent(db, stray))).rejects.toThrow('alleen binnen een schrijftransactie');
    await db.transaction('rw', [db.eventLogs], () => appendEvent(db, stray));
    expect((await db.eventLogs.get('k-1'))?.events.some((e) => e.id === 'x-1')).toBe(true);
    db.close();
  });
});
