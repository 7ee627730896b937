/**
 * Complaint search, newest received first, without reading every complaint a
 * common word or surname matches. The rule (every query token is a prefix of
 * some term of the complaint or of its customer) is in domain/search.
 *
 * The longest token is looked up in `*searchKeys`, whose entries are
 * [term, receivedAt] pairs (schema version 8). Read backwards, each term under
 * the token gives its complaints newest first, so the newest `wanted` matches
 * of the token are found reading little more than `wanted` entries and one
 * jump per term (see newestUnder).
 *
 * The customer's name is among a complaint's own terms; its other details
 * (phone, e-mail, address) are found in the customers' index and then through
 * `customerId`. Other tokens and the list's filter are checked on the records,
 * newest first, until the page is full; if too few pass, `wanted` grows.
 * A token found in the details of very many customers ("06") is answered by
 * walking all complaints newest first and checking them.
 */
import Dexie, { type Collection, type InsertType } from 'dexie';
import type { Complaint } from '../../domain/model';
import { openSearchTerms } from '../../domain/privacy';
import { matchesSearch, receiptMoment } from '../../domain/search';
import type { KlachtenbalieDb } from '../database';
import { earliestDueFirst, hasDeadlineFilter, matchesFilter, newestReceivedFirst, type ComplaintFilter } from './complaintOrder';
import { MIN_LOOKUP_LENGTH, prepareQuery } from './lookup';
import { slices } from './slices';

/** Beyond this many customers matching by their details, checking complaints newest first is cheaper than finding theirs. */
const CUSTOMER_LOOKUP_LIMIT = 2000;
/** Up to this many complaints matching every word of a query are loaded and sorted; more are read newest first. */
const LOAD_LIMIT = 1000;
const CHECK_PAGE = 250;
const KEY_PAGE = 5000;

export interface FoundComplaints {
  /** Newest received first, at most the limit asked for. */
  ids: string[];
  /** The records already read to answer, by id; a list loads the rest of what it shows itself. */
  loaded: Map<string, Complaint>;
}

interface Dated {
  id: string;
  /** The receipt moment in epoch milliseconds, as the index holds it. */
  at: number;
}

const dated = (complaint: Pick<Complaint, 'id' | 'receivedAt'>): Dated => ({ id: complaint.id, at: receiptMoment(complaint.receivedAt) });

/** The answer when these records, in this order, are the page. */
const foundOf = (page: readonly Complaint[]): FoundComplaints => ({ ids: page.map((c) => c.id), loaded: new Map(page.map((c) => [c.id, c])) });

/**
 * Whether the person searching may read a complaint (app/confidential). One
 * they may not is found by its reference only, never by its customer or its words;
 * undefined: they may read every complaint.
 */
export type Readable = (complaint: Complaint) => boolean;

export async function searchComplaints(db: KlachtenbalieDb, query: string, limit: number, filter: ComplaintFilter, readable?: Readable): Promise<Complaint[]> {
  const { ids, loaded } = await searchComplaintIds(db, query, limit, filter, readable);
  const missing = ids.filter((id) => !loaded.has(id));
  const fetched = new Map((await db.complaints.bulkGet(missing)).flatMap((c) => (c ? [[c.id, c] as const] : [])));
  return ids.flatMap((id) => loaded.get(id) ?? fetched.get(id) ?? []);
}

/**
 * The ids of the newest matches, without reading a record it does not need:
 * a list that shows twenty rows at a time loads those rows itself.
 */
