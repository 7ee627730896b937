import { COMPLAINT_STATUSES, type Complaint } from './model';

/** The complaint list's sortable columns; the summary is free text nobody looks up alphabetically. */
export const SORT_COLUMNS = ['reference', 'received', 'customer', 'status', 'deadline', 'owner'] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];
export type SortDirection = 'asc' | 'desc';

export interface ListSort {
  column: SortColumn;
  direction: SortDirection;
}

/**
 * The order the list had before it could be sorted, and still has until
 * someone clicks a header: newest received first, or earliest deadline first
 * when the list shows "te laat" or "deze week".
 */
export function naturalSort(deadlineFilter: boolean): ListSort {
  return deadlineFilter ? { column: 'deadline', direction: 'asc' } : { column: 'received', direction: 'desc' };
}

/** A first click sorts the way people read that column first: dates newest first, the rest A to Z. */
export function toggledSort(current: ListSort, column: SortColumn): ListSort {
  if (current.column === column) return { column, direction: current.direction === 'asc' ? 'desc' : 'asc' };
  return { column, direction: column === 'received' ? 'desc' : 'asc' };
}

export function sameSort(a: ListSort, b: ListSort): boolean {
  return a.column === b.column && a.direction === b.direction;
}

/** A stored choice read back, or null when it is not one (an older or damaged value). */
export function parseListSort(value: unknown): ListSort | null {
  if (typeof value !== 'object' || value === null) return null;
  const { column, direction } = value as Record<string, unknown>;
  if (!SORT_COLUMNS.includes(column as SortColumn) || (direction !== 'asc' && direction !== 'desc')) return null;
  return { column: column as SortColumn, direction };
}

/** Workflow order: a register reads from just received to ended. */
export const STATUS_RANK = new Map(COMPLAINT_STATUSES.map((status, index) => [status, index]));

type Key = string | number;

/**
 * A row's value for a column, or null where the row has none (no open term,
 * no owner): those come last in either direction. Strings compare by code
 * unit, as IndexedDB orders its keys, so a list sorted in memory (search
 * results) agrees with one read from an index.
 */
export function sortKey(complaint: Complaint, column: SortColumn, ownerName: (id: string) => string | undefined): Key | null {
  switch (column) {
    case 'reference':
      return complaint.createdAt;
    case 'received':
      return complaint.receivedAt;
    case 'customer':
      return complaint.customerName;
    case 'status':
      return STATUS_RANK.get(complaint.status) ?? COMPLAINT_STATUSES.length;
    case 'deadline':
      return complaint.nextDeadline;
    case 'owner':
      return complaint.ownerId ? ownerName(complaint.ownerId) ?? null : null;
  }
}

const compareKeys = (a: Key, b: Key) => (a < b ? -1 : a > b ? 1 : 0);

/** A copy of `complaints` in the list's order; equal values keep the order they came in (newest received first from search). */
export function sortComplaints(complaints: readonly Complaint[], sort: ListSort, ownerName: (id: string) => string | undefined): Complaint[] {
  const sign = sort.direction === 'asc' ? 1 : -1;
  const keyed = complaints.map((complaint) => ({ complaint, key: sortKey(complaint, sort.column, ownerName) }));
  keyed.sort((a, b) => {
    if (a.key === null || b.key === null) return a.key === b.key ? 0 : a.key === null ? 1 : -1;
    return sign * compareKeys(a.key, b.key);
  });
  return keyed.map((entry) => entry.complaint);
}
