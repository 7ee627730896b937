/**
 * The order in which a regeling lets a customer who is not satisfied turn to
 * its bodies (000: the director or the DOKh officer, then the dispute body;
 * 002: an independent third party, mediation, then arbitration or the court),
 * and the condition a body may set (001: an appeal only after "ongegrond" or
 * a disputed solution). Bodies without a stage stand outside the order.
 */
import type { ComplaintWorkflow, Escalation, EscalationGround } from '../model';
import type { EscalationBody, Procedure } from '../procedure';
import { dutchList } from '../text';

/** The furthest stage the complaint has been escalated to: 0 before any step of the order. */
function reachedStage(procedure: Procedure, workflow: ComplaintWorkflow): number {
  const stages = workflow.escalations.map((e) => procedure.escalations.find((b) => b.id === e.bodyId)?.stage ?? 0);
  return Math.max(0, ...stages);
}

/** The bodies of the next step in the order (alternatives share a step); empty when the order is done or the regeling sets none. */
export function nextBodies(procedure: Procedure, workflow: ComplaintWorkflow): EscalationBody[] {
  const reached = reachedStage(procedure, workflow);
  const later = procedure.escalations.filter((b) => b.stage !== undefined && b.stage > reached);
  const next = Math.min(...later.map((b) => b.stage ?? Infinity));
  return later.filter((b) => b.stage === next);
}

/** The body the escalation form proposes: the next in the order that has nothing open, else the first one free. */
export function suggestedBody(procedure: Procedure, workflow: ComplaintWorkflow): EscalationBody | undefined {
  const busy = new Set(workflow.escalations.filter((e) => e.status === 'open').map((e) => e.bodyId));
  const free = (b: EscalationBody) => !busy.has(b.id);
  return nextBodies(procedure, workflow).find(free) ?? procedure.escalations.find(free);
}

/** The bodies of the steps between where the complaint stands and `body`: the ones the customer passes over. */
export function skippedBodies(procedure: Procedure, workflow: ComplaintWorkflow, body: EscalationBody): EscalationBody[] {
  if (body.stage === undefined) return [];
  const reached = reachedStage(procedure, workflow);
  const target = body.stage;
  return procedure.escalations.filter((b) => b.stage !== undefined && b.stage > reached && b.stage < target);
}

/** "A", "A of B", "A, B of C": the way the form and the history name the bodies passed over. */
export function bodyNames(bodies: readonly { name: string }[]): string {
  return dutchList(bodies.map((b) => b.name), 'of');
}

export type ConditionCheck = { ground: EscalationGround | null; refusal: null } | { ground: null; refusal: string };

/** Whether the body's condition holds, and on which ground; a body without one is always open. */
export function checkCondition(body: EscalationBody, workflow: ComplaintWorkflow, solutionDisputed: boolean): ConditionCheck {
  if (body.condition !== 'unfounded_or_solution_disputed') return { ground: null, refusal: null };
  const verdict = workflow.judgement?.verdict;
  if (verdict === 'unfounded') return { ground: 'unfounded', refusal: null };
  if (verdict && solutionDisputed) return { ground: 'solution_disputed', refusal: null };
  const rule = `${body.name} behandelt een bezwaar alleen als de klacht ongegrond is verklaard of als de klant het oneens is met de voorgestelde oplossing`;
  return { ground: null, refusal: verdict ? rule : `${rule}; het oordeel over de klacht is nog niet vastgelegd` };
}

export const ESCALATION_GROUND_TEXTS: Record<EscalationGround, string> = {
  unfounded: 'de klacht is ongegrond verklaard',
  solution_disputed: 'de klant is het oneens met de voorgestelde oplossing',
};

/** The label of the reason field, shown when the chosen body passes over a step of the order. */
export function skipReasonLabel(passedOver: readonly { name: string }[]): string {
  return `Reden om ${bodyNames(passedOver)} over te slaan`;
}

/** The error when a step of the order is passed over without a reason. */
export function skipReasonMissing(passedOver: readonly { name: string }[]): string {
  return `Vul in waarom ${bodyNames(passedOver)} wordt overgeslagen`;
}

/** How the history says a step of the order was passed over. */
export function skippedText(skipped: NonNullable<Escalation['skipped']>): string {
  return `${dutchList(skipped.bodyNames, 'of')} overgeslagen: ${skipped.reason}`;
}
