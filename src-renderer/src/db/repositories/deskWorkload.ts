/**
 * Per owner: how much they carry and which status checks are due. Counted
 * through index ranges per owner (a few queries per person), so the cost
 * follows the number of staff, not the size of the register.
 */
import Dexie from 'dexie';
import { DESK_STATES, type Complaint, type Staff } from '../../domain/model';
import type { KlachtenbalieDb } from '../database';
import { dueRange, overdueRange, termsOfKind, type DueRange } from './deskDeadlines';
import { deadlineRows, type DeskContext, type DeskDeadlineRow } from './deskRows';

export interface OwnerWorkload {
  ownerId: string;
  ownerName: string;
  /** Complaints they own that are not closed, withdrawn or inadmissible. */
  open: number;
  /** Open terms of their complaints due before today: as many as the rows of `overdue(today, { ownerId })`. */
  overdue: number;
  /** Open terms due from today to the week's end: as many as the rows of `dueSoon(today, weekEnd, { ownerId })`. */
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

function termsOfOwner(db: KlachtenbalieDb, ownerId: string, range: DueRange) {
  return db.openDeadlines.where('[ownerId+dueOn]').between([ownerId, range.lower], [ownerId, range.upper], true, range.includeUpper);
}

/** Ended complaints have no desk state, so they are not in this index at all. */
function openOfOwner(db: KlachtenbalieDb, ownerId: string) {
  return db.complaints.where('[ownerId+deskState+receivedAt]').between([ownerId, Dexie.minKey, Dexie.minKey], [ownerId, Dexie.maxKey, Dexie.maxKey]);
}

/** The index orders by state before receipt, so the oldest is the oldest of each state's first. */
async function oldestOpen(db: KlachtenbalieDb, ownerId: string): Promise<OwnerWorkload['oldestOpen']> {
  const firsts = await Promise.all(
    DESK_STATES.map((state) =>
      db.complaints.where('[ownerId+deskState+receivedAt]').between([ownerId, state, Dexie.minKey], [ownerId, state, Dexie.maxKey]).first(),
    ),
  );
  const oldest = firsts.reduce<Complaint | undefined>((a, b) => (b && (!a || b.receivedAt < a.receivedAt) ? b : a), undefined);
  return oldest ? { complaintId: oldest.id, reference: oldest.reference, receivedAt: oldest.receivedAt } : null;
}

export const isOwnerOrCoordinator = (member: Staff) => member.active && (member.roles.includes('owner') || member.roles.includes('coordinator'));

export async function ownerWorkload(db: KlachtenbalieDb, owner: Staff, today: string, weekEnd: string): Promise<OwnerWorkload> {
  const [open, overdue, dueThisWeek, oldest] = await Promise.all([
    openOfOwner(db, owner.id).count(),
    termsOfOwner(db, owner.id, overdueRange(today)).count(),
    termsOfOwner(db, owner.id, dueRange(today, weekEnd)).count(),
    oldestOpen(db, owner.id),
  ]);
  return { ownerId: owner.id, ownerName: owner.name, open, overdue, dueThisWeek, oldestOpen: oldest };
}

/** Null when nothing of theirs is due. Anyone who owns complaints counts, also someone no longer active: their checks are still due. */
export async function ownerStatusChecks(db: KlachtenbalieDb, owner: Staff, limit: number, context: DeskContext): Promise<OwnerStatusChecks | null> {
  const due = () => termsOfKind(db, 'status_check', dueRange('', context.today), owner.id);
  const count = await due().count();
  if (count === 0) return null;
  const rows = await deadlineRows(db, await due().limit(limit).toArray(), context);
  return { ownerId: owner.id, ownerName: owner.name, active: owner.active, count, oldestDueOn: rows[0]?.dueOn ?? context.today, rows };
}
