/**
 * The open-deadline rows the desk reads (see OpenDeadline). They are derived
 * from the complaint, so they are replaced whenever its terms may have
 * changed, in the transaction that writes the complaint.
 */
import type { WorkingDayCalendar } from '../../domain/calendar';
import { openDeadlineRecords } from '../../domain/deadlines';
import type { Complaint, OpenDeadline } from '../../domain/model';
import type { Procedure } from '../../domain/procedure';
import type { KlachtenbalieDb } from '../database';

/** Replaces the complaint's rows. Inside a 'rw' transaction over openDeadlines. */
export function writeOpenDeadlines(db: KlachtenbalieDb, complaint: Complaint, procedure: Procedure, calendar: WorkingDayCalendar): Promise<void> {
  return replaceOpenDeadlines(db, [complaint.id], openDeadlineRecords(complaint, procedure, calendar));
}

/** Replaces the rows of many complaints at once (a restamp) with `rows`: one delete and one bulk write. */
export async function replaceOpenDeadlines(db: KlachtenbalieDb, complaintIds: readonly string[], rows: readonly OpenDeadline[]): Promise<void> {
  await db.openDeadlines.where('complaintId').anyOf([...complaintIds]).delete();
  if (rows.length > 0) await db.openDeadlines.bulkPut([...rows]);
}
