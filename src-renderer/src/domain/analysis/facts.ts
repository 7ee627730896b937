/**
 * What the analysis needs of one complaint, and nothing more: kept beside the
 * complaint on every write (see db/repositories/analysisUpkeep), so a period's
 * figures never read the complaints themselves. Days are counted on the
 * office's working-day calendar as the terms are, at the moment of writing.
 */
import type { WorkingDayCalendar } from '../calendar/types';
import { computeDeadlines } from '../deadlines/compute';
import { receivedDay, submittedLate, termStartDay } from '../deadlines/terms';
import type { Channel, Complaint, Verdict } from '../model';
import type { Procedure } from '../procedure';

export const CLOCKS = ['acknowledgement', 'response', 'extension_notice', 'status_check'] as const;
/** The terms whose keeping the analysis shows as a share met. */
export type Clock = (typeof CLOCKS)[number];

export const DURATIONS = ['acknowledge', 'respond', 'close'] as const;
/** Working days from the start of the terms to the acknowledgement, the answer and the closing. */
export type Duration = (typeof DURATIONS)[number];

/** One term of the complaint: when it was due and when it was kept (null: not yet). */
export type ClockTerm = readonly [clock: Clock, dueOn: string, metOn: string | null];

export interface AnalysisFact {
  /** The complaint's id. */
  id: string;
  /** The local day of receipt (yyyy-MM-dd): periods are ranges of it. */
  receivedOn: string;
  /** The moment of receipt, so a list of these complaints can show the newest first. */
  receivedAt: string;
  customerId: string;
  category: string;
  productOrService: string;
  channel: Channel;
  ownerId: string | null;
  verdict: Verdict | null;
  /** The names of the bodies it was escalated to (appeal committee, dispute body…). */
  bodies: string[];
  submittedLate: boolean;
  days: Record<Duration, number | null>;
  terms: ClockTerm[];
}

/** The status checks the coordinator held, each against the day it was due (the term's start or the check before plus the interval). */
function heldStatusChecks(complaint: Complaint, procedure: Procedure, calendar: WorkingDayCalendar, start: string): ClockTerm[] {
  const every = procedure.terms.statusCheckEvery;
  if (!every) return [];
  let previous = start;
  return [...complaint.workflow.statusChecks]
    .sort((a, b) => a.on.localeCompare(b.on))
    .map((check) => {
      const term: ClockTerm = ['status_check', calendar.dueDay(previous, every), check.on];
      previous = check.on;
      return term;
    });
}

const CLOCK_OF: Partial<Record<string, Clock>> = {
  acknowledgement: 'acknowledgement',
  response: 'response',
  extended_response: 'response',
  extension_notice: 'extension_notice',
  status_check: 'status_check',
};

function termsOf(complaint: Complaint, procedure: Procedure, calendar: WorkingDayCalendar, start: string | null): ClockTerm[] {
  // The day given only places a term as open or overdue, which a fact does not keep: the analysis judges that on its own day.
  const current = computeDeadlines(complaint, procedure, calendar, receivedDay(complaint)).flatMap((deadline): ClockTerm[] => {
    const clock = CLOCK_OF[deadline.kind];
    return clock ? [[clock, deadline.dueOn, deadline.metOn]] : [];
  });
  return start === null ? current : [...heldStatusChecks(complaint, procedure, calendar, start), ...current];
}

function daysTo(calendar: WorkingDayCalendar, start: string | null, day: string | null | undefined): number | null {
  return start && day ? Math.max(0, calendar.workingDaysBetween(start, day)) : null;
}

export function analysisFactOf(complaint: Complaint, procedure: Procedure, calendar: WorkingDayCalendar): AnalysisFact {
  const w = complaint.workflow;
  const start = termStartDay(complaint, procedure);
  return {
    id: complaint.id,
    receivedOn: receivedDay(complaint),
    receivedAt: complaint.receivedAt,
    customerId: complaint.customerId,
    category: complaint.category.trim(),
    productOrService: complaint.productOrService.trim(),
    channel: complaint.channel,
    ownerId: complaint.ownerId,
    verdict: w.judgement?.verdict ?? null,
    bodies: [...new Set(w.escalations.filter((e) => e.status !== 'withdrawn').map((e) => e.bodyName))],
    submittedLate: submittedLate(complaint, procedure, calendar),
    days: {
      acknowledge: daysTo(calendar, start, w.acknowledgement?.sentOn),
      respond: daysTo(calendar, start, w.response?.sentOn ?? w.informalSettlement?.on),
      close: daysTo(calendar, start ?? receivedDay(complaint), w.closedOn),
    },
    terms: termsOf(complaint, procedure, calendar, start),
  };
}
