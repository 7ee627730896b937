/**
 * Per owner: how much they carry and which status checks are due. Counted
 * through index ranges per owner (a few queries per person), so the cost
 * follows the number of staff, not the size of the register.
 */
import Dexie from 'dexie';
import { DESK_STATES, type Complaint, type Staff } from '../../domain/model';
import type { KlachtenbalieDb } from '../database';
import { countComplaints, dueRange, overdueRange, termsOfKind } from './deskDeadlines';
import { ownerInState } from './deskLists';
import { deadlineRows, type DeskContext, type DeskDeadlineRow } from './deskRows';

export interface OwnerWorkload {
  ownerId: string;
  ownerName: string;
  /** Complaints they own that are not closed, withdrawn or inadmissible. */
  open: number;
  /** Their complaints late on a term, each once: the `complaints` of `overdue(today, { ownerId })`. */
  overdue: number;
  /** Their complaints with a term due from today to the week's end, each once: the `complaints` of `dueSoon(today, weekEnd, { ownerId })`. */
  dueThisWeek: number;
  /** Their open complaint received first. */
  oldestOpen: { complaintId: string; reference: string; receivedAt: string } | null;
}

export interface OwnerStatusChecks {
  ownerId: string;
  ownerName: string;
  active: boolean;
  /** Their complaints whose status check is due today or overdue. */
  count: number;
  oldestDueOn: string;
  /** The earliest of those checks, at most the limit asked for. */
  rows: DeskDeadlineRow[];
}

/** Ended complaints have no desk state, so they are not in this index at all. */
function openOfOwner(db: KlachtenbalieDb, ownerId: string) {
  return db.complaints.where('[ownerId+deskState+receivedAt]').between([ownerId, Dexie.minKey, Dexie.minKey], [ownerId, Dexie.maxKey, Dexie.maxKey]);
}

/** The index orders by state before receipt, so the oldest is the oldest of each state's first. */
function oldestOpen(db: KlachtenbalieDb, ownerId: string): Promise<OwnerWorkload['oldestOpen']> {
  const firsts = DESK_STATES.map((state) => ownerInState(db, ownerId, state).first());
  return Dexie.Promise.all(firsts).then((found) => {
    const oldest = found.reduce<Complaint | undefined>((a, b) => (b && (!a || b.receivedAt < a.receivedAt) ? b : a), undefined);
    return oldest ? { complaintId: oldest.id, reference: oldest.reference, receivedAt: oldest.receivedAt } : null;
  });
}

export function ownsOpenComplaints(db: KlachtenbalieDb, staffId: string): Promise<boolean> {
  return openOfOwner(db, staffId).first().then((found) => found !== undefined);
}

/** Chained Dexie promises, as the whole desk read path (see deskRows). */
export function ownerWorkload(db: KlachtenbalieDb, owner: Staff, today: string, weekEnd: string): Promise<OwnerWorkload> {
  return Dexie.Promise.all([
    openOfOwner(db, owner.id).count(),
    countComplaints(db, overdueRange(today), owner.id),
    countComplaints(db, dueRange(today, weekEnd), owner.id),
    oldestOpen(db, owner.id),
  ]).then(([open, overdue, dueThisWeek, oldest]) => ({ ownerId: owner.id, ownerName: owner.name, open, overdue, dueThisWeek, oldestOpen: oldest }));
}

/**
 * The owners with status checks due today or overdue, each with its first
 * `limit` checks. Anyone who owns complaints counts, also someone no longer
 * active: their checks are still due.
 */
export function statusChecksOf(db: KlachtenbalieDb, staff: readonly Staff[], limit: number, context: DeskContext): Promise<OwnerStatusChecks[]> {
  const due = (ownerId: string) => termsOfKind(db, 'status_check', dueRange('', context.today), ownerId);
  return Dexie.Promise.all(staff.map((owner) => due(owner.id).count())).then((counts) => {
    const owners = staff.flatMap((owner, i) => ((counts[i] ?? 0) > 0 ? [{ owner, count: counts[i] ?? 0 }] : []));
    return Dexie.Promise.all(owners.map(({ owner }) => due(owner.id).limit(limit).toArray())).then((terms) =>
      deadlineRows(db, terms.flat(), context).then((rows) =>
        owners.map(({ owner, count }) => {
          const own = rows.filter((row) => row.ownerId === owner.id);
          return { ownerId: owner.id, ownerName: owner.name, active: owner.active, count, oldestDueOn: own[0]?.dueOn ?? context.today, rows: own };
        }),
      ),
    );
  });
}
