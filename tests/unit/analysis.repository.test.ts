/**
 * The analysis as the write path keeps it: complaints saved through the
 * repositories (craft business, acknowledgement within 5 working days), read
 * on 20 March 2026 for the first quarter.
 */
import { describe, expect, it } from 'vitest';
import { ACTOR, freshDb, intake, NOW } from './support/db';

const TODAY = '2026-03-20';
const Q1 = { from: '2026-01-01', to: '2026-03-31' };
const LATER = new Date(2026, 2, 11, 10, 0);

async function registerOfThree() {
  const { db, repos } = await freshDb();
  const first = await repos.complaints.create(intake({ complaint: { category: 'Bejegening', receivedAt: '2026-03-10T09:00' } }), ACTOR, NOW);
  const second = await repos.complaints.create(
    { ...intake({ complaint: { category: 'Factuur', receivedAt: '2026-03-10T11:00' } }), customerId: first.complaint.customerId, customer: null },
    ACTOR,
    NOW,
  );
  const third = await repos.complaints.create(intake({ customer: { name: 'Ans Kok', phone: '06-87654321', email: 'ans@example.nl' }, complaint: { category: 'Bejegening', receivedAt: '2026-02-02T09:00' } }), ACTOR, NOW);
  return { db, repos, ids: [first.complaint.id, second.complaint.id, third.complaint.id] as const };
}

describe('the analysis kept on every save', () => {
  it('counts new complaints, follows a workflow step and an edit, and names the complaints behind a figure', async () => {
    const { repos, ids } = await registerOfThree();
    let q1 = (await repos.analysis.figures(Q1, 'quarter', TODAY)).current;
    expect(q1.total).toBe(3);
    expect(q1.breakdowns.category).toEqual([{ value: 'Bejegening', count: 2 }, { value: 'Factuur', count: 1 }]);
    // The first two are one customer's.
    expect(q1.repeat).toEqual({ customers: 1, complaints: 2 });

    await repos.complaints.applyAction(ids[0], { type: 'acknowledge', sentOn: '2026-03-11', method: 'email' }, ACTOR, LATER);
    await repos.complaints.update(ids[2], { category: 'Factuur' }, ACTOR, LATER);
    q1 = (await repos.analysis.figures(Q1, 'quarter', TODAY)).current;
    // Acknowledged the next working day; the second was due 17 March, the third 9 February: both passed by the 20th.
    expect(q1.clocks.acknowledgement).toMatchObject({ met: 1, missed: 2, percentMet: 33 });
    expect(q1.durations.acknowledge).toEqual({ count: 1, median: 1, p90: 1 });
    expect(q1.breakdowns.category).toEqual([{ value: 'Factuur', count: 2 }, { value: 'Bejegening', count: 1 }]);
    expect(await repos.analysis.complaintIds({ period: Q1, selection: { kind: 'count', dimension: 'category', value: 'Factuur' } }, TODAY)).toEqual([ids[1], ids[2]]);
  });

  it('compares with the quarter before and the same quarter a year earlier', async () => {
    const { repos } = await registerOfThree();
    const analysis = await repos.analysis.figures({ from: '2026-03-01', to: '2026-03-31' }, 'month', TODAY);
    expect([analysis.current.total, analysis.previous.total, analysis.yearEarlier.total]).toEqual([2, 1, 0]);
    expect(analysis.trend.slice(-3).map((point) => point.count)).toEqual([0, 1, 2]);
  });

  it('counts a merged customer as one complainant who complained more than once', async () => {
    const { repos, ids } = await registerOfThree();
    const [first, third] = await repos.complaints.getMany([ids[0], ids[2]]);
    await repos.customers.merge(first!.customerId, third!.customerId, {}, ACTOR, LATER);
    // Jan de Vries made the first two; Ans Kok, merged into him, the third.
    expect((await repos.analysis.figures(Q1, 'quarter', TODAY)).current.repeat).toEqual({ customers: 1, complaints: 3 });
  });

  it('reads its figures from the kept tallies, not from the complaints', async () => {
    const { db, repos } = await registerOfThree();
    const before = await repos.analysis.figures(Q1, 'quarter', TODAY);
    await db.complaints.clear();
    expect(await repos.analysis.figures(Q1, 'quarter', TODAY)).toEqual(before);
  });
});
