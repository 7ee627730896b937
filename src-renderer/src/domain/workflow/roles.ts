/**
 * Which role a step of the procedure belongs to, once staff sign in to the
 * office's server: the regelingen give assigning, status checks and closing
 * to the coordinator (004), the judgement to whoever the procedure names
 * (a committee under 001), structural measures to management (001). Every
 * other step (intake, letters, contacts) is anyone's who works on the file.
 */
import { ROLE_LABELS } from '../labels';
import type { StaffRole } from '../model';
import type { Judge, Procedure } from '../procedure';
import type { WorkflowActionType } from './actions';
import { refuse, type Refusal } from './spec';

const COORDINATOR: readonly StaffRole[] = ['coordinator'];

const JUDGED_BY: Record<Judge, readonly StaffRole[]> = {
  committee: ['committee'],
  complaints_officer: COORDINATOR,
  // Whoever handles the file judges it (the involvement check keeps out who was involved).
  uninvolved_employee: ['owner', 'coordinator'],
  // The business owner handles and judges every complaint himself (003).
  owner: ['owner', 'coordinator'],
};

const FIXED: Partial<Record<WorkflowActionType, readonly StaffRole[]>> = {
  assign_owner: COORDINATOR,
  record_status_check: COORDINATOR,
  accept_late: COORDINATOR,
  declare_inadmissible: COORDINATOR,
  withdraw: COORDINATOR,
  decide_escalation: COORDINATOR,
  extend_escalation: COORDINATOR,
  record_evaluation: COORDINATOR,
  record_customer_agreement: COORDINATOR,
  close: COORDINATOR,
  reopen: COORDINATOR,
  record_structural_measures: ['management'],
};

/** The roles that may take this step under this procedure; null when anyone may. */
export function rolesFor(type: WorkflowActionType, procedure: Procedure): readonly StaffRole[] | null {
  if (type === 'record_judgement') return JUDGED_BY[procedure.steps.judgedBy];
  return FIXED[type] ?? null;
}

/**
 * Refused when the person acting has none of the step's roles. `roles`
 * undefined: nobody signed in (a profile chosen without a password), so roles
 * are not checked, as before sharing.
 */
export function roleRefusal(type: WorkflowActionType, procedure: Procedure, roles: readonly StaffRole[] | undefined): Refusal | null {
  if (roles === undefined) return null;
  const allowed = rolesFor(type, procedure);
  if (!allowed || allowed.some((role) => roles.includes(role))) return null;
  const names = allowed.map((role) => ROLE_LABELS[role].toLowerCase());
  const who = names.length === 1 ? `de ${names[0]}` : `de ${names.slice(0, -1).join(', de ')} of de ${names[names.length - 1]}`;
  return refuse(`Deze stap is voor ${who}; u bent aangemeld zonder die rol`);
}
