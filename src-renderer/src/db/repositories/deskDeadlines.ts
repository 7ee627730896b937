/**
 * The desk's overdue and due-soon terms, grouped by kind: per kind an exact
 * count and the earliest rows, each read from an index range, never by
 * loading the register.
 */
import Dexie from 'dexie';
import { complaintOfOpenDeadline } from '../../domain/deadlines';
import { DESK_GROUPS, deskGroup, type DeskGroup, type DeskGroupKey } from '../../domain/desk';
import type { DeadlineKind, OpenDeadline } from '../../domain/model';
import type { KlachtenbalieDb } from '../database';
import type { DayRange } from './complaintOrder';
import { DESK_LIMIT, deadlineRows, type DeskContext, type DeskDeadlineRow, type DeskPage } from './deskRows';

export const overdueRange = (today: string): DayRange => ({ lower: '', upper: today, includeUpper: false });
export const dueRange = (from: string, to: string): DayRange => ({ lower: from, upper: to, includeUpper: true });

export interface DeadlineQuery extends DeskPage {
  /** Only this owner's complaints: the list behind a workload number. */
  ownerId?: string;
  /** Only this group, to page through it with `offset`. */
  group?: DeskGroupKey;
}

export interface DeskDeadlineGroup {
  key: DeskGroupKey;
  label: string;
  /** Exact, however few rows are loaded. */
  count: number;
  countByKind: Partial<Record<DeadlineKind, number>>;
  /** Earliest due first, from `offset`, at most `limit`. */
  rows: DeskDeadlineRow[];
}

/** The desk's terms in a range: per group, and how many complaints they belong to. */
export interface DeskDeadlines {
  /**
   * Complaints with a term in the range, each once: a response and its extension
   * notice late on the same day are one late complaint, though both groups list it.
   * Counted for the whole section only: a page of one group ("meer tonen") does not need it.
   */
  complaints?: number;
  groups: DeskDeadlineGroup[];
}

/** One kind's terms in the range, earliest due first (the index's order). */
export function termsOfKind(db: KlachtenbalieDb, kind: DeadlineKind, range: DayRange, ownerId?: string) {
  return ownerId === undefined
    ? db.openDeadlines.where('[kind+dueOn]').between([kind, range.lower], [kind, range.upper], true, range.includeUpper)
    : db.openDeadlines
        .where('[ownerId+kind+dueOn]')
        .between([ownerId, kind, range.lower], [ownerId, kind, range.upper], true, range.includeUpper);
}

const earliestDue = (a: OpenDeadline, b: OpenDeadline) => a.dueOn.localeCompare(b.dueOn) || a.id.localeCompare(b.id);

/** Counts and the page of terms of one group; chained Dexie promises, as the whole desk read path (see deskRows). */
function groupTerms(db: KlachtenbalieDb, group: DeskGroup, range: DayRange, query: DeadlineQuery) {
  const { limit = DESK_LIMIT, offset = 0, ownerId } = query;
  const counts = Dexie.Promise.all(group.kinds.map((kind) => termsOfKind(db, kind, range, ownerId).count()));
  const [only] = group.kinds;
  // Two kinds in one group (response and extended response) are merged: each can hold the first offset + limit.
  const terms =
    group.kinds.length === 1 && only
      ? termsOfKind(db, only, range, ownerId).offset(offset).limit(limit).toArray()
      : Dexie.Promise.all(group.kinds.map((kind) => termsOfKind(db, kind, range, ownerId).limit(offset + limit).toArray())).then((lists) =>
          lists.flat().sort(earliestDue).slice(offset, offset + limit),
        );
  return Dexie.Promise.all([counts, terms]).then(([kindCounts, found]) => ({ group, counts: kindCounts, terms: found }));
}

export function deadlineGroups(db: KlachtenbalieDb, range: DayRange, query: DeadlineQuery, context: DeskContext): Promise<DeskDeadlines> {
  const groups: readonly DeskGroup[] = query.group ? [deskGroup(query.group)] : DESK_GROUPS;
  const complaints = query.group ? undefined : countComplaints(db, range, query.ownerId);
  const found = Dexie.Promise.all(groups.map((group) => groupTerms(db, group, range, query)));
  return Dexie.Promise.all([complaints, found]).then(([complaintCount, found]) =>
    deadlineRows(db, found.flatMap((f) => f.terms), context).then((loaded) => {
      const rows = new Map(loaded.map((row) => [row.id, row]));
      return {
        complaints: complaintCount,
        groups: found.map(({ group, counts, terms }) => ({
          key: group.key,
          label: group.label,
          count: counts.reduce((sum, n) => sum + n, 0),
          countByKind: Object.fromEntries(group.kinds.map((kind, i) => [kind, counts[i] ?? 0])),
          rows: terms.flatMap((term) => rows.get(term.id) ?? []),
        })),
      };
    }),
  );
}

/**
 * How many complaints have an open term in the range (of this owner, when
 * given), each once. Every open term is of a kind the desk shows (retention is
 * never stored as one). Overdue over the whole register is the complaints whose
 * next deadline has passed: one count in the index, as the "Te laat" filter of
 * the list counts. Other ranges read only the terms' keys, which name their
 * complaint, never the rows.
 */
export function countComplaints(db: KlachtenbalieDb, range: DayRange, ownerId?: string): Promise<number> {
  if (ownerId === undefined && range.lower === '') {
    return db.complaints.where('nextDeadline').between('', range.upper, true, range.includeUpper).count();
  }
  const terms =
    ownerId === undefined
      ? db.openDeadlines.where('dueOn').between(range.lower, range.upper, true, range.includeUpper)
      : db.openDeadlines.where('[ownerId+dueOn]').between([ownerId, range.lower], [ownerId, range.upper], true, range.includeUpper);
  return terms.primaryKeys().then((ids) => new Set(ids.map((id) => complaintOfOpenDeadline(String(id)))).size);
}
