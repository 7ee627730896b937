import type { WorkingDayCalendar } from '../calendar/types';
import { withNextDeadlineAndOpenTerms } from '../deadlines/compute';
import { openDeadlineRows } from '../deadlines/open';
import type { Complaint, OpenDeadline } from '../model';
import type { Procedure } from '../procedure';
import { searchKeysOf } from '../search';
import { deskStateOf } from './state';

/**
 * The complaint with every field it stores only for the indexes (next
 * deadline, desk state, search keys) recomputed from its workflow. Each write of a
 * complaint goes through this, so no list reads a stale stamp.
 */
export function withIndexedFields(complaint: Complaint, procedure: Procedure, calendar: WorkingDayCalendar): Complaint {
  return indexedRecords(complaint, procedure, calendar).complaint;
}

/**
 * What a write of the complaint stores: the complaint with its indexed fields
 * and its open-deadline rows, from one computation of its terms (instead of
 * withIndexedFields and then openDeadlineRecords, which compute them twice).
 */
export function indexedRecords(
  complaint: Complaint,
  procedure: Procedure,
  calendar: WorkingDayCalendar,
): { complaint: Complaint; openDeadlines: OpenDeadline[] } {
  const { complaint: withNext, open } = withNextDeadlineAndOpenTerms(complaint, procedure, calendar);
  const stamped = { ...withNext, deskState: deskStateOf(withNext, procedure), searchKeys: searchKeysOf(withNext) };
  return { complaint: stamped, openDeadlines: openDeadlineRows(stamped, open) };
}
