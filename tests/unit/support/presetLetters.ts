import { computeDeadlines } from '../../../src-renderer/src/domain/deadlines';
import type { Complaint, Customer } from '../../../src-renderer/src/domain/model';
import type { Procedure } from '../../../src-renderer/src/domain/procedure';
import type { WorkflowAction } from '../../../src-renderer/src/domain/workflow';
import { prepareLetter, SAMPLE_CUSTOMER, SAMPLE_LETTERHEAD, type LetterFormOfAddress, type LetterInput, type LetterType, type Letterhead } from '../../../src-renderer/src/letters';
import { calendar, complaintUnder, Walk } from './workflow';

/**
 * Letters made from a complaint that went through a preset's own steps: the
 * every-letter test checks their text, and tests/tools/letterGallery renders
 * them with LibreOffice for a person to read beside the regeling.
 */

export const CUSTOMER: Customer = { ...SAMPLE_CUSTOMER, id: 'customer-1', name: 'Jan de Vries', salutation: 'heer' };

type Step = (day: string) => WorkflowAction;

/** The course of a complaint, in the order a procedure can take it; a walk takes each step its procedure offers. */
const COURSE: Step[] = [
  (day) => ({ type: 'acknowledge', sentOn: day, method: 'post' }),
  (day) => ({ type: 'send_further_handling', sentOn: day, method: 'post' }),
  () => ({ type: 'assign_owner', ownerId: 'erik', ownerName: 'Erik Zwart', customerContactBy: 'owner' }),
  (day) => ({ type: 'log_contact', on: day, kind: 'meeting', withWhom: 'employee', direction: 'in', name: 'Piet', notes: 'Gehoord over de afspraak' }),
  (day) => ({ type: 'log_contact', on: day, kind: 'phone', withWhom: 'customer', direction: 'out', name: 'Jan de Vries', notes: 'Klacht doorgesproken' }),
  (day) => ({ type: 'record_status_check', on: day, discussed: 'Monteur ingepland', nextStep: '' }),
  (day) => ({ type: 'record_judgement', verdict: 'founded', reasoning: 'De monteur kwam de afspraak niet na.', judgedOn: day, judges: ['Erik Zwart'], judgedById: 'erik' }),
  () => ({ type: 'record_root_cause', rootCause: 'Planning zonder bevestiging' }),
  () => ({ type: 'add_corrective_action', description: 'Afspraken worden een dag vooraf bevestigd', assignee: 'Erik Zwart', dueOn: '2026-06-30', effectivenessCheckDueOn: '' }),
  () => ({ type: 'record_structural_measures', text: 'De planning wordt wekelijks nagelopen.' }),
  () => ({ type: 'record_solution', description: 'De monteur herstelt de verwarming kosteloos', agreedRepairOn: '2026-05-15', thirdParty: '' }),
  (day) => ({ type: 'complete_solution', on: day }),
];

const CLOSING: Step[] = [
  (day) => ({ type: 'send_response', sentOn: day, method: 'post' }),
  (day) => ({ type: 'record_evaluation', on: day, notes: 'Klant tevreden over het verloop' }),
  (day) => ({ type: 'record_customer_agreement', on: day, notes: 'De verwarming werkt weer; de klant is akkoord' }),
  (day) => ({ type: 'close', on: day, openItems: 'keep' }),
];

/** Takes, one working day apart from 4 May 2026, every step of `steps` the procedure allows at that moment. */
function walkThrough(walk: Walk, steps: Step[], from: number): number {
  let day = from;
  for (const step of steps) {
    const on = `2026-05-${String(day).padStart(2, '0')}`;
    const action = step(on);
    if (walk.available(on).some((a) => a.type === action.type && a.allowed)) {
      walk.do(on, action);
      day += 1;
    }
  }
  return day;
}

export interface Stages {
  received: Complaint;
  handled: Complaint;
  closed: Complaint;
  late: Complaint;
}

export function stagesUnder(procedure: Procedure): Stages {
  const walk = new Walk(complaintUnder(procedure, { customerId: CUSTOMER.id }), procedure);
  const received = walk.complaint;
  const next = walkThrough(walk, COURSE, 4);
  const handled = walk.complaint;
  walkThrough(walk, CLOSING, next);
  const late = new Walk(complaintUnder(procedure, { problemArisenOn: '2024-01-10' }), procedure);
  if (late.available('2026-04-27').some((a) => a.type === 'declare_inadmissible' && a.allowed)) {
    late.do('2026-04-27', { type: 'declare_inadmissible', on: '2026-04-27', reason: 'Het probleem ontstond meer dan twaalf maanden voor de klacht.' });
  }
  return { received, handled, closed: walk.complaint, late: late.complaint };
}

/** The stage of the file at which an office makes each letter. */
export const MADE_AT: Record<LetterType, keyof Stages> = {
  request_written: 'received',
  acknowledgement: 'received',
  request_information: 'received',
  invitation: 'received',
  further_handling: 'received',
  extension: 'received',
  decision: 'handled',
  closing: 'closed',
  satisfaction: 'handled',
  inadmissible: 'late',
  referral: 'closed',
};

/** The input of a letter of `type` under `procedure`, from the stage of the walk it is made at and dated on that stage's last step. */
export function presetLetterInput(procedure: Procedure, type: LetterType, form: LetterFormOfAddress, stages = stagesUnder(procedure), letterhead: Letterhead = SAMPLE_LETTERHEAD): LetterInput {
  const complaint = stages[MADE_AT[type]];
  // The day of the stage's last step, so no letter promises a day that has already passed.
  const date = complaint.updatedAt.slice(0, 10);
  return {
    type,
    letterhead: { ...letterhead, formOfAddress: form },
    customer: CUSTOMER,
    complaint,
    procedure,
    deadlines: computeDeadlines(complaint, procedure, calendar, date),
    date,
    extra: { newDueOn: '2026-06-19', reason: 'Het rapport van de fabrikant is er nog niet.', meetingOn: '2026-05-06T14:00', questions: 'Een foto van de ketel.' },
  };
}

/** The letter's text as prepared, its paragraphs joined by blank lines. */
export function presetLetter(procedure: Procedure, type: LetterType, form: LetterFormOfAddress, stages = stagesUnder(procedure)) {
  const prepared = prepareLetter(presetLetterInput(procedure, type, form, stages));
  return { ...prepared, text: prepared.paragraphs.map((lines) => lines.join('\n')).join('\n\n') };
}
