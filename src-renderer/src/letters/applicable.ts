/**
 * Which letters a procedure has a use for. A letter type the regeling has no
 * step for would promise what it does not allow (an extension notice under
 * 000) or could never be filled (a referral with no body to refer to).
 */
import type { Procedure } from '../domain/procedure';
import { allowsExtension } from './procedureSentences';
import { LETTER_TYPES, type LetterType } from './types';

const APPLIES: Partial<Record<LetterType, (procedure: Procedure) => boolean>> = {
  request_written: (procedure) => procedure.steps.writtenSubmissionRequired === true,
  extension: allowsExtension,
  // Only a complaint submitted after the procedure's limit can be declared inadmissible.
  inadmissible: (procedure) => procedure.terms.submissionLimit !== null,
  // Management is the office itself, not a body to refer a customer to.
  referral: (procedure) => procedure.escalations.some((body) => body.kind !== 'management'),
};

export function letterTypesFor(procedure: Procedure): LetterType[] {
  return LETTER_TYPES.filter((type) => APPLIES[type]?.(procedure) ?? true);
}
