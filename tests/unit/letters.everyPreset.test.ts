import { describe, expect, it } from 'vitest';
import { computeDeadlines } from '../../src-renderer/src/domain/deadlines';
import type { Complaint, Customer } from '../../src-renderer/src/domain/model';
import type { Procedure } from '../../src-renderer/src/domain/procedure';
import { PROCEDURE_PRESETS } from '../../src-renderer/src/domain/procedures';
import { availableActions, type WorkflowAction } from '../../src-renderer/src/domain/workflow';
import { letterTypesFor, prepareLetter, SAMPLE_CUSTOMER, SAMPLE_LETTERHEAD, type LetterFormOfAddress, type LetterInput, type LetterType } from '../../src-renderer/src/letters';
import { calendar, complaintUnder, Walk } from './support/workflow';

/**
 * Every letter type a preset has a use for, in "u" and in "je", made from a
 * complaint that went through that preset's own steps: no placeholder may be
 * left unfilled or unknown, and no letter may promise what the regeling
 * does not allow.
 */

const CUSTOMER: Customer = { ...SAMPLE_CUSTOMER, id: 'customer-1', name: 'Jan de Vries', salutation: 'heer' };

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
  () => ({ type: 'record_structural_measures', text: 'Geen structurele maatregelen nodig' }),
  () => ({ type: 'record_solution', description: 'De monteur herstelt de verwarming kosteloos', agreedRepairOn: '2026-05-15', thirdParty: '' }),
  (day) => ({ type: 'complete_solution', on: day }),
];

const CLOSING: Step[] = [
  (day) => ({ type: 'send_response', sentOn: day, method: 'post' }),
  (day) => ({ type: 'record_evaluation', on: day, notes: 'Klant tevreden over het verloop' }),
  (day) => ({ type: 'record_customer_agreement', on: day, notes: 'De verwarming werkt weer; de klant is akkoord' }),
  (day) => ({ type: 'close', on: day, openItems: 'keep' }),
];

/** Takes, one working day apart from 27 April 2026, every step of `steps` the procedure allows at that moment. */
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

interface Stages {
  received: Complaint;
  handled: Complaint;
  closed: Complaint;
  late: Complaint;
}

function stagesUnder(procedure: Procedure): Stages {
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
const MADE_AT: Record<LetterType, keyof Stages> = {
  request_written: 'received',
  acknowledgement: 'received',
  request_information: 'received',
  invitation: 'received',
  further_handling: 'received',
  extension: 'received',
  decision: 'handled',
  closing: 'closed',
  inadmissible: 'late',
  referral: 'closed',
};

function letter(procedure: Procedure, type: LetterType, form: LetterFormOfAddress, stages = stagesUnder(procedure)) {
  const complaint = stages[MADE_AT[type]];
  const date = '2026-05-29';
  const input: LetterInput = {
    type,
    letterhead: { ...SAMPLE_LETTERHEAD, formOfAddress: form },
    customer: CUSTOMER,
    complaint,
    procedure,
    deadlines: computeDeadlines(complaint, procedure, calendar, date),
    date,
    extra: { newDueOn: '2026-06-19', reason: 'Het rapport van de fabrikant is er nog niet.', meetingOn: '2026-05-06T14:00', questions: 'Een foto van de ketel.' },
  };
  const prepared = prepareLetter(input);
  return { ...prepared, text: prepared.paragraphs.map((lines) => lines.join('\n')).join('\n\n') };
}

describe('every letter under every preset', () => {
  for (const procedure of PROCEDURE_PRESETS) {
    it(`${procedure.key}: every letter it has a use for, in u and je, is filled from a complaint that went its steps`, () => {
      const stages = stagesUnder(procedure);
      // The walk must really have gone through the procedure, or the letters below prove little.
      expect(stages.closed.status).toBe('closed');
      expect(stages.handled.workflow.solution?.carriedOutOn).toBeTruthy();
      for (const form of ['u', 'je'] as const) {
        for (const type of letterTypesFor(procedure)) {
          const made = letter(procedure, type, form, stages);
          expect({ type, form, unknown: made.unknown, missing: made.missing }).toEqual({ type, form, unknown: [], missing: [] });
          expect(made.text, `${type} in ${form}`).not.toMatch(/\{[a-z0-9_.]+\}/i);
        }
      }
    });
  }
});

const byKey = (key: string): Procedure => {
  const found = PROCEDURE_PRESETS.find((p) => p.key === key);
  if (!found) throw new Error(`preset ${key} missing`);
  return found;
};

describe('letters say what their regeling says', () => {
  it('promise notice of more time only where the procedure allows an extension (000 allows none)', () => {
    const dokh = letter(byKey('zorg-welzijn-dokh'), 'acknowledgement', 'je');
    expect(dokh.text).toContain('Binnen 4 weken na ontvangst, dus uiterlijk op 22 mei 2026, krijg je van ons een schriftelijke reactie.');
    expect(dokh.text).not.toMatch(/meer tijd|nieuwe datum/);
    expect(letterTypesFor(byKey('zorg-welzijn-dokh'))).not.toContain('extension');

    expect(letter(byKey('dienstverlener-klachtencommissie'), 'acknowledgement', 'u').text).toContain('Mocht het meer tijd kosten, dan laten wij u dat vóór die datum weten');
    expect(letter(byKey('zorgaanbieder-wkkgz'), 'acknowledgement', 'u').text).toContain('De termijn wordt dan met ten hoogste 4 weken verlengd.');
  });

  it('promise no response term a procedure never names (004), but contact soon', () => {
    const coordinator = letter(byKey('zorgbedrijf-coordinator'), 'acknowledgement', 'u');
    expect(coordinator.text).toContain('Wij nemen zo snel mogelijk contact met u op om te bespreken hoe wij uw klacht verder afhandelen.');
    expect(coordinator.text).not.toMatch(/schriftelijke reactie|uiterlijk op/);
  });

  it('say who judges as the procedure does: under 003 the owner, with a conversation and a proposal', () => {
    const soleTrader = letter(byKey('eenmanszaak-nrto'), 'further_handling', 'je');
    expect(soleTrader.text).toContain('We behandelen je klacht zelf.');
    expect(soleTrader.text).toContain('daarna doen we je een voorstel om je klacht af te handelen');
    expect(soleTrader.text).not.toContain('niet bij de klacht betrokken');

    const committee = letter(byKey('dienstverlener-klachtencommissie'), 'further_handling', 'u');
    expect(committee.text).toContain('Onze klachtencommissie beoordeelt uw klacht. Daarbij horen wij u en iedereen die in uw klacht wordt genoemd (hoor en wederhoor).');
    const dokh = letter(byKey('zorg-welzijn-dokh'), 'further_handling', 'je');
    expect(dokh.text).toContain('Een medewerker die niet bij de klacht betrokken is, beoordeelt je klacht.');
  });

  it("003's closing mail says what was agreed: the solution, as its regeling has no agreement step", () => {
    const closing = letter(byKey('eenmanszaak-nrto'), 'closing', 'je');
    expect(closing.text).toContain('We hebben het volgende met je afgesproken: De monteur herstelt de verwarming kosteloos');
  });
});
