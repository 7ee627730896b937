import { describe, expect, it } from 'vitest';
import { searchTermsForCustomer } from '../../src-renderer/src/domain/search';
import { complaintAsUpgraded, customerAsUpgraded } from './support/schemas';
import { CURRENT_SCHEMA_VERSION, upgradedFrom } from './support/upgrade';
import { ACTOR, intake, NOW } from './support/db';
import { complaintUnder, preset } from './support/workflow';

const AT = '2026-04-24T08:00:00.000Z';
const coordinator = preset('coordinator');
const jan = { id: 'cu-1', name: 'Jan de Vries', customerNumber: '', phone: '06-12345678', email: 'jan@example.nl', street: 'Dorpsstraat 1', postcode: '2801 AB', city: 'Gouda', mergedIntoId: null, updatedAt: AT };

/** Version 8 data, as offices have it on disk, opened by this version. */
function upgradedFromVersion8() {
  return upgradedFrom(8, async (old) => {
    await old.table('procedures').add(coordinator);
    await old.table('customers').add(customerAsUpgraded({ ...jan, searchTerms: searchTermsForCustomer(jan) }));
    await old.table('complaints').add(
      complaintAsUpgraded({ ...complaintUnder(coordinator, { id: 'k-1', reference: 'K-2026-0007' }), customerId: 'cu-1', customerName: jan.name, receivedAt: '2026-04-20T09:00:00.000Z', summary: 'Verwarming kapot' }),
    );
    await old.table('counters').add({ id: 'complaint-reference-2026', value: 7, updatedAt: AT });
  });
}

describe('upgrading a version 8 database', () => {
  it('keeps every record, adds the empty sharing tables and goes on numbering as before', async () => {
    const { db, repos } = await upgradedFromVersion8();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(await db.complaints.get('k-1')).toMatchObject({ reference: 'K-2026-0007', summary: 'Verwarming kapot' });
    expect((await repos.complaints.search('verwarming')).map((complaint) => complaint.id)).toEqual(['k-1']);
    expect([await db.outbox.count(), await db.sharedRevisions.count(), await db.sharedCheckpoints.count()]).toEqual([0, 0, 0]);
    // Not shared: nothing journalled, the next number follows the old counter.
    const created = await repos.complaints.create(intake(), ACTOR, NOW);
    expect(created.complaint.reference).toBe('K-2026-0008');
    expect(await db.outbox.count()).toBe(0);
    db.close();
  });

  it('journals the next change once the upgraded register is shared', async () => {
    const { db, repos } = await upgradedFromVersion8();
    db.journalWrites = true;
    await repos.complaints.update('k-1', { category: 'Onderhoud' }, ACTOR, new Date(2026, 3, 24, 14, 0));
    expect((await db.outbox.toArray()).map((entry) => `${entry.table}:${entry.key}`).sort()).toEqual(['complaints:k-1', 'eventLogs:k-1']);
    db.close();
  });
});
