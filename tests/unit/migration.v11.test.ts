import { describe, expect, it } from 'vitest';
import { searchTermsForCustomer } from '../../src-renderer/src/domain/search';
import { withCustomerSearchTerms } from '../../src-renderer/src/domain/records';
import { CURRENT_SCHEMA_VERSION, upgradedFrom } from './support/upgrade';
import { preset } from './support/workflow';

const AT = '2026-04-24T08:00:00.000Z';
const ACTOR = { id: null, name: 'Marloes van Dam' };
// As version 10 stored a customer: no country; a merged duplicate keeps its record.
const jan = withCustomerSearchTerms({
  id: 'cu-1', name: 'Jan de Vries', salutation: 'heer', customerNumber: '', phone: '06-12345678', email: '', street: 'Dorpsstraat 1',
  postcode: '2801 AB', city: 'Gouda', representative: null, mergedIntoId: null, createdAt: AT, updatedAt: AT,
  searchTerms: [], nameTerms: [], detailTerms: [],
} as never);
const merged = { ...jan, id: 'cu-old', name: 'J. de Vries', mergedIntoId: 'cu-1', searchTerms: [], nameTerms: [], detailTerms: [] };

function upgradedFromVersion10() {
  return upgradedFrom(10, async (old) => {
    await old.table('procedures').add(preset('coordinator'));
    await old.table('customers').bulkAdd([jan, merged]);
  });
}

describe('upgrading a version 10 database', () => {
  it('puts every customer stored before, merged ones too, in the Netherlands', async () => {
    const { db } = await upgradedFromVersion10();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(await db.customers.get('cu-1')).toMatchObject({ country: 'NL', postcode: '2801 AB', searchTerms: searchTermsForCustomer(jan) });
    expect(await db.customers.get('cu-old')).toMatchObject({ country: 'NL', mergedIntoId: 'cu-1' });
    db.close();
  });

  it('lets an upgraded customer move abroad, checking the postcode as that country writes it', async () => {
    const { db, repos } = await upgradedFromVersion10();
    await expect(repos.customers.update('cu-1', { country: 'BE', postcode: '2000 AB', city: 'Antwerpen' }, ACTOR)).rejects.toMatchObject({
      fieldErrors: { postcode: 'Vul een geldige postcode voor België in, bijvoorbeeld 2000' },
    });
    expect(await repos.customers.update('cu-1', { country: 'BE', postcode: '2000', city: 'Antwerpen' }, ACTOR)).toMatchObject({ country: 'BE', postcode: '2000' });
    db.close();
  });
});