export async function searchComplaintIds(db: KlachtenbalieDb, query: string, limit: number, filter: ComplaintFilter, readable?: Readable): Promise<FoundComplaints> {
  const prepared = prepareQuery(query);
  if (!prepared || limit <= 0) return foundOf([]);
  const { tokens, lookup } = prepared;
  const matcher: Matcher = { tokens, filter, readable };
  // Someone who may not read every complaint gets each candidate checked on its record, as a filter would.
  const check = tokens.length > 1 || filter.status !== undefined || hasDeadlineFilter(filter) || readable !== undefined;
  // The cursor below reads IndexedDB itself, which a live query cannot see: this read of the same range
  // makes the list follow a complaint that starts or stops matching.
  await underToken(db, lookup).limit(1).primaryKeys();

  // Asked once per search: the lookup token is also one of the words fewMatchingAll intersects. Its records
  // give the receipt moments to merge by; the other words need only the ids.
  const lookupByDetails = ofCustomersByDetails(db, lookup, (ofCustomer) => ofCustomer.toArray());
  if (tokens.length > 1 || hasDeadlineFilter(filter)) {
    const idsByDetails = (token: string) =>
      token === lookup
        ? lookupByDetails.then((complaints) => complaints && complaints.map((c) => c.id))
        : ofCustomersByDetails(db, token, (ofCustomer) => ofCustomer.primaryKeys());
    const few = await fewMatchingAll(db, matcher, limit, idsByDetails);
    if (few) return few;
  }

  const ofCustomers = await lookupByDetails;
  if (ofCustomers === null) return foundOf(await newestChecked(db, matcher, limit));

  if (!check) {
    const { candidates } = await candidatesUnder(db, lookup, limit, ofCustomers);
    const byId = new Map(ofCustomers.map((c) => [c.id, c]));
    const ids = candidates.slice(0, limit).map((c) => c.id);
    return { ids, loaded: new Map(ids.flatMap((id) => byId.get(id) ?? []).map((c) => [c.id, c])) };
  }

  // Checked candidates carry over: each round's candidates begin with the previous round's.
  const found: Complaint[] = [];
  let checked = 0;
  for (let wanted = limit; ; wanted *= 4) {
    const { candidates, complete } = await candidatesUnder(db, lookup, wanted, ofCustomers);
    for (const slice of slices(candidates.slice(checked).map((c) => c.id), CHECK_PAGE)) {
      if (found.length >= limit) break;
      found.push(...(await matching(db, slice, matcher)));
      checked += slice.length;
    }
    if (found.length >= limit || complete) return foundOf(found.slice(0, limit));
  }
}

/** The newest `wanted` complaints under `token` by their own terms, merged with those found through their customers. */
async function candidatesUnder(db: KlachtenbalieDb, token: string, wanted: number, ofCustomers: readonly Complaint[]) {
  const { entries, complete } = await newestUnder(db, token, wanted);
  const merged = newestFirst([...entries, ...ofCustomers.map(dated)]);
  // Past `wanted` the merged list may miss complaints the index side did not keep.
  return { candidates: complete ? merged : merged.slice(0, wanted), complete };
}

/**
 * A query of several words ("ingrid meer") whose words each match thousands
 * of complaints but together a few: the keys of each word, intersected, then
 * only those records. Null when the intersection is still large: reading
 * newest first and checking then finds the page soon.
 */
async function fewMatchingAll(
  db: KlachtenbalieDb,
  matcher: Matcher,
  limit: number,
  idsByDetails: (token: string) => Promise<string[] | null>,
): Promise<FoundComplaints | null> {
  const { tokens, filter } = matcher;
  const sets = await Promise.all([
    ...tokens.filter((token) => token.length >= MIN_LOOKUP_LENGTH).map((token) => complaintIdsUnder(db, token, idsByDetails(token))),
    // "Te laat" or "deze week": the complaints with a next deadline in the range are one more set to intersect.
    hasDeadlineFilter(filter) ? earliestDueFirst(db, filter).primaryKeys().then((ids) => new Set(ids)) : null,
  ]);
  const known = sets.filter((set): set is Set<string> => set !== null).sort((a, b) => a.size - b.size);
  const [smallest, ...others] = known;
  if (!smallest) return null;
  const both = [...smallest].filter((id) => others.every((set) => set.has(id)));
  if (both.length > LOAD_LIMIT) return null;
  const found: Complaint[] = [];
  for (const slice of slices(both, CHECK_PAGE)) found.push(...(await matching(db, slice, matcher)));
  // Each receipt moment parsed once, not in every comparison.
  const newest = found.map((complaint) => ({ complaint, ...dated(complaint) })).sort(byNewest);
  return foundOf(newest.slice(0, limit).map((entry) => entry.complaint));
}

