import type { ComplaintWorkflow } from '../../../domain/model';
import type { Procedure } from '../../../domain/procedure';
import { bodyNames, checkCondition, nextBodies, skippedBodies, skipReasonLabel, skipReasonMissing, suggestedBody } from '../../../domain/workflow';
import type { ActionField } from './actionForms';
import type { ActionValues } from './toAction';

export interface EscalationFormParts {
  /** The body the form starts on: the next one in the regeling's order. */
  defaults: ActionValues;
  /** Under "Naar": which step of the order is next. */
  hints: Record<string, string>;
  /** The fields the chosen body asks for: why steps are passed over, whether the solution is disputed. */
  extraFields(values: ActionValues): ActionField[];
}

/**
 * The escalation form follows the regeling's order: it starts on the next
 * body, says which that is, and asks for a reason only when the chosen body
 * passes over a step, or whether the customer disputes the solution only
 * where that opens the body (001's appeal).
 */
export function escalationFormParts(procedure: Procedure, workflow: ComplaintWorkflow): EscalationFormParts {
  const suggested = suggestedBody(procedure, workflow);
  const next = nextBodies(procedure, workflow);
  return {
    defaults: suggested ? { bodyId: suggested.id } : {},
    hints: next.length > 0 ? { bodyId: `Volgende stap volgens de klachtenregeling: ${bodyNames(next)}` } : {},
    extraFields(values) {
      const body = procedure.escalations.find((b) => b.id === values.bodyId);
      if (!body) return [];
      const fields: ActionField[] = [];
      const passedOver = skippedBodies(procedure, workflow, body);
      if (passedOver.length > 0) {
        fields.push({ name: 'skipReason', label: skipReasonLabel(passedOver), kind: 'textarea', required: true, requiredMessage: skipReasonMissing(passedOver) });
      }
      // Asked only where the answer opens the body: after "ongegrond" the ground is already on record.
      if (body.condition && checkCondition(body, workflow, false).refusal !== null) {
        fields.push({ name: 'solutionDisputed', label: 'De klant is het oneens met de voorgestelde oplossing', kind: 'checkbox' });
      }
      return fields;
    },
  };
}
