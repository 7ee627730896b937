/**
 * How one action is described: when it may be taken (a guard that reads the
 * record) and what it records (which also checks what was typed). The
 * machine (machine.ts) runs both and turns the result into a new record and an event.
 */
import type { WorkingDayCalendar } from '../calendar/types';
import { parseDateOnly, toDutchDateInput } from '../dates';
import { formatTerm } from '../procedureText';
import { STATUS_LABELS } from '../labels';
import type { Actor, ComplaintStatus, ComplaintWorkflow, EventType, SatisfactionAnswer } from '../model';
import type { ProcedureSteps, Term } from '../procedure';
import type { ActionOf, WorkflowActionType } from './actions';
import { WorkflowError } from './errors';
import type { InvolvedCheck } from './involvement';
import { isEnded, type Situation } from './situation';
import { receivedDay } from '../deadlines/terms';

export interface Refusal {
  reason: string;
  /** Not part of this procedure or of this phase of the complaint: a screen need not offer it at all. */
  hidden: boolean;
}

export const refuse = (reason: string): Refusal => ({ reason, hidden: false });
export const hide = (reason: string): Refusal => ({ reason, hidden: true });

export interface ApplyContext {
  now: Date;
  actor: Actor;
  calendar: WorkingDayCalendar;
  involvedCheck?: InvolvedCheck;
}

export type ApplySituation = Situation & { calendar: WorkingDayCalendar; ctx: ApplyContext };

export interface Step {
  workflow?: Partial<ComplaintWorkflow>;
  /** The customer's satisfaction answer (kept on the complaint, beside its workflow). */
  satisfaction?: SatisfactionAnswer;
  ownerId?: string | null;
  coordinatorId?: string | null;
  /** The stage the complaint moves to; left out, it stays where it is. */
  to?: ComplaintStatus;
  /** Dutch, one line, for the timeline. */
  summary: string;
  /** When the step has an event type of its own; otherwise status_changed or step_recorded. */
  eventType?: EventType;
}

export interface ActionSpec<T extends WorkflowActionType> {
  available(situation: Situation): Refusal | null;
  apply(situation: ApplySituation, action: ActionOf<T>): Step;
}

export type SpecMap = { [T in WorkflowActionType]: ActionSpec<T> };

/* ---------- guards shared by several actions ---------- */

export function whileOpen(s: Situation): Refusal | null {
  return isEnded(s.complaint.status) ? hide(`De klacht is ${STATUS_LABELS[s.complaint.status].toLowerCase()}`) : null;
}

/** Withdrawn and inadmissible complaints are not worked on; a closed one may still get improvement work. */
export function whileAdmitted(s: Situation): Refusal | null {
  const status = s.complaint.status;
  return status === 'withdrawn' || status === 'inadmissible' ? hide(`De klacht is ${STATUS_LABELS[status].toLowerCase()}`) : null;
}

export function whileNotSettled(s: Situation): Refusal | null {
  return s.stage === 'settled' ? hide('De klacht is bij het eerste contact opgelost') : null;
}

/** Submitted after the limit: first decide to declare it inadmissible or to handle it anyway. */
export function whileAdmissibilityDecided(s: Situation): Refusal | null {
  if (s.lateUndecidedSince === null) return null;
  const limit = formatTerm(s.procedure.terms.submissionLimit);
  return refuse(
    `De klacht is ingediend na de termijn van ${limit} na het ontstaan van het probleem (uiterlijk ${dutchDay(s.lateUndecidedSince)}). ` +
      'Verklaar hem eerst niet-ontvankelijk of neem hem met een reden toch in behandeling.',
  );
}

type StepFlag = { [K in keyof ProcedureSteps]-?: ProcedureSteps[K] extends boolean ? K : never }[keyof ProcedureSteps];

/** Offered only where the complaint's procedure has this step. */
export function procedureHas(step: StepFlag, otherwise: string) {
  return (s: Situation): Refusal | null => (s.procedure.steps[step] ? null : hide(otherwise));
}

/** Offered until it is recorded. */
export function untilRecorded(recorded: (workflow: ComplaintWorkflow) => unknown, already: string) {
  return (s: Situation): Refusal | null => (recorded(s.workflow) ? hide(already) : null);
}

/** The first refusal of a list of guards, in order. */
export function firstRefusal(s: Situation, ...guards: ((s: Situation) => Refusal | null)[]): Refusal | null {
  for (const guard of guards) {
    const refusal = guard(s);
    if (refusal) return refusal;
  }
  return null;
}

/* ---------- what was typed ---------- */

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function dutchDay(day: string): string {
  return toDutchDateInput(day) || day;
}

export function requiredText(value: string | undefined, field: string, message: string): string {
  const text = (value ?? '').trim();
  if (text === '') throw new WorkflowError(message, field);
  return text;
}

export function optionalText(value: string | undefined): string {
  return (value ?? '').trim();
}

export function oneOf<T extends string>(value: string, allowed: readonly T[], field: string, message: string): T {
  if (!(allowed as readonly string[]).includes(value)) throw new WorkflowError(message, field);
  return value as T;
}

/** A real yyyy-MM-dd day, not before the complaint was received. */
export function plannedDay(s: Situation, value: string | undefined, field: string): string {
  const day = (value ?? '').trim();
  if (!DAY.test(day) || !parseDateOnly(day)) throw new WorkflowError('Vul een geldige datum in, bijvoorbeeld 21-11-2026', field);
  const received = receivedDay(s.complaint);
  if (day < received) throw new WorkflowError(`Deze datum ligt vóór de ontvangst van de klacht (${dutchDay(received)})`, field);
  return day;
}

/** A day something happened: also not in the future. */
export function pastDay(s: Situation, value: string | undefined, field: string): string {
  const day = plannedDay(s, value, field);
  if (day > s.today) throw new WorkflowError('Deze datum ligt in de toekomst', field);
  return day;
}

/** A new due day within the most extra time the procedure allows (null: no maximum) beyond `dueOn`. */
export function withinMaxExtra(s: ApplySituation, dueOn: string, newDueOn: string, maxExtra: Term | null): void {
  if (!maxExtra) return;
  const latest = s.calendar.dueDay(dueOn, maxExtra);
  if (newDueOn > latest) {
    throw new WorkflowError(`De termijn mag met ten hoogste ${formatTerm(maxExtra)} worden verlengd: uiterlijk tot ${dutchDay(latest)}`, 'newDueOn');
  }
}

/** Keep the file until this day: the procedure's retention from the day handling ended. */
export function retentionFrom(s: ApplySituation, endedOn: string): string | null {
  const retention = s.procedure.terms.retention;
  return retention ? s.calendar.dueDay(endedOn, retention) : null;
}
