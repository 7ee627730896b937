/**
 * Every term of a complaint, computed from its procedure version and what its
 * workflow recorded: due day, met day, working days left. Pure and cheap: the
 * repository stores the earliest open one on the complaint, and every open one
 * as a row of its own (see openTerms), for the indexes.
 */
import type { WorkingDayCalendar } from '../calendar/types';
import type { Complaint, Deadline, DeadlineKind } from '../model';
import type { Procedure } from '../procedure';
import { DEADLINE_KIND_LABELS } from '../workflowLabels';
import { escalationDueOn } from '../workflow/specs/escalation';
import { isEnded, responseIsCurrent, stageOf } from '../workflow/situation';
import { rulingTermOf } from '../procedures/absent';
import { nextOpenDeadline } from './next';
import { termStartDay } from './terms';
import { followUpWhat } from '../followUp';

export interface OpenTerm {
  kind: DeadlineKind;
  itemId: string | null;
  dueOn: string;
}

interface DraftDeadline {
  kind: DeadlineKind;
  label?: string;
  itemId?: string;
  dueOn: string;
  metOn: string | null;
  /** Still due once the file is closed (a follow-up the office kept running), whatever its kind. */
  afterClosing?: boolean;
}

/** Stages in which the coordinator keeps checking with the owner. */
const STATUS_CHECK_STAGES = new Set(['in_progress', 'judged', 'resolved']);

function responseTerms(complaint: Complaint, procedure: Procedure, calendar: WorkingDayCalendar, start: string): DraftDeadline[] {
  const w = complaint.workflow;
  const term = procedure.terms.response;
  if (!term) return [];
  const due = calendar.dueDay(start, term);
  // A settlement at first contact answers the complaint as well as a letter does.
  const answeredOn = (responseIsCurrent(w) ? w.response?.sentOn : undefined) ?? w.informalSettlement?.on ?? null;
  const { allowed, noticeRequired } = procedure.terms.extension;
  if (w.extension) {
    // The latest notice was due by the day the term then ended: the one before any further extension.
    const noticeDue = w.earlierExtensions?.at(-1)?.newDueOn ?? due;
    return [
      { kind: 'extension_notice', dueOn: noticeDue, metOn: w.extension.notice.sentOn },
      { kind: 'extended_response', dueOn: w.extension.newDueOn, metOn: answeredOn },
    ];
  }
  const drafts: DraftDeadline[] = [{ kind: 'response', dueOn: due, metOn: answeredOn }];
  // While the answer is still out, the notice that more time is needed is due by the same day.
  if (allowed && noticeRequired && answeredOn === null) drafts.push({ kind: 'extension_notice', dueOn: due, metOn: null });
  return drafts;
}

function statusCheck(complaint: Complaint, procedure: Procedure, calendar: WorkingDayCalendar, start: string): DraftDeadline[] {
  const every = procedure.terms.statusCheckEvery;
  if (!every || complaint.ownerId === null || !STATUS_CHECK_STAGES.has(stageOf(complaint))) return [];
  const w = complaint.workflow;
  const from = [start, w.statusChecks.at(-1)?.on, w.reopenings.at(-1)?.on].reduce<string>((a, b) => (b && b > a ? b : a), start);
  return [{ kind: 'status_check', dueOn: calendar.dueDay(from, every), metOn: null }];
}

/** A body's ruling the office must carry out within the procedure's term (003: the NRTO commission, "snel"). */
function rulingTerms(complaint: Complaint, procedure: Procedure, calendar: WorkingDayCalendar): DraftDeadline[] {
  return complaint.workflow.escalations.flatMap((e) => {
    if (e.status !== 'decided' || !e.decidedOn) return [];
    const term = rulingTermOf(procedure, e.bodyId);
    if (!term) return [];
    return [{ kind: 'ruling_compliance' as const, label: e.bodyName, itemId: e.id, dueOn: calendar.dueDay(e.decidedOn, term), metOn: e.carriedOutOn ?? null }];
  });
}

function itemTerms(complaint: Complaint): DraftDeadline[] {
  const w = complaint.workflow;
  const drafts: DraftDeadline[] = [];
  for (const f of w.followUps) {
    const label = followUpWhat(f);
    drafts.push({ kind: 'follow_up', label, itemId: f.id, dueOn: f.dueOn, metOn: f.doneOn, ...(f.keptAfterClosing ? { afterClosing: true } : {}) });
  }
  if (w.solution?.agreedRepairOn) drafts.push({ kind: 'repair', dueOn: w.solution.agreedRepairOn, metOn: w.solution.carriedOutOn });
  for (const a of w.correctiveActions) {
    drafts.push({ kind: 'corrective_action', label: a.description, itemId: a.id, dueOn: a.dueOn, metOn: a.doneOn });
    // A measure called off was never carried out, so its effect has nothing to be checked against.
    if (a.effectivenessCheckDueOn && !a.cancelReason) {
      drafts.push({ kind: 'effectiveness_check', label: a.description, itemId: a.id, dueOn: a.effectivenessCheckDueOn, metOn: a.effectivenessCheckedOn });
    }
  }
  for (const e of w.escalations) {
    const dueOn = escalationDueOn(e);
    if (dueOn && e.status !== 'withdrawn') drafts.push({ kind: 'escalation', label: e.bodyName, itemId: e.id, dueOn, metOn: e.decidedOn });
  }
  return drafts;
}

