import type { Collection, InsertType } from 'dexie';
import type { Complaint } from '../../domain/model';

/**
 * A list order made of parts read one after the other (one per status, per
 * owner, then the complaints without a value), so a page of it reads only the
 * parts it falls in: the parts before it are counted, not read.
 */
export interface Segment {
  count(): Promise<number>;
  page(offset: number, limit: number): Promise<string[]>;
}

export async function pageAcross(segments: readonly Segment[], offset: number, limit: number): Promise<string[]> {
  const ids: string[] = [];
  let skip = offset;
  for (const [index, segment] of segments.entries()) {
    if (ids.length >= limit) break;
    // The last part is not counted: reading its page says as much.
    if (skip > 0 && index < segments.length - 1) {
      const size = await segment.count();
      if (skip >= size) {
        skip -= size;
        continue;
      }
    }
    ids.push(...(await segment.page(skip, limit - ids.length)));
    skip = 0;
  }
  return ids;
}

/** Keys in an index's order (or its reverse), read by position: a Dexie collection made fresh for each read, as reading one changes it. */
export function indexSegment(collection: () => Collection<Complaint, string, InsertType<Complaint, 'id'>>, reversed: boolean): Segment {
  const ordered = () => (reversed ? collection().reverse() : collection());
  return {
    count: async () => collection().count(),
    page: async (offset, limit) => ordered().offset(offset).limit(limit).primaryKeys(),
  };
}

/**
 * What `all` holds besides `taken`, in `all`'s order. IndexedDB leaves a
 * record out of an index where the value is null (no open term, no owner), so
 * these can only be found as the rest: both are read whole, once per read of
 * a page that reaches this part, never for the pages before it.
 */
export function restSegment(all: () => Promise<string[]>, taken: () => Promise<string[]>): Segment {
  let rest: Promise<string[]> | undefined;
  const ids = () =>
    (rest ??= Promise.all([all(), taken()]).then(([every, left]) => {
      const skipped = new Set(left);
      return every.filter((id) => !skipped.has(id));
    }));
  return {
    count: async () => (await ids()).length,
    page: async (offset, limit) => (await ids()).slice(offset, offset + limit),
  };
}
