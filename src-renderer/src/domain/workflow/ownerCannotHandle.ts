/**
 * 004: "Indien de eigenaar de klacht niet op de juiste wijze kan afhandelen,
 * dient er te allen tijden met de directie te worden overlegd hoe verder te
 * handelen." Once the owner is reported unable, the steps that carry the
 * complaint on wait for a consultation with management on that ground.
 */
import type { ComplaintWorkflow } from '../model';
import type { Procedure } from '../procedure';
import type { WorkflowActionType } from './actions';
import { dutchDay, refuse, type Refusal } from './spec';

/** Steps that decide how the complaint goes on: the consultation decides that first. */
const WAITS_FOR_MANAGEMENT: readonly WorkflowActionType[] = [
  'assign_owner',
  'extend',
  'record_judgement',
  'send_response',
  'record_solution',
  'complete_solution',
  'record_evaluation',
  'record_customer_agreement',
  'close',
];

/** The day the owner was reported unable, while management has not been consulted on it since; null otherwise. */
export function managementStillToConsult(workflow: ComplaintWorkflow, procedure: Procedure): string | null {
  const report = workflow.ownerCannotHandle;
  if (!report || !procedure.steps.managementWhenOwnerCannotHandle) return null;
  const consulted = workflow.managementConsultations.some((m) => m.reason === 'owner_cannot_handle' && m.on >= report.on);
  return consulted ? null : report.on;
}

export function ownerCannotHandleRefusal(type: WorkflowActionType, workflow: ComplaintWorkflow, procedure: Procedure): Refusal | null {
  if (!WAITS_FOR_MANAGEMENT.includes(type)) return null;
  const since = managementStillToConsult(workflow, procedure);
  if (since === null) return null;
  return refuse(
    `De behandelaar kan de klacht niet goed afhandelen (gemeld op ${dutchDay(since)}). ` +
      'Overleg eerst met de directie hoe verder te handelen: het overleg met de directie ontbreekt nog.',
  );
}
