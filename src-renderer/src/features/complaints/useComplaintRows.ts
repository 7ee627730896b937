import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { mayReadComplaint, useConfidentialAccess, visibleComplaint } from '../../app/confidential';
import { useRepositories } from '../../app/data';
import type { Complaint, ComplaintStatus } from '../../domain/model';
import { sortComplaints, type ListSort } from '../../domain/listSort';
import type { Repositories } from '../../db/repositories';

export type StatusFilter = ComplaintStatus | 'all';
/** "te laat" and "deze week" read the indexed earliest open deadline. */
export type TermFilter = 'all' | 'overdue' | 'week';

export interface ListFilter {
  status: StatusFilter;
  term: TermFilter;
  today: string;
  endOfWeek: string;
}

/**
 * Without a query the list knows how many complaints there are and holds the
 * ids of the part scrolled into view only (see useIdWindow); with a query it
 * holds the index-backed search results, capped.
 */
export interface ComplaintIds {
  /** Search results; undefined without a query (or while loading). */
  ids: string[] | undefined;
  /** How many rows the list has; undefined while loading. */
  total: number | undefined;
  capped: boolean;
  preloaded: Map<string, Complaint>;
  /** The query these results answer; the screen may already show a newer one being typed. */
  answeredQuery: string;
}

/** The same filter for the count, the id pages and search: the repository applies it through its indexes. */
export function toRepositoryFilter({ status, term, today, endOfWeek }: ListFilter) {
  return {
    ...(status === 'all' ? {} : { status }),
    ...(term === 'overdue' ? { overdue: today } : term === 'week' ? { dueWithin: { from: today, to: endOfWeek } } : {}),
  };
}

export function useComplaintIds(query: string, filter: ListFilter, sort: ListSort): ComplaintIds {
  const { status, term, today, endOfWeek } = filter;
  const repos = useRepositories();
  const access = useConfidentialAccess();
  const trimmed = query.trim();
  const repositoryFilter = toRepositoryFilter(filter);
  const result = useLiveQuery(async (): Promise<ComplaintIds> => {
    if (!trimmed) {
      const total = await repos.complaints.count(repositoryFilter);
      return { ids: undefined, total, capped: false, preloaded: new Map<string, Complaint>(), answeredQuery: trimmed };
    }
    const readable = access.readsAll ? undefined : (complaint: Complaint) => mayReadComplaint(access, complaint);
    const found = await repos.complaints.searchIds(trimmed, SEARCH_LIMIT + 1, repositoryFilter, readable);
    const newest = found.ids.slice(0, SEARCH_LIMIT);
    const { ids, preloaded } = isNewestFirst(sort) ? { ids: newest, preloaded: found.loaded } : await sortedFound(repos, newest, found.loaded, sort);
    return { ids, total: ids.length, capped: found.ids.length > SEARCH_LIMIT, preloaded, answeredQuery: trimmed };
  }, [repos, access, trimmed, status, term, today, endOfWeek, sort.column, sort.direction]);
  return result ?? { ids: undefined, total: undefined, capped: false, preloaded: new Map(), answeredQuery: '' };
}

const isNewestFirst = (sort: ListSort) => sort.column === 'received' && sort.direction === 'desc';

/** Search answers newest first, at most SEARCH_LIMIT: another order sorts those records in memory, loading the ones search did not read. */
async function sortedFound(repos: Repositories, ids: string[], loaded: Map<string, Complaint>, sort: ListSort) {
  const [fetched, staff] = await Promise.all([repos.complaints.getMany(ids.filter((id) => !loaded.has(id))), repos.staff.list()]);
  const records = new Map(loaded);
  fetched.forEach((complaint) => complaint && records.set(complaint.id, complaint));
  const ownerNames = new Map(staff.map((member) => [member.id, member.name]));
  const sorted = sortComplaints(ids.flatMap((id) => records.get(id) ?? []), sort, (id) => ownerNames.get(id));
  return { ids: sorted.map((complaint) => complaint.id), preloaded: records };
}

/** Ids are read a page at a time around what is on screen. */
const ID_PAGE = 100;

/**
 * The ids of rows `first` to `last` (and the rest of their pages) in the
 * list's order (`sort`), read from an index by position: a scrolled list of 100,000
 * complaints reads a hundred or two keys, never all of them. Returns the id
 * at a row, or undefined while its page loads.
 */
export function useIdWindow(filter: ListFilter, sort: ListSort, first: number, last: number, enabled: boolean): (index: number) => string | undefined {
  const { status, term, today, endOfWeek } = filter;
  const repos = useRepositories();
  const offset = Math.floor(Math.max(first, 0) / ID_PAGE) * ID_PAGE;
  const limit = (Math.floor(Math.max(last, first, 0) / ID_PAGE) + 1) * ID_PAGE - offset;
  const window = useLiveQuery(async () => {
    if (!enabled) return { offset, ids: [] as string[] };
    return { offset, ids: await repos.complaints.listIdsPage(toRepositoryFilter(filter), offset, limit, sort) };
  }, [repos, status, term, today, endOfWeek, sort.column, sort.direction, offset, limit, enabled]);
  return (index) => (window ? window.ids[index - window.offset] : undefined);
}

export const SEARCH_LIMIT = 200;

/** Loads only the rows that are on screen, each as the person working may see it (a confidential one closed, see app/confidential). */
export function useVisibleComplaints(ids: string[], preloaded: Map<string, Complaint>): Map<string, Complaint> {
  const access = useConfidentialAccess();
  const rows = useLoadedComplaints(ids, preloaded);
  return useMemo(() => (access.readsAll ? rows : new Map([...rows].map(([id, complaint]) => [id, visibleComplaint(access, complaint)]))), [rows, access]);
}

function useLoadedComplaints(ids: string[], preloaded: Map<string, Complaint>): Map<string, Complaint> {
  const repos = useRepositories();
  const missing = ids.filter((id) => !preloaded.has(id));
  // Keyed on what is missing, not on the ids: the same ids can come back from a new search without their records.
  const key = missing.join(',');
  const loaded = useLiveQuery(async () => {
    const found = await repos.complaints.getMany(missing);
    return new Map(found.filter((c): c is Complaint => Boolean(c)).map((c) => [c.id, c]));
  }, [repos, key]);
  if (missing.length === 0) return preloaded;
  const merged = new Map(preloaded);
  loaded?.forEach((complaint, id) => merged.set(id, complaint));
  return merged;
}
