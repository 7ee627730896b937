import type { WorkingDayCalendar } from '../../domain/calendar';
import { indexedRecords } from '../../domain/desk';
import type { Complaint } from '../../domain/model';
import type { Procedure } from '../../domain/procedure';
import type { KlachtenbalieDb } from '../database';
import { analysisFactOf } from '../../domain/analysis';
import { keepAnalysisFacts } from './analysisUpkeep';
import { countAddedComplaints } from './counters';
import { replaceOpenDeadlines } from './openDeadlines';

/**
 * Stores a new or changed complaint with its indexed fields recomputed and its
 * open-deadline rows replaced and its analysis fact kept, so the lists, the desk
 * and the analysis never see one without the other. Returns what was stored.
 * Inside a 'rw' transaction over complaints, openDeadlines and ANALYSIS_TABLES (and counters, for `add`: a new complaint, so an
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
  await keepAnalysisFacts(db, [analysisFactOf(stamped, procedure, calendar)]);
  return stamped;
}
