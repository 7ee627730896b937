import { describe, expect, it } from 'vitest';
import { ACTOR, freshDb, intake, NOW } from './support/db';

async function withComplaints(receipts: string[]) {
  const context = await freshDb();
  const ids: Record<string, string> = {};
  for (const receivedAt of receipts) {
    const { complaint } = await context.repos.complaints.create(intake({ complaint: { receivedAt, summary: `Klacht van ${receivedAt}` } }), ACTOR, NOW);
    ids[receivedAt] = complaint.id;
  }
  return { ...context, ids };
}

describe('listing', () => {
  it('gives ids newest received first, whatever the order of registration', async () => {
    const receipts = ['2026-03-02T10:00', '2026-03-09T08:00', '2026-01-15T12:00', '2026-03-05T16:45'];
    const { repos, ids } = await withComplaints(receipts);
    const expected = [...receipts].sort().reverse().map((r) => ids[r]);
    expect(await repos.complaints.listIds()).toEqual(expected);
  });

  it('reads a page of ids by position, in the same order, so a scrolled list never reads them all', async () => {
    const receipts = ['2026-03-02T10:00', '2026-03-09T08:00', '2026-01-15T12:00', '2026-03-05T16:45', '2026-02-20T09:00'];
    const { repos, ids } = await withComplaints(receipts);
    const all = [...receipts].sort().reverse().map((r) => ids[r]);
    expect(await repos.complaints.listIdsPage({}, 1, 2)).toEqual(all.slice(1, 3));
    expect(await repos.complaints.listIdsPage({}, 4, 10)).toEqual(all.slice(4));
    expect(await repos.complaints.listIdsPage({}, 5, 10)).toEqual([]);
    // A filter pages through its own index: "te laat" earliest due first.
    const overdue = await repos.complaints.listIds({ overdue: '2026-04-30' });
    expect(overdue.length).toBe(5);
    expect(await repos.complaints.listIdsPage({ overdue: '2026-04-30' }, 2, 2)).toEqual(overdue.slice(2, 4));
  });

  it('filters on status through the [status+receivedAt] index and counts', async () => {
    const receipts = ['2026-03-02T10:00', '2026-03-09T08:00', '2026-01-15T12:00'];
    const { db, repos, ids } = await withComplaints(receipts);
    const moved = [ids['2026-01-15T12:00'], ids['2026-03-09T08:00']] as string[];
    await db.complaints.where('id').anyOf(moved).modify({ status: 'in_progress' });

    expect(await repos.complaints.listIds({ status: 'in_progress' })).toEqual([ids['2026-03-09T08:00'], ids['2026-01-15T12:00']]);
    expect(await repos.complaints.listIds({ status: 'registered' })).toEqual([ids['2026-03-02T10:00']]);
    expect(await repos.complaints.listIds({ status: 'closed' })).toEqual([]);
    expect(await repos.complaints.count({ status: 'in_progress' })).toBe(2);
    expect(await repos.complaints.count()).toBe(3);
  });

  it('loads many by id in the order asked, with a gap for a missing one', async () => {
    const { repos, ids } = await withComplaints(['2026-03-02T10:00', '2026-03-03T10:00']);
    const asked = [ids['2026-03-03T10:00'], 'missing', ids['2026-03-02T10:00']] as string[];
    const found = await repos.complaints.getMany(asked);
    expect(found.map((c) => c?.id)).toEqual([asked[0], undefined, asked[2]]);
  });
});

describe('searching', () => {
  it('finds by phone as typed differently, accents, prefixes, postcode and reference, newest first', async () => {
    const { repos } = await freshDb();
    const celik = await repos.complaints.create(
      intake({ customer: { name: 'Hüseyin Çelik', phone: '+31 6 1234 5678', postcode: '1234ab' }, complaint: { summary: 'Verwarming kapot', receivedAt: '2026-03-01T10:00' } }),
      ACTOR,
      NOW,
    );
    const again = await repos.complaints.create(
      { ...intake({ complaint: { summary: 'Factuur klopt niet', receivedAt: '2026-03-08T10:00' } }), customerId: celik.customer.id },
      ACTOR,
      NOW,
    );
    const other = await repos.complaints.create(
      intake({ customer: { name: 'Anna Visser', phone: '0182-359823', postcode: '2801 AB' }, complaint: { summary: 'Verwarming lekt' } }),
      ACTOR,
      NOW,
    );
    const ids = async (query: string) => (await repos.complaints.search(query)).map((c) => c.id);

    for (const phone of ['06-12345678', '0612345678', '0031 6 1234 5678', '+31612345678']) {
      expect(await ids(phone)).toEqual([again.complaint.id, celik.complaint.id]);
    }
    expect(await ids('celik')).toEqual([again.complaint.id, celik.complaint.id]);
    expect(await ids('celik verw')).toEqual([celik.complaint.id]);
    expect((await ids('verw')).sort()).toEqual([celik.complaint.id, other.complaint.id].sort());
    expect(await ids('1234 AB')).toEqual([again.complaint.id, celik.complaint.id]);
    expect(await ids('1234ab')).toEqual([again.complaint.id, celik.complaint.id]);
    expect(await ids(other.complaint.reference)).toEqual([other.complaint.id]);
    expect(await ids(other.complaint.reference.toLowerCase().replace('k-', 'k'))).toEqual([other.complaint.id]);
    expect(await ids('jansen')).toEqual([]);
    expect(await ids('v')).toEqual([]);
    expect(await repos.complaints.search('celik', 1)).toHaveLength(1);
  });

  it('applies a status filter', async () => {
    const { db, repos } = await freshDb();
    const a = await repos.complaints.create(intake(), ACTOR, NOW);
    await repos.complaints.create(intake(), ACTOR, NOW);
    await db.complaints.update(a.complaint.id, { status: 'closed' });
    expect((await repos.complaints.search('vries', 200, { status: 'closed' })).map((c) => c.id)).toEqual([a.complaint.id]);
  });
});
