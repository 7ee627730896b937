import { describe, expect, it } from 'vitest';
import { ACTOR, freshDb, intake, NOW } from './support/db';

/**
 * Craft preset (default): acknowledgement within 5 working days.
 * Received Monday 2 March → due Monday 9 March; Wednesday 4 March → Wednesday 11 March;
 * Tuesday 10 March → Tuesday 17 March.
 */
async function threeComplaints() {
  const context = await freshDb();
  const ids: Record<string, string> = {};
  for (const receivedAt of ['2026-03-02T09:00', '2026-03-04T09:00', '2026-03-10T09:00']) {
    const { complaint } = await context.repos.complaints.create(intake({ complaint: { receivedAt } }), ACTOR, NOW);
    ids[receivedAt.slice(0, 10)] = complaint.id;
  }
  return { ...context, ids };
}

describe('listing by deadline', () => {
  it('finds the overdue complaints as the clock moves, earliest due first', async () => {
    const { repos, ids } = await threeComplaints();
    expect(await repos.complaints.listIds({ overdue: '2026-03-09' })).toEqual([]);
    expect(await repos.complaints.listIds({ overdue: '2026-03-10' })).toEqual([ids['2026-03-02']]);
    expect(await repos.complaints.listIds({ overdue: '2026-03-18' })).toEqual([ids['2026-03-02'], ids['2026-03-04'], ids['2026-03-10']]);
    expect(await repos.complaints.count({ overdue: '2026-03-12' })).toBe(2);
  });

  it('finds what is due this week, and drops a complaint once its term is met', async () => {
    const { repos, ids } = await threeComplaints();
    const week = { from: '2026-03-09', to: '2026-03-15' };
    expect(await repos.complaints.listIds({ dueWithin: week })).toEqual([ids['2026-03-02'], ids['2026-03-04']]);
    await repos.complaints.applyAction(ids['2026-03-04'] ?? '', { type: 'acknowledge', sentOn: '2026-03-09', method: 'email' }, ACTOR, new Date(2026, 2, 10, 15));
    expect(await repos.complaints.listIds({ dueWithin: week })).toEqual([ids['2026-03-02']]);
    // Its next term is the response, 1 April.
    expect(await repos.complaints.listIds({ dueWithin: { from: '2026-03-30', to: '2026-04-05' } })).toEqual([ids['2026-03-04']]);
    expect(await repos.complaints.listIds({ dueWithin: { from: '2026-03-16', to: '2026-03-09' } })).toEqual([]);
  });

  it('combines with the status, overdue within the week, and a search', async () => {
    const { repos, ids } = await threeComplaints();
    await repos.complaints.applyAction(ids['2026-03-02'] ?? '', { type: 'acknowledge', sentOn: '2026-03-10', method: 'post' }, ACTOR, new Date(2026, 2, 10, 15));
    expect(await repos.complaints.listIds({ status: 'registered', overdue: '2026-03-18' })).toEqual([ids['2026-03-04'], ids['2026-03-10']]);
    expect(await repos.complaints.listIds({ status: 'acknowledged', overdue: '2026-03-18' })).toEqual([]);
    expect(await repos.complaints.listIds({ overdue: '2026-03-12', dueWithin: { from: '2026-03-09', to: '2026-03-15' } })).toEqual([ids['2026-03-04']]);
    const found = await repos.complaints.search('verwarming', 200, { overdue: '2026-03-12' });
    expect(found.map((c) => c.id)).toEqual([ids['2026-03-04']]);
  });

  it('leaves ended complaints out: their retention is no next deadline', async () => {
    const { repos, ids } = await threeComplaints();
    await repos.complaints.applyAction(ids['2026-03-02'] ?? '', { type: 'withdraw', on: '2026-03-10', reason: 'Klant trok in' }, ACTOR, new Date(2026, 2, 10, 15));
    expect(await repos.complaints.get(ids['2026-03-02'] ?? '')).toMatchObject({ nextDeadline: null, nextDeadlineKind: null });
    expect(await repos.complaints.listIds({ overdue: '2040-01-01' })).toEqual([ids['2026-03-04'], ids['2026-03-10']]);
    expect((await repos.complaints.deadlines(ids['2026-03-02'] ?? '', '2026-03-10')).map((d) => d.kind)).toEqual(['retention']);
  });
});
