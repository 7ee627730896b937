import Dexie from 'dexie';
import type { Complaint, ComplaintStatus } from '../../domain/model';
import type { KlachtenbalieDb } from '../database';

export interface ComplaintFilter {
  status?: ComplaintStatus;
  /** "Te laat": the next deadline lies before this day (yyyy-MM-dd). */
  overdue?: string;
  /** "Deze week": the next deadline lies from `from` to `to`, both included. */
  dueWithin?: { from: string; to: string };
}

/** Complaints newest received first, straight from an index; take keys from it to stay cheap. */
export function newestReceivedFirst(db: KlachtenbalieDb, { status }: ComplaintFilter) {
  const ordered =
    status === undefined
      ? db.complaints.orderBy('receivedAt')
      : db.complaints.where('[status+receivedAt]').between([status, Dexie.minKey], [status, Dexie.maxKey], true, true);
  return ordered.reverse();
}

/** Due days from `lower` (included) to `upper`; every stored day is above ''. */
export interface DayRange {
  lower: string;
  upper: string;
  includeUpper: boolean;
}

/** The next-deadline days a filter asks for, or null when it asks nothing about deadlines. */
function deadlineRange({ overdue, dueWithin }: ComplaintFilter): DayRange | null {
  if (overdue === undefined && dueWithin === undefined) return null;
  // Every stored day is a non-empty string, so '' is below all of them.
  let range: DayRange = { lower: '', upper: '\uffff', includeUpper: true };
  if (dueWithin) range = { lower: dueWithin.from, upper: dueWithin.to, includeUpper: true };
  if (overdue !== undefined && overdue <= range.upper) range = { ...range, upper: overdue, includeUpper: false };
  return range;
}

export function hasDeadlineFilter(filter: ComplaintFilter): boolean {
  return deadlineRange(filter) !== null;
}

/**
 * Complaints whose next deadline is in the filter's range, earliest due first,
 * from the nextDeadline index (or [status+nextDeadline]). Complaints without
 * an open deadline (ended ones: retention is never a next deadline) are not in it.
 */
export function earliestDueFirst(db: KlachtenbalieDb, filter: ComplaintFilter) {
  // An empty range (from after to) gives an empty collection.
  const range = deadlineRange(filter) ?? { lower: '', upper: '\uffff', includeUpper: true };
  return filter.status === undefined
    ? db.complaints.where('nextDeadline').between(range.lower, range.upper, true, range.includeUpper)
    : db.complaints
        .where('[status+nextDeadline]')
        .between([filter.status, range.lower], [filter.status, range.upper], true, range.includeUpper);
}

/** The same filter on a loaded record, for lists that were narrowed another way (search). */
export function matchesFilter(complaint: Complaint, filter: ComplaintFilter): boolean {
  if (filter.status !== undefined && complaint.status !== filter.status) return false;
  const range = deadlineRange(filter);
  if (!range) return true;
  const due = complaint.nextDeadline;
  return due !== null && due >= range.lower && (range.includeUpper ? due <= range.upper : due < range.upper);
}
