/**
 * The complaint workflow as a state machine: named actions (actions.ts), each
 * with a guard and a recording step (specs/), data-driven by the complaint's
 * procedure version. Pure: the repository loads, calls and saves.
 */
import type { WorkingDayCalendar } from '../calendar/types';
import { diffRecords } from '../diff';
import { localDay } from '../dates';
import { thenSentence } from '../sentences';
import { STATUS_LABELS } from '../labels';
import type { Complaint, ComplaintStatus, ComplaintWorkflow, EventType, FieldChange, RoleStep, Staff, StaffRole } from '../model';
import type { Procedure } from '../procedure';
import { WORKFLOW_ACTION_TYPES, type WorkflowAction, type WorkflowActionType } from './actions';
import { WorkflowError } from './errors';
import { ownerCannotHandleRefusal } from './ownerCannotHandle';
import { roleRefusal, roleStepOf } from './roles';
import { isEnded, openEscalations, situationOf, type Situation } from './situation';
import type { ActionSpec, ApplyContext, Refusal, SpecMap, Step } from './spec';
import { closingSpecs } from './specs/closing';
import { escalationSpecs } from './specs/escalation';
import { handlingSpecs } from './specs/handling';
import { hearingSpecs } from './specs/hearing';
import { rulingSpecs } from './specs/ruling';
import { improvementSpecs } from './specs/improvement';
import { satisfactionSpecs } from './specs/satisfaction';
import { intakeSpecs } from './specs/intake';
import { outcomeSpecs } from './specs/outcome';

const SPECS: SpecMap = {
  ...intakeSpecs,
  ...handlingSpecs,
  ...hearingSpecs,
  ...outcomeSpecs,
  ...improvementSpecs,
  ...closingSpecs,
  ...satisfactionSpecs,
  ...escalationSpecs,
  ...rulingSpecs,
};

export interface AvailabilityContext {
  /** yyyy-MM-dd, local. */
  today: string;
  /** The office calendar; without it the submission limit's last day is not moved off a holiday. */
  calendar?: WorkingDayCalendar;
  /** Active staff, when known: assigning an owner is refused when nobody uninvolved is left. */
  staff?: readonly Staff[];
  /** The signed-in person's roles: steps of other roles are refused with the reason (see roles.ts). */
  roles?: readonly StaffRole[];
}

export interface AvailableAction {
  type: WorkflowActionType;
  allowed: boolean;
  /** Dutch: why not, when not allowed. */
  reason?: string;
  /**
   * Part of this procedure and of this phase of the complaint. A refused action
   * that is applicable is worth showing with its reason (closing without the
   * customer's agreement); one that is not can be left off the screen.
   */
  applicable: boolean;
}

/**
 * Why a step cannot be taken now, or null. A step this procedure or phase does
 * not have stays hidden whoever asks; otherwise the role comes first, so a
 * person sees whose step it is before what that person would still need.
 */
function refusalOf(spec: ActionSpec<WorkflowActionType>, type: WorkflowActionType, situation: Situation, roles: readonly StaffRole[] | undefined): Refusal | null {
  const own = spec.available(situation);
  if (own?.hidden) return own;
  return roleRefusal(type, situation.procedure, roles) ?? own ?? ownerCannotHandleRefusal(type, situation.workflow, situation.procedure);
}

/** Every action, in the card's order, with whether it can be taken now and why not. */
export function availableActions(complaint: Complaint, procedure: Procedure, ctx: AvailabilityContext): AvailableAction[] {
  const situation = situationOf(complaint, procedure, ctx.today, ctx.calendar ?? null, ctx.staff ?? null);
  return WORKFLOW_ACTION_TYPES.map((type) => {
    const refusal = refusalOf(SPECS[type] as ActionSpec<WorkflowActionType>, type, situation, ctx.roles);
    return refusal
      ? { type, allowed: false, reason: refusal.reason, applicable: !refusal.hidden }
      : { type, allowed: true, applicable: true };
  });
}

export type WorkflowContext = ApplyContext;

export interface AppliedAction {
  complaint: Complaint;
  event: { type: EventType; summary: string; changes: FieldChange[]; step?: RoleStep };
}

/** Runs one action: the new complaint (a new object) and the event that records it, or a WorkflowError. */
export function applyAction(complaint: Complaint, procedure: Procedure, action: WorkflowAction, ctx: WorkflowContext): AppliedAction {
  const spec = SPECS[action.type] as ActionSpec<WorkflowActionType> | undefined;
  if (!spec) throw new WorkflowError('Deze stap bestaat niet');
  const situation = situationOf(complaint, procedure, localDay(ctx.now), ctx.calendar);
  const refusal = refusalOf(spec, action.type, situation, ctx.actor.roles);
  if (refusal) throw new WorkflowError(refusal.reason);
  const step = spec.apply({ ...situation, calendar: ctx.calendar, ctx }, action);

  const next = nextComplaint(complaint, step, situation.stage, ctx.now.toISOString());
  const statusChanged = next.status !== complaint.status;
  const roleStep = roleStepOf(action.type, procedure, ctx.actor.roles);
  return {
    complaint: next,
    event: {
      type: step.eventType ?? (statusChanged ? 'status_changed' : 'step_recorded'),
      summary: statusChanged ? thenSentence(step.summary, `Status: ${STATUS_LABELS[next.status]}`) : step.summary,
      changes: changesOf(complaint, next),
      ...(roleStep ? { step: roleStep } : {}),
    },
  };
}

function nextComplaint(complaint: Complaint, step: Step, stage: ComplaintStatus, nowIso: string): Complaint {
  const workflow: ComplaintWorkflow = { ...complaint.workflow, ...step.workflow };
  const reached = step.to ?? stage;
  // While any escalation is open the complaint shows as escalated and remembers where it stands.
  const escalated = !isEnded(reached) && openEscalations(workflow).length > 0;
  return {
    ...complaint,
    ownerId: step.ownerId !== undefined ? step.ownerId : complaint.ownerId,
    coordinatorId: step.coordinatorId !== undefined ? step.coordinatorId : complaint.coordinatorId,
    satisfaction: step.satisfaction ?? complaint.satisfaction ?? null,
    status: escalated ? 'escalated' : reached,
    workflow: { ...workflow, statusBeforeEscalation: escalated ? reached : null },
    updatedAt: nowIso,
  };
}

const TOP_LEVEL: readonly (keyof Complaint)[] = ['status', 'ownerId', 'coordinatorId', 'satisfaction'];
const BOOKKEEPING = ['statusBeforeEscalation'];

/** Field by field, workflow fields as `workflow.judgement` etc., so the timeline can say what changed. */
function changesOf(before: Complaint, after: Complaint): FieldChange[] {
  const pick = (c: Complaint) => Object.fromEntries(TOP_LEVEL.map((field) => [field, c[field]]));
  const workflowChanges = diffRecords(before.workflow, after.workflow, BOOKKEEPING).map((change) => ({
    ...change,
    field: `workflow.${change.field}`,
  }));
  return [...diffRecords(pick(before), pick(after)), ...workflowChanges];
}
