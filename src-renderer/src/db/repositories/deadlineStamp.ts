import type { WorkingDayCalendar } from '../../domain/calendar';
import { withNextDeadline } from '../../domain/deadlines';
import type { Procedure } from '../../domain/procedure';
import type { KlachtenbalieDb } from '../database';

/**
 * Recomputes the stored next deadline of every complaint that has one, after
 * the calendar changed. Inside a 'rw' transaction over complaints and procedures.
 * Only complaints with an open deadline can move; the rest have nothing to recompute.
 */
export async function restampNextDeadlines(db: KlachtenbalieDb, calendar: WorkingDayCalendar): Promise<void> {
  const procedures = new Map((await db.procedures.toArray()).map((p): [string, Procedure] => [p.id, p]));
  await db.complaints
    .where('nextDeadline')
    .aboveOrEqual('')
    .modify((complaint) => {
      const procedure = procedures.get(complaint.workflow.procedureVersionId);
      if (!procedure) return;
      const stamped = withNextDeadline(complaint, procedure, calendar);
      complaint.nextDeadline = stamped.nextDeadline;
      complaint.nextDeadlineKind = stamped.nextDeadlineKind;
    });
}
