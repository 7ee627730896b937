/**
 * Which role a step of the procedure belongs to, once staff sign in to the
 * office's server: the regelingen give assigning, status checks and closing
 * to the coordinator (004), the judgement to whoever the procedure names
 * (a committee under 001), structural measures to management (001). Every
 * other step (intake, letters, contacts) is anyone's who works on the file.
 */
import { ROLE_LABELS } from '../labels';
import { dutchList } from '../text';
import { STAFF_ROLES, type RoleStep, type StaffRole } from '../model';
import { JUDGES, type Judge, type Procedure } from '../procedure';
import { WORKFLOW_ACTION_TYPES, type WorkflowActionType } from './actions';
import { refuse, type Refusal } from './spec';

const JUDGED_BY: Record<Judge, readonly StaffRole[]> = {
  committee: ['committee'],
  complaints_officer: ['coordinator'],
  // Whoever handles the file judges it (the involvement check keeps out who was involved).
  uninvolved_employee: ['owner', 'coordinator'],
  // The business owner (eigenaar, 003) handles and judges every complaint himself: in the app, the handler or management.
  owner: ['owner', 'coordinator', 'management'],
};

/** Steps of running the file (assigning, admissibility, status checks, closing). */
const ADMINISTERING = [
  'assign_owner',
  'record_status_check',
  'accept_late',
  'declare_inadmissible',
  'withdraw',
  'record_evaluation',
  'record_customer_agreement',
  'record_satisfaction',
  'close',
  'reopen',
] as const satisfies readonly WorkflowActionType[];

/** A body's answer on an escalation (the appeal committee, the director under 000) is recorded by whoever runs the file, or by management. */
const ESCALATION_ANSWERS = ['decide_escalation', 'extend_escalation'] as const satisfies readonly WorkflowActionType[];

/**
 * Who runs the file: the coordinator (004 and most); where a committee judges
 * (001), its chair registers, decides admissibility and closes, so the
 * committee may as well.
 */
function administering(judgedBy: Judge): readonly StaffRole[] {
  return judgedBy === 'committee' ? ['coordinator', 'committee'] : ['coordinator'];
}

function rolesForJudge(type: WorkflowActionType, judgedBy: Judge): readonly StaffRole[] | null {
  if (type === 'record_judgement') return JUDGED_BY[judgedBy];
  if (type === 'record_structural_measures') return ['management'];
  if ((ADMINISTERING as readonly string[]).includes(type)) return administering(judgedBy);
  if ((ESCALATION_ANSWERS as readonly string[]).includes(type)) return [...administering(judgedBy), 'management'];
  return null;
}

/** The roles that may take this step under this procedure; null when anyone may. */
export function rolesFor(type: WorkflowActionType, procedure: Pick<Procedure, 'steps'>): readonly StaffRole[] | null {
  return rolesForJudge(type, procedure.steps.judgedBy);
}

/**
 * Per role-bound step, every role some regeling gives it: the office's server
 * knows no procedure, so this is the most it can hold a step to (see sync/serverRules).
 */
export function rolesAnyProcedureGives(): Partial<Record<WorkflowActionType, StaffRole[]>> {
  const table: Partial<Record<WorkflowActionType, StaffRole[]>> = {};
  for (const type of WORKFLOW_ACTION_TYPES) {
    const roles = new Set(JUDGES.flatMap((judge) => rolesForJudge(type, judge) ?? []));
    if (roles.size > 0) table[type] = STAFF_ROLES.filter((role) => roles.has(role));
  }
  return table;
}

/**
 * What the event of a step taken by someone signed in says about its role, so
 * the server can refuse it from an account without that role; null for
 * anyone's steps, and for a profile chosen without a password, which is not checked.
 */
export function roleStepOf(type: WorkflowActionType, procedure: Procedure, roles: readonly StaffRole[] | undefined): RoleStep | null {
  const allowed = rolesFor(type, procedure);
  return roles === undefined || !allowed ? null : { kind: type, roles: [...allowed] };
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
  const who = dutchList(allowed.map((role) => `de ${ROLE_LABELS[role].toLowerCase()}`), 'of');
  return refuse(`Deze stap is voor ${who}; u bent aangemeld zonder die rol`);
}
