import type { Table } from 'dexie';

/**
 * Hands an upgrade a table's records a page at a time, in primary-key order,
 * so an office with years of data never holds them all at once. The next page
 * is read after `each` is done, so it sees what `each` wrote.
 */
export async function forEachPage<T extends { id: string }>(table: Table<T, string>, size: number, each: (page: T[]) => Promise<unknown>): Promise<void> {
  for (let after: string | null = null; ; ) {
    const page: T[] = await (after === null ? table.orderBy('id') : table.where('id').above(after)).limit(size).toArray();
    const last = page.at(-1);
    if (!last) return;
    after = last.id;
    await each(page);
  }
}
