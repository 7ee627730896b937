import { useLiveQuery } from 'dexie-react-hooks';
import { useRepositories } from '../../app/data';
import type { Complaint, ComplaintStatus } from '../../domain/model';

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
 * Without a query the list holds only the ordered ids (never all records);
 * with a query it holds the index-backed search results, capped.
 */
export interface ComplaintIds {
  ids: string[] | undefined;
  capped: boolean;
  preloaded: Map<string, Complaint>;
  /** The query these results answer; the screen may already show a newer one being typed. */
  answeredQuery: string;
}

export function useComplaintIds(query: string, filter: ListFilter): ComplaintIds {
  const { status, term, today, endOfWeek } = filter;
  const repos = useRepositories();
  const trimmed = query.trim();
  // The same filter for the list and for search: the repository applies it through its indexes.
  const repositoryFilter = {
    ...(status === 'all' ? {} : { status }),
    ...(term === 'overdue' ? { overdue: today } : term === 'week' ? { dueWithin: { from: today, to: endOfWeek } } : {}),
  };
  const result = useLiveQuery(async () => {
    if (!trimmed) {
      const ids = await repos.complaints.listIds(repositoryFilter);
      return { ids, capped: false, preloaded: new Map<string, Complaint>(), answeredQuery: trimmed };
    }
    const found = await repos.complaints.search(trimmed, SEARCH_LIMIT + 1, repositoryFilter);
    const shown = found.slice(0, SEARCH_LIMIT);
    return { ids: shown.map((c) => c.id), capped: found.length > SEARCH_LIMIT, preloaded: new Map(shown.map((c) => [c.id, c])), answeredQuery: trimmed };
  }, [repos, trimmed, status, term, today, endOfWeek]);
  return result ?? { ids: undefined, capped: false, preloaded: new Map(), answeredQuery: '' };
}

export const SEARCH_LIMIT = 200;

/** Loads only the rows that are on screen. */
export function useVisibleComplaints(ids: string[], preloaded: Map<string, Complaint>): Map<string, Complaint> {
  const repos = useRepositories();
  const key = ids.join(',');
  const missing = ids.filter((id) => !preloaded.has(id));
  const loaded = useLiveQuery(async () => {
    const found = await repos.complaints.getMany(missing);
    return new Map(found.filter((c): c is Complaint => Boolean(c)).map((c) => [c.id, c]));
  }, [repos, key]);
  if (missing.length === 0) return preloaded;
  const merged = new Map(preloaded);
  loaded?.forEach((complaint, id) => merged.set(id, complaint));
  return merged;
}
