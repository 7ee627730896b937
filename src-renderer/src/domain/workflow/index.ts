export type { ActionOf, WorkflowAction, WorkflowActionType } from './actions';
export { OPEN_ITEMS_ON_CLOSING, WORKFLOW_ACTION_TYPES, type OpenItemsOnClosing } from './actions';
export { procedureChecklist, type ChecklistItem, type ChecklistState } from './checklist';
export { emptyWorkflow } from './empty';
export { WorkflowError } from './errors';
export { findInvolved, type InvolvedCheck } from './involvement';
export { unheardEmployees } from './hearing';
export { CONTACT_DIRECTION_LABELS, CONTACT_KIND_LABELS, CONTACT_PARTY_LABELS } from '../workflowLabels';
export {
  applyAction,
  availableActions,
  type AppliedAction,
  type AvailabilityContext,
  type AvailableAction,
  type WorkflowContext,
} from './machine';
export { roleRefusal, rolesAnyProcedureGives, rolesFor } from './roles';
export { allExtensions, END_STATUSES, endedOn, handlingGap, isEnded, openEscalations, stageOf } from './situation';
export { escalationDueOn } from './specs/escalation';
export { followUpDoable, openItemsAtClosing } from './specs/closingItems';
export { correctiveActionFinished } from './specs/improvement';
export {
  bodyNames,
  checkCondition,
  ESCALATION_GROUND_TEXTS,
  nextBodies,
  skippedBodies,
  skippedText,
  skipReasonLabel,
  skipReasonMissing,
  suggestedBody,
} from './escalationOrder';
