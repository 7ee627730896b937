import { describe, expect, it } from 'vitest';
import { searchTermsForComplaint, searchTermsForCustomer } from '../../src-renderer/src/domain/search';
import { CURRENT_SCHEMA_VERSION, upgradedFrom } from './support/upgrade';
import { complaintUnder, preset } from './support/workflow';

const AT = '2026-04-24T08:00:00.000Z';
const coordinator = preset('coordinator');
const jan = { id: 'cu-1', name: 'Jan de Vries', customerNumber: '', phone: '06-12345678', email: 'jan@example.nl', street: 'Dorpsstraat 1', postcode: '2801 AB', city: 'Gouda' };
const merged = { ...jan, id: 'cu-old', name: 'J. de Vries', phone: '06-99999999' };

const complaint = (id: string, reference: string, receivedAt: string, summary: string) => {
  const base = { ...complaintUnder(coordinator, { id, reference }), customerId: 'cu-1', customerName: jan.name, receivedAt, summary };
  // As version 7 stored it: terms without keys.
  return { ...base, searchTerms: searchTermsForComplaint(base, jan) };
};

/** Version 7 data, as offices have it on disk, opened by this version. */
function upgradedFromVersion7() {
  return upgradedFrom(7, async (old) => {
    await old.table('procedures').add(coordinator);
    await old.table('customers').bulkAdd([
      { ...jan, searchTerms: searchTermsForCustomer(jan), mergedIntoId: null, updatedAt: AT },
      { ...merged, searchTerms: [], mergedIntoId: 'cu-1', updatedAt: AT },
    ]);
    await old.table('complaints').bulkAdd([
      complaint('k-1', 'K-2026-0001', '2026-04-20T09:00:00.000Z', 'Verwarming kapot'),
      complaint('k-2', 'K-2026-0002', '2026-04-22T09:00:00.000Z', 'Verwarming lekt'),
    ]);
  });
}

describe('upgrading a version 7 database', () => {
  it('gives every complaint its search keys, each term with its receipt moment', async () => {
    const { db } = await upgradedFromVersion7();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    const k1 = await db.complaints.get('k-1');
    expect(k1?.searchKeys).toEqual(k1?.searchTerms.map((term) => [term, Date.parse('2026-04-20T09:00:00.000Z')]));
    expect(db.complaints.schema.idxByName.searchKeys?.multi).toBe(true);
    expect(db.complaints.schema.idxByName.searchTerms).toBeUndefined();
    db.close();
  });

  it("splits a customer's terms into name and details, and leaves a merged one without any", async () => {
    const { db } = await upgradedFromVersion7();
    const customer = await db.customers.get('cu-1');
    expect(customer?.nameTerms).toEqual(['jan', 'de', 'vries']);
    expect(customer?.detailTerms).toEqual(expect.arrayContaining(['0612345678', '2801ab', 'gouda', 'dorpsstraat']));
    expect(customer?.detailTerms).not.toContain('vries');
    expect(await db.customers.get('cu-old')).toMatchObject({ searchTerms: [], nameTerms: [], detailTerms: [] });
    db.close();
  });

  it('finds the upgraded complaints by word, name and phone, newest first, and the customer by name and phone', async () => {
    const { db, repos } = await upgradedFromVersion7();
    for (const query of ['verwarming', 'vries', '06-12345678', 'jan verw']) {
      expect((await repos.complaints.search(query)).map((c) => c.id)).toEqual(['k-2', 'k-1']);
    }
    expect(await repos.complaints.search('06-99999999')).toEqual([]);
    expect((await repos.customers.find('vries')).map((c) => c.id)).toEqual(['cu-1']);
    expect((await repos.customers.find('0612')).map((c) => c.id)).toEqual(['cu-1']);
    db.close();
  });
});
