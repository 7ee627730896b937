/**
 * The choices for one letter: its type and what that type needs beyond the
 * complaint (a new date, a meeting, questions, a body), with Dutch messages.
 */
import { parseDateOnly, parseDateTime, localDay, toDutchDateInput } from '../../domain/dates';
import type { Complaint } from '../../domain/model';
import type { LetterExtra, LetterType, Letterhead } from '../../letters';
import { format } from 'date-fns';

export interface LetterOptionValues {
  type: LetterType;
  yourReference: string;
  signatoryName: string;
  signatoryFunction: string;
  newDueOn: string;
  reason: string;
  meetingOn: string;
  questions: string;
  bodyId: string;
}

export function initialLetterOptions(type: LetterType, complaint: Complaint, letterhead: Letterhead, actorName: string): LetterOptionValues {
  const extension = complaint.workflow.extension;
  return {
    type,
    yourReference: '',
    signatoryName: letterhead.signatoryName || actorName,
    signatoryFunction: letterhead.signatoryFunction,
    newDueOn: extension ? toDutchDateInput(extension.newDueOn) : '',
    reason: extension?.reason ?? '',
    meetingOn: '',
    questions: '',
    bodyId: '',
  };
}

/** Per field, what is wrong; empty when the letter can be made. */
export function letterOptionErrors(values: LetterOptionValues): Partial<Record<keyof LetterOptionValues, string>> {
  const errors: Partial<Record<keyof LetterOptionValues, string>> = {};
  if (values.type === 'extension') {
    if (!values.newDueOn.trim()) errors.newDueOn = 'Vul de nieuwe uiterste datum in';
    else if (!parseDateOnly(values.newDueOn)) errors.newDueOn = 'Vul een geldige datum in, bijvoorbeeld 21-12-2026';
    if (!values.reason.trim()) errors.reason = 'Schrijf waarom meer tijd nodig is: de klant heeft recht op de reden';
  }
  if (values.type === 'invitation') {
    if (!values.meetingOn.trim()) errors.meetingOn = 'Vul de dag en tijd van het gesprek in';
    else if (!parseDateTime(values.meetingOn) && !parseDateOnly(values.meetingOn)) errors.meetingOn = 'Vul een geldige dag en tijd in, bijvoorbeeld 1-12-2026 14:00';
  }
  if (values.type === 'request_information' && !values.questions.trim()) errors.questions = 'Schrijf welke informatie u nodig hebt';
  if (!values.signatoryName.trim()) errors.signatoryName = 'Vul in wie de brief ondertekent';
  return errors;
}

/** Only call when letterOptionErrors found nothing. */
export function letterExtra(values: LetterOptionValues): LetterExtra {
  const extra: LetterExtra = {};
  if (values.yourReference.trim()) extra.yourReference = values.yourReference.trim();
  if (values.type === 'extension') {
    const day = parseDateOnly(values.newDueOn);
    if (day) extra.newDueOn = localDay(day);
    extra.reason = values.reason.trim();
  }
  if (values.type === 'invitation') {
    const moment = parseDateTime(values.meetingOn);
    const day = parseDateOnly(values.meetingOn);
    if (moment) extra.meetingOn = format(moment, "yyyy-MM-dd'T'HH:mm");
    else if (day) extra.meetingOn = localDay(day);
  }
  if (values.type === 'request_information') extra.questions = values.questions.trim();
  if (values.type === 'referral' && values.bodyId) extra.bodyId = values.bodyId;
  return extra;
}