/** Every complaint with a term starting with `token`, its own or by its customer's details; null if too many customers match. */
async function complaintIdsUnder(db: KlachtenbalieDb, token: string, idsByDetails: Promise<string[] | null>): Promise<Set<string> | null> {
  const [own, ofCustomers] = await Promise.all([underToken(db, token).primaryKeys(), idsByDetails]);
  return ofCustomers === null ? null : new Set([...own, ...ofCustomers]);
}

/** The complaints with a term starting with `token`: [token] sorts before every [token, receivedAt]. */
function underToken(db: KlachtenbalieDb, token: string) {
  return db.complaints.where('searchKeys').between([token], [`${token}\uffff`]);
}

/** Newest receipt first; the same moment by id, as the index orders them. Each complaint once. */
function newestFirst(entries: Dated[]): Dated[] {
  const byId = new Map<string, Dated>();
  for (const entry of entries) byId.set(entry.id, entry);
  return [...byId.values()].sort(byNewest);
}

/**
 * The newest `wanted` complaints with a term starting with `token`, read
 * backwards through `*searchKeys`: each term gives its complaints newest
 * first, and once a term's next one is older than the `wanted`-th newest kept
 * so far, reading goes on at the term before it. So a short prefix with
 * hundreds of terms ("de") reads a few entries per term, not every entry.
 * `complete`: fewer than `wanted` complaints have such a term at all.
 */
function newestUnder(db: KlachtenbalieDb, token: string, wanted: number): Promise<{ entries: Dated[]; complete: boolean }> {
  return new Promise((resolve, reject) => {
    // Dexie drops its connection on a version change or when the page is put away; its own reads reopen it.
    const backend = db.backendDB() as IDBDatabase | null;
    if (!backend) return reject(new Dexie.DatabaseClosedError('De database is gesloten; zoek opnieuw.'));
    const index = backend.transaction('complaints', 'readonly').objectStore('complaints').index('searchKeys');
    const kept = new NewestKept(wanted);
    const done = () => resolve({ entries: kept.entries, complete: !kept.full });
    // Below `upper` (exclusive), newest first. A new cursor for each term: Chromium answers a backwards
    // continue(key) by stepping over every entry in between (130 ms past 12,000 entries of one word at
    // 100,000 complaints), but opens a cursor at a bound in well under a millisecond.
    const readBelow = (upper: IDBValidKey) => {
      const request = index.openKeyCursor(db.keyRange.bound([token], upper, false, true), 'prev');
      request.onerror = () => reject(request.error);
      request.onsuccess = () => {
        // A throw in here would leave the search waiting for ever.
        try {
          const cursor = request.result;
          if (!cursor) return done();
          const [term, at] = cursor.key as [string, number];
          if (kept.offer({ id: String(cursor.primaryKey), at })) cursor.continue();
          // [term] sorts before every [term, receivedAt]; the range starts at [token], so past the token itself nothing is left.
          else if (term === token) done();
          else readBelow([term]);
        } catch (error) {
          reject(error);
        }
      };
    };
    readBelow([`${token}\uffff`]);
  });
}

const newer = (a: Dated, b: Dated) => a.at > b.at || (a.at === b.at && a.id > b.id);
const byNewest = (a: Dated, b: Dated) => (newer(a, b) ? -1 : newer(b, a) ? 1 : 0);

