import { describe, expect, it } from 'vitest';
import { indexedRecords } from '../../src-renderer/src/domain/desk';
import { CURRENT_SCHEMA_VERSION, upgradedFrom } from './support/upgrade';
import { calendar, complaintUnder, preset } from './support/workflow';

const committee = preset('committee');

/** Three complaints as version 12 stored them: registered in the order 1, 2, 3, received in the order 3, 1, 2; two customers, one owner. */
const stored = [
  complaintUnder(committee, { id: 'k-1', reference: 'K-2026-0001', customerName: 'Wim Vos', createdAt: '2026-04-24T08:00:00.000Z', receivedAt: '2026-04-22T08:00:00.000Z', ownerId: 'owner-1', status: 'in_progress' }),
  complaintUnder(committee, { id: 'k-2', reference: 'K-2026-0002', customerName: 'Ans Kok', createdAt: '2026-04-24T09:00:00.000Z', receivedAt: '2026-04-23T08:00:00.000Z' }),
  complaintUnder(committee, { id: 'k-3', reference: 'K-2026-0003', customerName: 'Wim Vos', createdAt: '2026-04-24T10:00:00.000Z', receivedAt: '2026-04-20T08:00:00.000Z' }),
];

describe('upgrading a version 12 database (indexes to sort the list by)', () => {
  it('sorts the complaints it already held by reference, customer and owner, a page at a time', async () => {
    const { db, repos } = await upgradedFrom(12, async (v12) => {
      await v12.table('procedures').add(committee);
      await v12.table('staff').add({ id: 'owner-1', name: 'Olga Eigenaar', roles: ['owner'], active: true, createdAt: '2026-04-01T08:00:00.000Z', updatedAt: '2026-04-01T08:00:00.000Z' });
      await v12.table('complaints').bulkAdd(stored.map((c) => indexedRecords(c, committee, calendar).complaint));
    });
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    const page = (column: 'reference' | 'customer' | 'owner', direction: 'asc' | 'desc') => repos.complaints.listIdsPage({}, 0, 10, { column, direction });
    expect(await page('reference', 'desc')).toEqual(['k-3', 'k-2', 'k-1']);
    expect(await page('customer', 'asc')).toEqual(['k-2', 'k-3', 'k-1']);
    expect(await page('owner', 'asc')).toEqual(['k-1', 'k-2', 'k-3']);
    expect(await repos.complaints.listIdsPage({ status: 'in_progress' }, 0, 10, { column: 'customer', direction: 'asc' })).toEqual(['k-1']);
    // Nothing else moved: the complaints read back as they were stored.
    expect((await repos.complaints.get('k-2'))?.reference).toBe('K-2026-0002');
  });
});
