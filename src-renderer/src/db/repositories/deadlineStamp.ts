import type { WorkingDayCalendar } from '../../domain/calendar';
import { indexedRecords } from '../../domain/desk';
import type { Complaint, OpenDeadline } from '../../domain/model';
import type { Procedure } from '../../domain/procedure';
import type { KlachtenbalieDb } from '../database';
import { replaceOpenDeadlines } from './openDeadlines';
import { slices } from './slices';

/** Complaints restamped per step: bounded memory at any register size. */
const RESTAMP_SLICE = 500;

/**
 * Recomputes the stored next deadline and the open-deadline rows of every
 * complaint that has an open term, after the calendar changed. Inside a 'rw'
 * transaction over complaints, openDeadlines and procedures. Only complaints
 * with an open term can move: a calendar never meets or opens a term, so the
 * rest have nothing to recompute.
 */
export async function restampNextDeadlines(db: KlachtenbalieDb, calendar: WorkingDayCalendar): Promise<void> {
  const procedures = new Map((await db.procedures.toArray()).map((p): [string, Procedure] => [p.id, p]));
  const ids = await db.complaints.where('nextDeadline').aboveOrEqual('').primaryKeys();
  for (const slice of slices(ids, RESTAMP_SLICE)) {
    const stamped: Complaint[] = [];
    const rows: OpenDeadline[] = [];
    for (const complaint of await db.complaints.bulkGet(slice)) {
      const procedure = complaint && procedures.get(complaint.workflow.procedureVersionId);
      if (!complaint || !procedure) continue;
      const next = indexedRecords(complaint, procedure, calendar);
      stamped.push(next.complaint);
      rows.push(...next.openDeadlines);
    }
    await db.complaints.bulkPut(stamped);
    await replaceOpenDeadlines(db, stamped.map((c) => c.id), rows);
  }
}
