import { parseDateOnly, typedDay } from '../../../domain/dates';
import { splitList } from '../../../domain/text';
import type { WorkflowAction } from '../../../domain/workflow';
import { ACTION_FORMS, type ActionField } from './actionForms';

/** What a step's form holds: text per field, a boolean for a checkbox. */
export type ActionValues = Record<string, string | boolean>;

export interface ActionContext {
  staffName(id: string): string;
}

/** Checks what the person typed: required fields and real dates, with Dutch messages per field. */
export function validateActionValues(type: string, values: ActionValues, extraFields: readonly ActionField[] = []): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const field of [...(ACTION_FORMS[type]?.fields ?? []), ...extraFields]) {
    const value = text(values[field.name]);
    if (field.required && value === '') errors[field.name] = field.requiredMessage ?? `Vul „${field.label}” in`;
    else if (field.kind === 'date' && value !== '' && !parseDateOnly(value)) errors[field.name] = 'Vul een geldige datum in, bijvoorbeeld 21-11-2026';
  }
  return errors;
}

/** A checkbox holds a boolean, every other field a string. */
function text(value: string | boolean | undefined): string {
  return typeof value === 'string' ? value.trim() : '';
}

/** Form values → the domain's action. Only call after validateActionValues found nothing. */
export function toAction(type: string, values: ActionValues, context: ActionContext): WorkflowAction {
  const v = (name: string) => text(values[name]);
  switch (type) {
    case 'acknowledge':
    case 'send_further_handling':
    case 'send_response':
      return { type, sentOn: typedDay(v('sentOn')), method: v('method') } as WorkflowAction;
    case 'extend':
      return { type, reason: v('reason'), newDueOn: typedDay(v('newDueOn')), notice: { sentOn: typedDay(v('sentOn')), method: v('method') } } as WorkflowAction;
    case 'record_written_receipt':
      return { type, on: typedDay(v('on')), channel: v('channel') } as WorkflowAction;
    case 'assign_owner':
      return {
        type,
        ownerId: v('ownerId'),
        ownerName: context.staffName(v('ownerId')),
        ...(v('customerContactBy') ? { customerContactBy: v('customerContactBy') } : {}),
      };
    case 'record_judgement':
      return { type, verdict: v('verdict'), reasoning: v('reasoning'), judgedOn: typedDay(v('on')), judges: splitList(v('judges')), judgedById: null } as WorkflowAction;
    case 'record_solution':
      return { type, description: v('description'), agreedRepairOn: typedDay(v('agreedRepairOn')), thirdParty: v('thirdParty') } as WorkflowAction;
    case 'add_corrective_action':
      return {
        type,
        description: v('description'),
        assignee: v('assignee'),
        dueOn: typedDay(v('dueOn')),
        effectivenessCheckDueOn: typedDay(v('effectivenessCheckDueOn')),
      } as WorkflowAction;
    case 'escalate':
      return {
        type,
        bodyId: v('bodyId'),
        receivedOn: typedDay(v('receivedOn')),
        notes: v('notes'),
        skipReason: v('skipReason'),
        solutionDisputed: values.solutionDisputed === true,
      };
    case 'log_contact': {
      const followUpOn = typedDay(v('followUpOn'));
      return {
        type,
        on: typedDay(v('on')),
        kind: v('kind'),
        direction: v('direction'),
        withWhom: v('withWhom'),
        name: v('name'),
        notes: v('notes'),
        ...(followUpOn ? { followUpOn } : {}),
      } as unknown as WorkflowAction;
    }
    case 'assess_seriousness':
      return { type, serious: v('serious') === 'yes', notes: v('notes') };
    case 'add_follow_up':
      return { type, dueOn: typedDay(v('dueOn')), what: v('what') } as WorkflowAction;
    case 'close':
      return { type, on: typedDay(v('on')), openItems: v('openItems') as '', cancelReason: v('cancelReason') };
    default: {
      const action: Record<string, string> = { type };
      for (const field of ACTION_FORMS[type]?.fields ?? []) action[field.name] = field.kind === 'date' ? typedDay(v(field.name)) : v(field.name);
      return action as unknown as WorkflowAction;
    }
  }
}
