/**
 * What a row on the desk shows: the complaint's reference, customer and owner
 * beside the term or the complaint itself. Only the rows a list shows are
 * loaded, by key.
 *
 * The desk's reads run in one read transaction per question, inside a live
 * query, with a dozen of them at once. Dexie follows a native `await` into the
 * transaction only for a limited number of steps shared by everything running
 * at that moment; on the busy desk that ran out (after a status check was
 * recorded, every section re-read together) and later reads fell outside the
 * transaction: PrematureCommitError, and reads the live query no longer
 * watches. So the desk's read path (these files) chains Dexie's own promises
 * with `.then` and `Dexie.Promise.all`, which keep the transaction and the
 * live query whatever runs beside them. No `async`/`await` in here.
 */
import Dexie from 'dexie';
import type { WorkingDayCalendar } from '../../domain/calendar';
import type { Complaint, ComplaintStatus, DeadlineKind, DeskState, OpenDeadline, Staff } from '../../domain/model';
import type { KlachtenbalieDb } from '../database';
import { loadCalendar } from './closingDays';

/** Rows per list when the caller does not say: a screenful. */
export const DESK_LIMIT = 25;

export interface DeskPage {
  limit?: number;
  offset?: number;
}

export interface DeskDeadlineRow {
  /** The open-deadline row's id: stable while the term is open, for list keys. */
  id: string;
  complaintId: string;
  reference: string;
  customerName: string;
  ownerId: string | null;
  /** Null when the complaint has no owner, or the owner is not in the staff list. */
  ownerName: string | null;
  /** With the procedure version, what the screen needs to close the row to someone who may not read it (domain/privacy). */
  confidential: boolean;
  procedureVersionId: string;
  kind: DeadlineKind;
  /** The escalation, action or follow-up the term belongs to, to open the card there. */
  itemId: string | null;
  dueOn: string;
  /** Working days from today to the due day on the office calendar: negative is that many days late. */
  workingDaysLeft: number;
}

export interface DeskComplaintRow {
  complaintId: string;
  reference: string;
  customerName: string;
  status: ComplaintStatus;
  deskState: DeskState | null;
  receivedAt: string;
  ownerId: string | null;
  ownerName: string | null;
  confidential: boolean;
  procedureVersionId: string;
  nextDeadline: string | null;
  nextDeadlineKind: DeadlineKind | null;
}

/** What every desk query needs besides the index: the day, the calendar and the staff names. */
export interface DeskContext {
  today: string;
  calendar: WorkingDayCalendar;
  staffNames: ReadonlyMap<string, string>;
}

const namesOf = (staff: readonly Staff[]): ReadonlyMap<string, string> => new Map(staff.map((member) => [member.id, member.name]));

/** The staff table is a handful of people: read whole. */
export function loadStaffNames(db: KlachtenbalieDb): Promise<ReadonlyMap<string, string>> {
  return db.staff.toArray().then(namesOf);
}

/**
 * Inside a transaction over settings and staff. Pass `staff` when the caller
 * read the table already, so one question reads it once.
 */
export function loadDeskContext(db: KlachtenbalieDb, today: string, staff?: readonly Staff[]): Promise<DeskContext> {
  return Dexie.Promise.all([loadCalendar(db), staff ? namesOf(staff) : loadStaffNames(db)]).then(([calendar, staffNames]) => ({ today, calendar, staffNames }));
}

const nameOf = (staffNames: ReadonlyMap<string, string>, ownerId: string | null) => (ownerId === null ? null : (staffNames.get(ownerId) ?? null));

/**
 * The desk rows of these terms, in their order. A term whose complaint is gone
 * (it cannot be: both are written together) is left out rather than shown blank.
 */
export function deadlineRows(db: KlachtenbalieDb, deadlines: readonly OpenDeadline[], context: DeskContext): Promise<DeskDeadlineRow[]> {
  const ids = [...new Set(deadlines.map((d) => d.complaintId))];
  return db.complaints.bulkGet(ids).then((found) => {
    const complaints = new Map<string, Complaint>();
    for (const complaint of found) if (complaint) complaints.set(complaint.id, complaint);
    return rowsOf(deadlines, complaints, context);
  });
}

function rowsOf(deadlines: readonly OpenDeadline[], complaints: ReadonlyMap<string, Complaint>, context: DeskContext): DeskDeadlineRow[] {
  return deadlines.flatMap((deadline): DeskDeadlineRow[] => {
    const complaint = complaints.get(deadline.complaintId);
    if (!complaint) return [];
    return [
      {
        id: deadline.id,
        complaintId: complaint.id,
        reference: complaint.reference,
        customerName: complaint.customerName,
        ownerId: complaint.ownerId,
        ownerName: nameOf(context.staffNames, complaint.ownerId),
        ...accessFacts(complaint),
        kind: deadline.kind,
        itemId: deadline.itemId,
        dueOn: deadline.dueOn,
        workingDaysLeft: context.calendar.workingDaysBetween(context.today, deadline.dueOn),
      },
    ];
  });
}

const accessFacts = (complaint: Complaint) => ({ confidential: complaint.confidential, procedureVersionId: complaint.workflow.procedureVersionId });

export function complaintRow(complaint: Complaint, staffNames: ReadonlyMap<string, string>): DeskComplaintRow {
  return {
    complaintId: complaint.id,
    reference: complaint.reference,
    customerName: complaint.customerName,
    status: complaint.status,
    deskState: complaint.deskState ?? null,
    receivedAt: complaint.receivedAt,
    ownerId: complaint.ownerId,
    ownerName: nameOf(staffNames, complaint.ownerId),
    ...accessFacts(complaint),
    nextDeadline: complaint.nextDeadline,
    nextDeadlineKind: complaint.nextDeadlineKind,
  };
}
