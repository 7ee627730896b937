import { beforeAll, describe, expect, it } from 'vitest';
import type { Complaint } from '../../src-renderer/src/domain/model';
import { matchesSearch, parseSearchQuery } from '../../src-renderer/src/domain/search';
import { freshDb, NOW } from './support/db';

/**
 * Search takes different paths for few and for many candidates; on a register
 * large enough for both, its answers must equal a plain scan of every complaint.
 */
describe('search on a larger register', () => {
  let context: Awaited<ReturnType<typeof freshDb>>;
  let all: Complaint[];
  /** A complaint's terms for the rule: its own and its customer's. */
  let termsOf: (complaint: Complaint) => string[];

  beforeAll(async () => {
    context = await freshDb();
    await context.repos.demo.seed(3000, { now: NOW, seed: 5 });
    all = await context.db.complaints.toArray();
    const customers = new Map((await context.db.customers.toArray()).map((c) => [c.id, c.searchTerms]));
    termsOf = (complaint) => [...complaint.searchTerms, ...(customers.get(complaint.customerId) ?? [])];
  }, 60_000);

  const scan = (query: string, limit: number, status?: Complaint['status']) =>
    all
      .filter((c) => matchesSearch(termsOf(c), parseSearchQuery(query)) && (status === undefined || c.status === status))
      .sort((a, b) => b.receivedAt.localeCompare(a.receivedAt))
      .slice(0, limit)
      .map((c) => c.receivedAt);

  it.each([['de'], ['06'], ['kl'], ['verwarming'], ['factuur klopt'], ['de 06'], ['jan de'], ['gouda 28'], ['06 a'], ['06 v'], ['anna de vries'], ['piet smit'], ['maria 06'], ['zzzz']])(
    'answers %s as a full scan would',
    async (query) => {
      for (const limit of [10, 200]) {
        const found = await context.repos.complaints.search(query, limit);
        // Compared on receipt moments: equal moments may come in either order.
        expect(found.map((c) => c.receivedAt)).toEqual(scan(query, limit));
        expect(found.every((c) => matchesSearch(termsOf(c), parseSearchQuery(query)))).toBe(true);
      }
    },
    // A common fragment reads a large part of the register in fake IndexedDB: past the default 20 s on a busy 2-core machine. The limit is no speed claim (that is the bench's).
    90_000,
  );

  it('applies the status filter on both paths', async () => {
    for (const query of ['de', 'verwarming']) {
      const found = await context.repos.complaints.search(query, 50, { status: 'closed' });
      expect(found.map((c) => c.receivedAt)).toEqual(scan(query, 50, 'closed'));
    }
  });

  it('has queries on both sides of the load limit', () => {
    const sizes = ['de', 'verwarming', '06'].map((q) => all.filter((c) => matchesSearch(termsOf(c), parseSearchQuery(q))).length);
    expect(sizes[0]).toBeGreaterThan(1000);
    expect(sizes[1]).toBeLessThan(1000);
    // "06 a": the one-letter token is then checked on the loaded records, not looked up.
    expect(sizes[2]).toBeGreaterThan(1000);
  });
});
