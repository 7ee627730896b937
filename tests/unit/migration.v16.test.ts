import { describe, expect, it } from 'vitest';
import { indexedRecords } from '../../src-renderer/src/domain/desk';
import { CURRENT_SCHEMA_VERSION, upgradedFrom } from './support/upgrade';
import { calendar, complaintUnder, preset } from './support/workflow';

const committee = preset('committee');

/** Three complaints as version 15 stored them: two in April 2026 of one customer, one in March; one under a procedure version no longer stored. */
const stored = [
  complaintUnder(committee, { id: 'k-1', reference: 'K-2026-0001', category: 'Bejegening', receivedAt: '2026-04-22T08:00:00.000Z' }),
  complaintUnder(committee, { id: 'k-2', reference: 'K-2026-0002', category: 'Factuur', receivedAt: '2026-04-23T08:00:00.000Z' }),
  complaintUnder(committee, { id: 'k-3', reference: 'K-2026-0003', category: 'Factuur', receivedAt: '2026-03-20T08:00:00.000Z', customerId: 'customer-2' }),
];

describe('upgrading a version 15 database (the analysis)', () => {
  it('counts the complaints it already held into the analysis', async () => {
    const { db, repos } = await upgradedFrom(15, async (v15) => {
      await v15.table('procedures').add(committee);
      await v15.table('complaints').bulkAdd(stored.map((c) => indexedRecords(c, committee, calendar).complaint));
    });
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    const analysis = await repos.analysis.figures({ from: '2026-04-01', to: '2026-04-30' }, 'month', '2026-05-01');
    expect(analysis.current.total).toBe(2);
    expect(analysis.current.breakdowns.category).toEqual([{ value: 'Bejegening', count: 1 }, { value: 'Factuur', count: 1 }]);
    expect(analysis.current.repeat).toEqual({ customers: 1, complaints: 2 });
    expect(analysis.previous.total).toBe(1);
    expect(await db.analysisFacts.count()).toBe(3);
  });
});
