import { formatDate } from '../../components/format';
import type { WorkingDayCalendar } from '../../domain/calendar';
import { localDay, parseDateOnly, parseDateTime } from '../../domain/dates';
import { submissionDeadline } from '../../domain/deadlines';
import type { Complaint } from '../../domain/model';
import type { Procedure } from '../../domain/procedure';
import { formatTerm } from '../../domain/procedureText';

/**
 * Says at once when a complaint comes in after the procedure's limit. It does
 * not block the intake: on the card the coordinator chooses "niet-ontvankelijk"
 * or accepts it anyway with a reason.
 */
export function LateWarning({
  problemArisenOn,
  receivedAt,
  context,
}: {
  problemArisenOn: string;
  receivedAt: string;
  /** The current procedure and office calendar; undefined while still loading. */
  context: { procedure: Procedure; calendar: WorkingDayCalendar } | undefined;
}) {
  const problem = parseDateOnly(problemArisenOn.trim());
  const received = parseDateTime(receivedAt.trim());
  if (!context) return null;
  const { procedure, calendar } = context;
  if (!problem || !received || !procedure.terms.submissionLimit) return null;
  const probe = { problemArisenOn: localDay(problem), receivedAt: received.toISOString() } as Complaint;
  const deadline = submissionDeadline(probe, procedure, calendar);
  if (!deadline || localDay(received) <= deadline) return null;
  return (
    <p className="warning" role="status">
      Let op: deze klacht komt binnen na de termijn van {formatTerm(procedure.terms.submissionLimit)} (uiterlijk {formatDate(deadline)}). U kunt hem
      gewoon opslaan; op de klachtkaart kiest u daarna „Niet-ontvankelijk verklaren” of „Toch in behandeling nemen”.
    </p>
  );
}
