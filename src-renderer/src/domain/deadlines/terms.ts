/**
 * When a term of the procedure ends, counted on the office's working-day
 * calendar from the day of receipt itself (see dueDay). Shared by
 * the workflow's guards and the deadline list, so both always agree.
 */
import { addBusinessDays, addDays, addMonths, addWeeks, addYears, parseISO } from 'date-fns';
import type { WorkingDayCalendar } from '../calendar/types';
import { localDay, parseDateOnly } from '../dates';
import { WRITTEN_CHANNELS, type Complaint } from '../model';
import type { Procedure, Term } from '../procedure';

/** The local day a complaint was received: every term of the procedure starts there. */
export function receivedDay(complaint: Pick<Complaint, 'receivedAt'>): string {
  return localDay(parseISO(complaint.receivedAt));
}

/** Under a procedure that counts only a written complaint (001, 003), one taken by phone or at the desk that is not yet in writing. */
export function awaitsWrittenComplaint(complaint: Pick<Complaint, 'channel' | 'workflow'>, procedure: Procedure): boolean {
  if (!procedure.steps.writtenSubmissionRequired || complaint.workflow.writtenReceipt) return false;
  return !(WRITTEN_CHANNELS as readonly string[]).includes(complaint.channel);
}

/** The day the procedure's terms run from: the receipt, or the written complaint's arrival where only that counts; null while it is awaited. */
export function termStartDay(complaint: Complaint, procedure: Procedure): string | null {
  if (complaint.workflow.writtenReceipt) return complaint.workflow.writtenReceipt.on;
  return awaitsWrittenComplaint(complaint, procedure) ? null : receivedDay(complaint);
}

/** The procedure's written-response due day, before any extension; null when it sets no term (or its terms have not started). */
export function responseDueOn(complaint: Complaint, procedure: Procedure, calendar: WorkingDayCalendar): string | null {
  const term = procedure.terms.response;
  const start = termStartDay(complaint, procedure);
  return term && start ? calendar.dueDay(start, term) : null;
}

/** The last day the complaint could be submitted (problem arisen + limit), or null when unknown or unlimited. */
export function submissionDeadline(
  complaint: Complaint,
  procedure: Procedure,
  calendar: WorkingDayCalendar | null,
): string | null {
  const limit = procedure.terms.submissionLimit;
  if (!limit || !parseDateOnly(complaint.problemArisenOn)) return null;
  // Without the office calendar (a quick check in the UI) the last day is not moved off a holiday.
  if (!calendar) return addTermPlain(complaint.problemArisenOn, limit);
  return calendar.dueDay(complaint.problemArisenOn, limit);
}

/** The last day to submit when the complaint came in after it (12 months after the problem arose), else null. */
export function lateSince(complaint: Complaint, procedure: Procedure, calendar: WorkingDayCalendar | null): string | null {
  const deadline = submissionDeadline(complaint, procedure, calendar);
  return deadline !== null && receivedDay(complaint) > deadline ? deadline : null;
}

/** Submitted after the procedure's limit (12 months after the problem arose). */
export function submittedLate(complaint: Complaint, procedure: Procedure, calendar: WorkingDayCalendar | null): boolean {
  return lateSince(complaint, procedure, calendar) !== null;
}

const PLAIN_ADD = {
  working_days: addBusinessDays,
  days: addDays,
  weeks: addWeeks,
  months: addMonths,
  years: addYears,
} as const;

function addTermPlain(day: string, term: Term): string {
  const date = parseDateOnly(day) ?? new Date(NaN);
  return localDay(PLAIN_ADD[term.unit](date, term.amount));
}