/** The `size` newest distinct complaints offered, newest first. */
class NewestKept {
  readonly entries: Dated[] = [];
  private readonly ids = new Set<string>();

  constructor(private readonly size: number) {}

  get full(): boolean {
    return this.entries.length >= this.size;
  }

  /** False when `entry` is not newer than the oldest kept of a full set: nothing older under the same term can be either. */
  offer(entry: Dated): boolean {
    if (this.ids.has(entry.id)) return true;
    const oldest = this.entries.at(-1);
    if (this.full && oldest && !newer(entry, oldest)) return false;
    let low = 0;
    let high = this.entries.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (newer(this.entries[middle] as Dated, entry)) low = middle + 1;
      else high = middle;
    }
    this.entries.splice(low, 0, entry);
    this.ids.add(entry.id);
    if (this.entries.length > this.size) this.ids.delete((this.entries.pop() as Dated).id);
    return true;
  }
}

/**
 * What `read` gives of the complaints of customers whose details (not their
 * name, which the complaint carries itself) have a term starting with `token`;
 * null when so many customers match that checking complaints newest first is cheaper.
 */
function ofCustomersByDetails<T>(
  db: KlachtenbalieDb,
  token: string,
  read: (ofCustomer: Collection<Complaint, string, InsertType<Complaint, 'id'>>) => PromiseLike<T[]>,
): Promise<T[] | null> {
  return db.transaction('r', [db.customers, db.complaints], async () => {
    const ids = await db.customers.where('detailTerms').startsWith(token).distinct().limit(CUSTOMER_LOOKUP_LIMIT + 1).primaryKeys();
    if (ids.length > CUSTOMER_LOOKUP_LIMIT) return null;
    const lists = await Promise.all(ids.map((id) => read(db.complaints.where('customerId').equals(id))));
    return lists.flat();
  });
}

/** Every complaint newest first (filtered by its index where it can be), checked on its record until `limit` pass. */
async function newestChecked(db: KlachtenbalieDb, matcher: Matcher, limit: number): Promise<Complaint[]> {
  const picked: Complaint[] = [];
  for (let offset = 0; picked.length < limit; offset += KEY_PAGE) {
    const page = await newestReceivedFirst(db, matcher.filter).offset(offset).limit(KEY_PAGE).primaryKeys();
    for (const slice of slices(page, CHECK_PAGE)) {
      if (picked.length >= limit) break;
      picked.push(...(await matching(db, slice, matcher)));
    }
    if (page.length < KEY_PAGE) break;
  }
  return picked.slice(0, limit);
}

/** What a record is checked against: every query token, the list's filter, and what the person searching may read. */
interface Matcher {
  tokens: readonly string[];
  filter: ComplaintFilter;
  readable: Readable | undefined;
}

/**
 * Those of `ids` that match every token (on their own and their customer's
 * terms; one the person may not read, on its references only) and the filter, in the order given.
 */
async function matching(db: KlachtenbalieDb, ids: readonly string[], { tokens, filter, readable }: Matcher): Promise<Complaint[]> {
  const complaints = (await db.complaints.bulkGet([...ids])).filter((c): c is Complaint => c !== undefined && matchesFilter(c, filter));
  const customerTerms = await termsOfCustomers(db, complaints);
  const termsOf = (complaint: Complaint) =>
    readable && !readable(complaint) ? openSearchTerms(complaint) : [...complaint.searchTerms, ...(customerTerms.get(complaint.customerId) ?? [])];
  return complaints.filter((complaint) => matchesSearch(termsOf(complaint), tokens));
}

async function termsOfCustomers(db: KlachtenbalieDb, complaints: readonly Complaint[]): Promise<Map<string, string[]>> {
  const ids = [...new Set(complaints.map((c) => c.customerId))];
  const customers = await db.customers.bulkGet(ids);
  return new Map(customers.flatMap((customer) => (customer ? [[customer.id, customer.searchTerms] as const] : [])));
}
