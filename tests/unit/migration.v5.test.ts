import { describe, expect, it } from 'vitest';
import { openDeadlineRecords } from '../../src-renderer/src/domain/deadlines';
import { createWorkingDayCalendar } from '../../src-renderer/src/domain/calendar';
import type { Staff } from '../../src-renderer/src/domain/model';
import { ACTOR, eventAt, intake, storedEventCount } from './support/db';
import { CURRENT_SCHEMA_VERSION, upgradedFrom } from './support/upgrade';
import { complaintUnder, preset } from './support/workflow';

const AT = '2026-04-24T08:00:00.000Z';
const coordinator = preset('coordinator');
const complaint = { ...complaintUnder(coordinator, { id: 'k-1', reference: 'K-2026-0001' }), customerId: 'cu-1', deskState: 'unassigned' as const };
const marloes: Staff = { id: 'marloes', name: 'Marloes van Dam', roles: ['coordinator'], active: true, createdAt: AT, updatedAt: AT };

/** Stored out of order, as a register that grew over time has them. */
const events = [
  eventAt('e-3', 'k-1', 'cu-1', '2026-04-26T10:00:00.000Z'),
  eventAt('e-1', null, 'cu-1', '2026-04-24T08:00:00.000Z', 'customer_created'),
  // Another customer id on purpose: the customer's timeline finds this one only through its complaint.
  eventAt('e-2', 'k-1', 'cu-old', '2026-04-24T08:01:00.000Z'),
  eventAt('e-x', 'k-other', 'cu-2', '2026-04-25T08:00:00.000Z'),
];

/** Version 4 data, as offices have it on disk, opened by this version. */
function upgradedFromVersion4() {
  return upgradedFrom(4, async (old) => {
    await old.table('procedures').add(coordinator);
    await old.table('staff').add(marloes);
    await old.table('customers').add({ id: 'cu-1', name: 'Jan de Vries', searchTerms: ['jan', 'vries'], updatedAt: AT });
    await old.table('complaints').add(complaint);
    await old.table('counters').add({ id: 'complaint-reference-2026', value: 1, updatedAt: AT });
    await old.table('openDeadlines').bulkAdd(openDeadlineRecords(complaint, coordinator, createWorkingDayCalendar()));
    await old.table('events').bulkAdd(events);
  });
}

describe('upgrading a version 4 database', () => {
  it('keeps every event, still found per complaint (oldest first) and per customer', async () => {
    const { db, repos } = await upgradedFromVersion4();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(await storedEventCount(db)).toBe(4);

    expect((await repos.events.listForComplaint('k-1')).map((e) => e.id)).toEqual(['e-2', 'e-3']);
    expect((await repos.events.listForCustomer('cu-1')).map((e) => e.id)).toEqual(['e-1', 'e-2', 'e-3']);
    db.close();
  });

  it('starts with no reminders said, so terms already due are reminded of once after the upgrade', async () => {
    const { db, repos } = await upgradedFromVersion4();
    expect(await db.notifiedDeadlines.count()).toBe(0);
    const first = await repos.reminders.unsaid(marloes, '2026-06-01');
    expect(first.count).toBe(await db.openDeadlines.count());
    expect(first.count).toBeGreaterThan(0);
    await repos.reminders.said(marloes.id, first.deadlines);
    expect((await repos.reminders.unsaid(marloes, '2026-06-01')).count).toBe(0);
    db.close();
  });
});

describe('upgrading to version 6', () => {
  it('counts the register once, and the list total then follows new complaints without counting', async () => {
    const { db, repos } = await upgradedFromVersion4();
    expect(await db.counters.get('complaints.total')).toMatchObject({ value: 1 });
    expect(await repos.complaints.count()).toBe(1);
    await repos.complaints.create(intake({ complaint: { receivedAt: '2026-05-01T10:00' } }), ACTOR, new Date('2026-05-01T10:05:00'));
    await repos.complaints.create(intake({ complaint: { receivedAt: '2026-05-02T10:00' } }), ACTOR, new Date('2026-05-02T10:05:00'));
    expect(await repos.complaints.count()).toBe(3);
    expect(await db.complaints.count()).toBe(3);
    db.close();
  });
});
