/**
 * Complaint search over the multi-entry `searchTerms` indexes, without ever
 * loading every complaint. The rule (every query token is a prefix of some
 * term) is in domain/search; a complaint's terms are its own and its
 * customer's. Its own index carries the customer's name; the other customer
 * details are found in the customers' index and then through `customerId`.
 *
 * 1. Keys only: the complaints under the longest (most selective) token; while
 *    that set is large, narrow it with the keys under the next tokens.
 * 2. A small set is loaded with its customers, checked against every token and
 *    the filter, and sorted.
 * 3. A large set is then exact: every token applied, but one-letter ones, which
 *    are checked on the records of the newest candidates instead. A deadline
 *    filter ("te laat", "deze week") intersects it with the keys of the
 *    nextDeadline index, which may leave a small set for step 2; else the newest
 *    are picked by walking the receipt-date index in pages of keys, and only
 *    those are loaded.
 *    A small set never reads that index: the loaded records answer the filter.
 */
import type { Complaint } from '../../domain/model';
import { detailTermsOfCustomer, matchesSearch } from '../../domain/search';
import type { KlachtenbalieDb } from '../database';
import { byNewestReceipt, earliestDueFirst, hasDeadlineFilter, matchesFilter, newestReceivedFirst, type ComplaintFilter } from './complaintOrder';
import { MIN_LOOKUP_LENGTH, prepareQuery } from './lookup';
import { slices } from './slices';

/** Up to this many candidates are loaded as records; beyond it, keys do the work. */
const LOAD_LIMIT = 1000;
const KEY_PAGE = 5000;
const CHECK_PAGE = 250;

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
    // A one-letter token ("e" of "e-mail") would read most of both indexes: the loaded records answer it instead.
    if (applied > 0 && token.length < MIN_LOOKUP_LENGTH) break;
    const keys = await complaintsUnder(db, token);
    candidates = applied === 0 ? keys : new Set([...keys].filter((id) => candidates.has(id)));
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
      found.push(...(await matching(db, slice, prepared.tokens, filter)));
    }
    const newest = found.sort(byNewestReceipt).slice(0, limit);
    return { ids: newest.map((c) => c.id), loaded: new Map(newest.map((c) => [c.id, c])) };
  }

  const unapplied = tokens.slice(applied);
  return { ids: await newestAmong(db, candidates, limit, filter, unapplied.length > 0 ? prepared.tokens : null), loaded: new Map() };
}

/** Those of `ids` that match every token (on their own and their customer's terms) and the filter, in the order given. */
async function matching(db: KlachtenbalieDb, ids: readonly string[], tokens: readonly string[], filter: ComplaintFilter): Promise<Complaint[]> {
  const complaints = (await db.complaints.bulkGet([...ids])).filter((c): c is Complaint => c !== undefined && matchesFilter(c, filter));
  const customerTerms = await termsOfCustomers(db, complaints);
  return complaints.filter((complaint) => matchesSearch([...complaint.searchTerms, ...(customerTerms.get(complaint.customerId) ?? [])], tokens));
}

/** The complaints with a term starting with `token`, their own or their customer's. */
async function complaintsUnder(db: KlachtenbalieDb, token: string): Promise<Set<string>> {
  const [own, customers] = await Promise.all([
    db.complaints.where('searchTerms').startsWith(token).primaryKeys(),
    db.customers.where('searchTerms').startsWith(token).toArray(),
  ]);
  // A customer found by name adds nothing: their complaints carry the name and are in `own` already.
  const byDetails = customers.filter((customer) => detailTermsOfCustomer(customer).some((term) => term.startsWith(token)));
  // One request per customer, all sent at once: anyOf() walks a cursor that waits for every jump, a second for 1,500 customers.
  const ofCustomers = await Promise.all(byDetails.map((customer) => db.complaints.where('customerId').equals(customer.id).primaryKeys()));
  return new Set([...own, ...ofCustomers.flat()]);
}

async function termsOfCustomers(db: KlachtenbalieDb, complaints: readonly Complaint[]): Promise<Map<string, string[]>> {
  const ids = [...new Set(complaints.map((c) => c.customerId))];
  const customers = await db.customers.bulkGet(ids);
  return new Map(customers.flatMap((customer) => (customer ? [[customer.id, customer.searchTerms] as const] : [])));
}

/** `check`: the tokens to test on the records as well, when some were not looked up in the index. */
async function newestAmong(db: KlachtenbalieDb, ids: ReadonlySet<string>, limit: number, filter: ComplaintFilter, check: readonly string[] | null) {
  const picked: string[] = [];
  for (let offset = 0; picked.length < limit; offset += KEY_PAGE) {
    const page = await newestReceivedFirst(db, filter).offset(offset).limit(KEY_PAGE).primaryKeys();
    const hits = page.filter((id) => ids.has(id));
    if (check === null) picked.push(...hits);
    else {
      for (const slice of slices(hits, CHECK_PAGE)) {
        if (picked.length >= limit) break;
        picked.push(...(await matching(db, slice, check, filter)).map((c) => c.id));
      }
    }
    if (page.length < KEY_PAGE) break;
  }
  return picked.slice(0, limit);
}