/** Improvement work goes on after a file is closed; nothing else of an ended complaint is still due. */
const AFTER_CLOSING: ReadonlySet<DeadlineKind> = new Set(['corrective_action', 'effectiveness_check', 'ruling_compliance']);

/** The terms the procedure itself sets, counted from `start`. */
function procedureTerms(complaint: Complaint, procedure: Procedure, calendar: WorkingDayCalendar, start: string): DraftDeadline[] {
  const { terms } = procedure;
  const w = complaint.workflow;
  const drafts: DraftDeadline[] = [];
  if (terms.acknowledge) drafts.push({ kind: 'acknowledgement', dueOn: calendar.dueDay(start, terms.acknowledge), metOn: w.acknowledgement?.sentOn ?? null });
  if (terms.furtherHandling) {
    const metOn = w.furtherHandlingMessage?.sentOn ?? w.informalSettlement?.on ?? null;
    drafts.push({ kind: 'further_handling', dueOn: calendar.dueDay(start, terms.furtherHandling), metOn });
  }
  drafts.push(...responseTerms(complaint, procedure, calendar, start), ...statusCheck(complaint, procedure, calendar, start));
  return drafts;
}

/** Every term of the complaint without today's view of it: enough for the indexed next deadline. */
function termsOf(complaint: Complaint, procedure: Procedure, calendar: WorkingDayCalendar): DraftDeadline[] {
  const w = complaint.workflow;
  const start = termStartDay(complaint, procedure);
  // Until the written complaint a regeling asks for is in, none of its terms runs.
  const drafts = [...(start === null ? [] : procedureTerms(complaint, procedure, calendar, start)), ...itemTerms(complaint), ...rulingTerms(complaint, procedure, calendar)];

  const status = complaint.status;
  const kept = isEnded(status) ? drafts.filter((d) => d.metOn !== null || (status === 'closed' && (AFTER_CLOSING.has(d.kind) || d.afterClosing === true))) : drafts;
  if (w.retentionUntil) kept.push({ kind: 'retention', dueOn: w.retentionUntil, metOn: null });
  return kept;
}

/** The complaint's terms as the card shows them: due, met, working days left from `today`. */
export function computeDeadlines(complaint: Complaint, procedure: Procedure, calendar: WorkingDayCalendar, today: string): Deadline[] {
  return termsOf(complaint, procedure, calendar).map((draft) => toDeadline(draft, calendar, today));
}

function stampNext(complaint: Complaint, next: ReturnType<typeof nextOpenDeadline>): Complaint {
  return { ...complaint, nextDeadline: next?.dueOn ?? null, nextDeadlineKind: next?.kind ?? null };
}

function openOf(drafts: readonly DraftDeadline[]): OpenTerm[] {
  return drafts
    .filter((draft) => draft.metOn === null && draft.kind !== 'retention')
    .map((draft) => ({ kind: draft.kind, itemId: draft.itemId ?? null, dueOn: draft.dueOn }));
}

/** The complaint with its earliest open deadline stored for the index (see nextOpenDeadline). */
export function withNextDeadline(complaint: Complaint, procedure: Procedure, calendar: WorkingDayCalendar): Complaint {
  return stampNext(complaint, nextOpenDeadline(termsOf(complaint, procedure, calendar)));
}

/** The terms still to be met, as the desk lists them: retention left out, as nextOpenDeadline does. */
export function openTerms(complaint: Complaint, procedure: Procedure, calendar: WorkingDayCalendar): OpenTerm[] {
  return openOf(termsOf(complaint, procedure, calendar));
}

/**
 * Both of the above from one computation of the terms: a write stores the
 * complaint's next deadline and its open-deadline rows together.
 */
export function withNextDeadlineAndOpenTerms(
  complaint: Complaint,
  procedure: Procedure,
  calendar: WorkingDayCalendar,
): { complaint: Complaint; open: OpenTerm[] } {
  const drafts = termsOf(complaint, procedure, calendar);
  return { complaint: stampNext(complaint, nextOpenDeadline(drafts)), open: openOf(drafts) };
}

function toDeadline(draft: DraftDeadline, calendar: WorkingDayCalendar, today: string): Deadline {
  const base = DEADLINE_KIND_LABELS[draft.kind];
  const met = draft.metOn !== null;
  return {
    kind: draft.kind,
    label: draft.label ? `${base}: ${draft.label}` : base,
    itemId: draft.itemId ?? null,
    dueOn: draft.dueOn,
    metOn: draft.metOn,
    workingDaysLeft: met ? null : calendar.workingDaysBetween(today, draft.dueOn),
    state: met ? 'met' : draft.dueOn < today ? 'overdue' : 'open',
  };
}
