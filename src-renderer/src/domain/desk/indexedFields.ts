import type { WorkingDayCalendar } from '../calendar/types';
import { withNextDeadline } from '../deadlines/compute';
import type { Complaint } from '../model';
import type { Procedure } from '../procedure';
import { deskStateOf } from './state';

/**
 * The complaint with every field it stores only for the indexes (next
 * deadline, desk state) recomputed from its workflow. Each write of a
 * complaint goes through this, so no list reads a stale stamp.
 */
export function withIndexedFields(complaint: Complaint, procedure: Procedure, calendar: WorkingDayCalendar): Complaint {
  const stamped = withNextDeadline(complaint, procedure, calendar);
  return { ...stamped, deskState: deskStateOf(stamped, procedure) };
}
