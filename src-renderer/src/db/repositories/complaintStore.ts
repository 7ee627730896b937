import type { WorkingDayCalendar } from '../../domain/calendar';
import { indexedRecords } from '../../domain/desk';
import type { Complaint } from '../../domain/model';
import type { Procedure } from '../../domain/procedure';
import type { KlachtenbalieDb } from '../database';
import { countAddedComplaints } from './counters';
import { replaceOpenDeadlines } from './openDeadlines';

/**
 * Stores a new or changed complaint with its indexed fields recomputed and its
 * open-deadline rows replaced, so the lists and the desk never see one without
 * the other. Returns what was stored. Inside a 'rw' transaction over
 * complaints and openDeadlines (and counters, for `add`: a new complaint, so an
 * id clash fails, counted in the register's total).
 */
export async function storeComplaint(
  db: KlachtenbalieDb,
  complaint: Complaint,
  procedure: Procedure,
  calendar: WorkingDayCalendar,
  mode: 'add' | 'put' = 'put',
): Promise<Complaint> {
  const { complaint: stamped, openDeadlines: rows } = indexedRecords(complaint, procedure, calendar);
  if (mode === 'add') {
    await db.complaints.add(stamped);
    await countAddedComplaints(db, 1, stamped.updatedAt);
    // A new complaint has no rows to replace: skip the delete on the intake's save.
    if (rows.length > 0) await db.openDeadlines.bulkAdd(rows);
  } else {
    await db.complaints.put(stamped);
    await replaceOpenDeadlines(db, [stamped.id], rows);
  }
  return stamped;
}
