/**
 * Complaint search over the multi-entry `searchTerms` index, without ever
 * loading every complaint. The rule (every query token is a prefix of some
 * term) is in domain/search; `where('searchTerms').startsWith(token)` gives
 * exactly the complaints that satisfy it for one token.
 *
 * 1. Keys only: the complaints under the longest (most selective) token; while
 *    that set is large, narrow it with the keys under the next tokens.
 * 2. A small set is loaded, checked against every token and the filter, and sorted.
 * 3. A large set is then exact (every token applied). A deadline filter ("te
 *    laat", "deze week") intersects it with the keys of the nextDeadline index,
 *    which may leave a small set for step 2; else the newest are picked by
 *    walking the receipt-date index in pages of keys, and only those are loaded.
 *    A small set never reads that index: the loaded records answer the filter.
 */
import type { Complaint } from '../../domain/model';
import { matchesSearch } from '../../domain/search';
import type { KlachtenbalieDb } from '../database';
import { byNewestReceipt, earliestDueFirst, hasDeadlineFilter, matchesFilter, newestReceivedFirst, type ComplaintFilter } from './complaintOrder';
import { prepareQuery } from './lookup';
import { slices } from './slices';

/** Up to this many candidates are loaded as records; beyond it, keys do the work. */
const LOAD_LIMIT = 1000;
const KEY_PAGE = 5000;

export interface FoundComplaints {
  /** Newest received first, at most the limit asked for. */
  ids: string[];
  /** The records already read to answer (a small set), by id; a large set is answered from keys alone. */
  loaded: Map<string, Complaint>;
}

const NOTHING = (): FoundComplaints => ({ ids: [], loaded: new Map() });

export async function searchComplaints(db: KlachtenbalieDb, query: string, limit: number, filter: ComplaintFilter): Promise<Complaint[]> {
  const { ids, loaded } = await searchComplaintIds(db, query, limit, filter);
  const missing = ids.filter((id) => !loaded.has(id));
  const fetched = new Map((await db.complaints.bulkGet(missing)).flatMap((c) => (c ? [[c.id, c] as const] : [])));
  return ids.flatMap((id) => loaded.get(id) ?? fetched.get(id) ?? []);
}

/**
 * The ids of the newest matches, without reading a record it does not need:
 * a list that shows twenty rows at a time loads those rows itself.
 */
export async function searchComplaintIds(db: KlachtenbalieDb, query: string, limit: number, filter: ComplaintFilter): Promise<FoundComplaints> {
  const prepared = prepareQuery(query);
  if (!prepared) return NOTHING();
  const tokens = [...prepared.tokens].sort((a, b) => b.length - a.length);

  let candidates = new Set<string>();
  let applied = 0;
  for (const token of tokens) {
    if (applied > 0 && candidates.size <= LOAD_LIMIT) break;
    const keys = await db.complaints.where('searchTerms').startsWith(token).primaryKeys();
    candidates = applied === 0 ? new Set(keys) : new Set(keys.filter((id) => candidates.has(id)));
    applied++;
    if (candidates.size === 0) return NOTHING();
  }
  if (candidates.size > LOAD_LIMIT && hasDeadlineFilter(filter)) {
    const due = new Set(await earliestDueFirst(db, filter).primaryKeys());
    candidates = new Set([...candidates].filter((id) => due.has(id)));
  }

  if (candidates.size <= LOAD_LIMIT) {
    const found: Complaint[] = [];
    for (const slice of slices([...candidates], LOAD_LIMIT)) {
      for (const complaint of await db.complaints.bulkGet(slice)) {
        if (!complaint || !matchesSearch(complaint.searchTerms, prepared.tokens)) continue;
        if (matchesFilter(complaint, filter)) found.push(complaint);
      }
    }
    const newest = found.sort(byNewestReceipt).slice(0, limit);
    return { ids: newest.map((c) => c.id), loaded: new Map(newest.map((c) => [c.id, c])) };
  }

  return { ids: await newestAmong(db, candidates, limit, filter), loaded: new Map() };
}

async function newestAmong(db: KlachtenbalieDb, ids: ReadonlySet<string>, limit: number, filter: ComplaintFilter) {
  const picked: string[] = [];
  for (let offset = 0; picked.length < limit; offset += KEY_PAGE) {
    const page = await newestReceivedFirst(db, filter).offset(offset).limit(KEY_PAGE).primaryKeys();
    for (const id of page) if (ids.has(id) && picked.length < limit) picked.push(id);
    if (page.length < KEY_PAGE) break;
  }
  return picked;
}
