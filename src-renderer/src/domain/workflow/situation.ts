/**
 * Where a complaint stands, read from its record: the facts every guard and
 * the checklist ask about, computed once per question.
 */
import type { WorkingDayCalendar } from '../calendar/types';
import { lateSince } from '../deadlines/terms';
import type { Complaint, ComplaintStatus, ComplaintWorkflow, Escalation, Extension, Staff } from '../model';
import type { Procedure } from '../procedure';
import { hasVerdict } from '../procedures/absent';

export const END_STATUSES: readonly ComplaintStatus[] = ['closed', 'withdrawn', 'inadmissible'];

export function isEnded(status: ComplaintStatus): boolean {
  return END_STATUSES.includes(status);
}

/** The day handling ended: closed, withdrawn or declared inadmissible (only one of those stands at a time); null while it runs. */
export function endedOn(workflow: Pick<ComplaintWorkflow, 'closedOn' | 'withdrawn' | 'inadmissible'>): string | null {
  return workflow.closedOn ?? workflow.withdrawn?.on ?? workflow.inadmissible?.on ?? null;
}

/** The step the complaint has reached; while escalated, where it stood (or got to) meanwhile. */
export function stageOf(complaint: Complaint): ComplaintStatus {
  return complaint.status === 'escalated' ? (complaint.workflow.statusBeforeEscalation ?? 'in_progress') : complaint.status;
}

export function openEscalations(workflow: ComplaintWorkflow): Escalation[] {
  return workflow.escalations.filter((escalation) => escalation.status === 'open');
}

/** A response was sent and tells the current judgement (a judgement revised after reopening needs a new one). */
export function responseIsCurrent(workflow: ComplaintWorkflow): boolean {
  const { response, judgement } = workflow;
  return response !== null && (judgement === null || response.sentOn >= judgement.judgedOn);
}

/**
 * The outcome must go to the customer before the complaint counts as handled
 * where the procedure promises a response (a term) or a closing message.
 * Elsewhere (seed 004: "zo snel mogelijk een passende oplossing") it may be recorded, not required.
 */
export function responseRequired(procedure: Procedure): boolean {
  return procedure.terms.response !== null || procedure.steps.closingMessage;
}

/** Every extension of the response term, oldest first. */
export function allExtensions(workflow: ComplaintWorkflow): Extension[] {
  return [...(workflow.earlierExtensions ?? []), ...(workflow.extension ? [workflow.extension] : [])];
}

/** How often the response term was extended. */
export function extensionCount(workflow: ComplaintWorkflow): number {
  return allExtensions(workflow).length;
}

/** Settled at first contact and never judged after all. */
export function settledInformally(workflow: ComplaintWorkflow): boolean {
  return workflow.informalSettlement !== null && workflow.judgement === null;
}

/** A founded complaint needs a solution where the procedure follows solutions up. */
export function solutionRequired(workflow: ComplaintWorkflow, procedure: Procedure): boolean {
  if (!procedure.steps.solutionFollowUp) return false;
  // Without a verdict (004) the solution is what the handling is for, unless a judgement recorded before 004 lost its verdict said unfounded.
  if (!hasVerdict(procedure)) return workflow.judgement?.verdict !== 'unfounded';
  return workflow.judgement !== null && workflow.judgement.verdict !== 'unfounded';
}

/**
 * What closing still waits for once handling is done: the evaluation with the
 * customer first, then the customer's agreement. Shared by the close guard and
 * the desk's lists, so a complaint is "klaar om te sluiten" exactly when it may be closed.
 */
export function closingWaitsFor(workflow: ComplaintWorkflow, procedure: Procedure): 'evaluation' | 'agreement' | null {
  if (procedure.steps.evaluation && !workflow.evaluation) return 'evaluation';
  // A settlement at first contact is itself what the customer agreed to.
  if (procedure.steps.customerAgreementBeforeClosing && !workflow.customerAgreement && !workflow.informalSettlement) return 'agreement';
  return null;
}

/** What still stands between the complaint and "handled" (evaluation, agreement, closing), or null. */
export function handlingGap(complaint: Complaint, procedure: Procedure): string | null {
  const workflow = complaint.workflow;
  const [escalation] = openEscalations(workflow);
  if (escalation) return `${escalation.bodyName} heeft nog niet beslist over de escalatie`;
  if (settledInformally(workflow)) return null;
  const verdict = hasVerdict(procedure);
  if (verdict && !workflow.judgement) return 'het oordeel (gegrond, deels gegrond of ongegrond) is nog niet vastgelegd';
  if (responseRequired(procedure) && !responseIsCurrent(workflow)) return 'de reactie met het oordeel is nog niet aan de klant verstuurd';
  if (solutionRequired(workflow, procedure) && !workflow.solution) {
    return verdict ? 'er is nog geen oplossing met hersteltermijn afgesproken' : 'er is nog geen oplossing met de klant afgesproken';
  }
  if (workflow.solution && !workflow.solution.carriedOutOn) return 'de afgesproken oplossing is nog niet uitgevoerd';
  return null;
}

export interface Situation {
  complaint: Complaint;
  procedure: Procedure;
  workflow: ComplaintWorkflow;
  stage: ComplaintStatus;
  /** yyyy-MM-dd, local. */
  today: string;
  calendar: WorkingDayCalendar | null;
  staff: readonly Staff[] | null;
  /** Last day to submit, when the complaint came in after it and nobody decided yet whether to handle it. */
  lateUndecidedSince: string | null;
}

export function situationOf(
  complaint: Complaint,
  procedure: Procedure,
  today: string,
  calendar: WorkingDayCalendar | null,
  staff: readonly Staff[] | null = null,
): Situation {
  const workflow = complaint.workflow;
  const undecided = workflow.lateAcceptance === null && workflow.inadmissible === null;
  return {
    complaint,
    procedure,
    workflow,
    stage: stageOf(complaint),
    today,
    calendar,
    staff,
    lateUndecidedSince: undecided ? lateSince(complaint, procedure, calendar) : null,
  };
}
