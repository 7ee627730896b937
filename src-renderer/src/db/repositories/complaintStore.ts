import type { WorkingDayCalendar } from '../../domain/calendar';
import { withIndexedFields } from '../../domain/desk';
import type { Complaint } from '../../domain/model';
import type { Procedure } from '../../domain/procedure';
import type { KlachtenbalieDb } from '../database';
import { writeOpenDeadlines } from './openDeadlines';

/**
 * Stores a new or changed complaint with its indexed fields recomputed and its
 * open-deadline rows replaced, so the lists and the desk never see one without
 * the other. Returns what was stored. Inside a 'rw' transaction over
 * complaints and openDeadlines; `add` for a new complaint, so an id clash fails.
 */
export async function storeComplaint(
  db: KlachtenbalieDb,
  complaint: Complaint,
  procedure: Procedure,
  calendar: WorkingDayCalendar,
  mode: 'add' | 'put' = 'put',
): Promise<Complaint> {
  const stamped = withIndexedFields(complaint, procedure, calendar);
  if (mode === 'add') await db.complaints.add(stamped);
  else await db.complaints.put(stamped);
  await writeOpenDeadlines(db, stamped, procedure, calendar);
  return stamped;
}
