/**
 * What sending a letter records. A letter the procedure promises (the
 * acknowledgement, the notice of further handling, the extension notice, the
 * written response) meets its own step and so its deadline; any other letter,
 * or one whose step is already done, is an outgoing contact in the log.
 */
import type { SendMethod } from '../domain/model';
import type { Procedure } from '../domain/procedure';
import type { WorkflowAction, WorkflowActionType } from '../domain/workflow';
import { SEND_METHOD_LABELS } from '../domain/workflowLabels';
import { LETTER_TYPE_LABELS } from './templates';
import type { LetterType } from './types';

/** How a letter goes out: a phone call is not a letter. */
export const LETTER_SEND_METHODS = ['post', 'email', 'handed_over'] as const satisfies readonly SendMethod[];
export type LetterSendMethod = (typeof LETTER_SEND_METHODS)[number];

export interface LetterSending {
  type: LetterType;
  /** yyyy-MM-dd */
  sentOn: string;
  method: LetterSendMethod;
  customerName: string;
  /** For an extension notice: the new date and reason the letter gave. */
  extension?: { newDueOn: string; reason: string };
}

const LETTER_STEP: Partial<Record<LetterType, WorkflowActionType>> = {
  acknowledgement: 'acknowledge',
  further_handling: 'send_further_handling',
  extension: 'extend',
  decision: 'send_response',
};

/**
 * The letter that is the procedure's response to the customer: where that is
 * a closing message (003: "een afsluitende mail met wat is overeengekomen"),
 * the closing letter; elsewhere the decision letter.
 */
export function responseLetterType(procedure: Procedure): LetterType {
  return procedure.steps.closingMessage ? 'closing' : 'decision';
}

/** The workflow step a letter type stands for under this procedure, if any. */
export function letterStep(type: LetterType, procedure: Procedure): WorkflowActionType | undefined {
  return type === responseLetterType(procedure) ? 'send_response' : LETTER_STEP[type];
}

export function letterSentAction(sending: LetterSending, isAllowed: (type: WorkflowActionType) => boolean, procedure: Procedure): WorkflowAction {
  const { type, sentOn, method } = sending;
  const step = letterStep(type, procedure);
  if (step && isAllowed(step)) {
    if (step === 'extend') {
      if (sending.extension?.newDueOn && sending.extension.reason.trim()) {
        return { type: 'extend', reason: sending.extension.reason.trim(), newDueOn: sending.extension.newDueOn, notice: { sentOn, method } };
      }
    } else {
      return { type: step, sentOn, method } as WorkflowAction;
    }
  }
  return {
    type: 'log_contact',
    on: sentOn,
    kind: method === 'email' ? 'email' : 'letter',
    withWhom: 'customer',
    direction: 'out',
    name: sending.customerName,
    notes: `${LETTER_TYPE_LABELS[type]} verstuurd (${SEND_METHOD_LABELS[method].toLowerCase()})`,
  };
}
