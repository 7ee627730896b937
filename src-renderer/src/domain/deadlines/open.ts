import type { WorkingDayCalendar } from '../calendar/types';
import type { Complaint, DeadlineKind, OpenDeadline } from '../model';
import type { Procedure } from '../procedure';
import { openTerms, type OpenTerm } from './compute';

function openDeadlineId(complaintId: string, kind: DeadlineKind, itemId: string | null): string {
  return `${complaintId}:${kind}:${itemId ?? ''}`;
}

/** The complaint an open-deadline row belongs to, from its id alone: counting complaints then needs only the index keys. */
export function complaintOfOpenDeadline(id: string): string {
  return id.slice(0, id.indexOf(':'));
}

/** The complaint's open terms as the rows the desk's indexes read (see OpenDeadline). */
export function openDeadlineRecords(complaint: Complaint, procedure: Procedure, calendar: WorkingDayCalendar): OpenDeadline[] {
  return openDeadlineRows(complaint, openTerms(complaint, procedure, calendar));
}

/** Open terms already computed (withNextDeadlineAndOpenTerms) as those rows. */
export function openDeadlineRows(complaint: Pick<Complaint, 'id' | 'ownerId'>, terms: readonly OpenTerm[]): OpenDeadline[] {
  return terms.map((term) => ({
    id: openDeadlineId(complaint.id, term.kind, term.itemId),
    complaintId: complaint.id,
    kind: term.kind,
    itemId: term.itemId,
    dueOn: term.dueOn,
    ownerId: complaint.ownerId,
  }));
}
