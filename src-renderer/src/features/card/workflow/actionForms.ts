import { optionsOf, SERIOUSNESS_OPTIONS } from '../../../components/form/options';
import { CHANNEL_LABELS } from '../../../domain/labels';
import {
  CONTACT_KINDS,
  CONTACT_PARTIES,
  CUSTOMER_CONTACT_BY,
  MANAGEMENT_REASONS,
  SATISFACTION_ANSWERS,
  SATISFACTION_SCORES,
  SATISFACTION_SOLVED,
  SATISFACTION_VIA,
  SEND_METHODS,
  VERDICTS,
  WRITTEN_CHANNELS,
} from '../../../domain/model';
import { SATISFACTION_ANSWER_LABELS, SATISFACTION_SCORE_LABELS, SATISFACTION_SOLVED_LABELS, SATISFACTION_VIA_LABELS } from '../../../domain/satisfaction';
import { CUSTOMER_CONTACT_BY_LABELS, MANAGEMENT_REASON_LABELS, SEND_METHOD_LABELS, STEP_LABELS, VERDICT_LABELS } from '../../../domain/workflowLabels';
import { CONTACT_KIND_LABELS, CONTACT_PARTY_LABELS } from '../../../domain/workflow';

export type FieldKind = 'date' | 'text' | 'textarea' | 'select' | 'checkbox';

export interface ActionField {
  name: string;
  label: string;
  kind: FieldKind;
  required?: boolean;
  options?: ReadonlyArray<{ value: string; label: string }>;
  hint?: string;
  /** Takes two columns: a select whose options are long names. */
  wide?: boolean;
  /** Said when a required field is left empty, where the generic "Vul … in" would not say why. */
  requiredMessage?: string;
}

export interface ActionForm {
  /** The button and the form's title. */
  label: string;
  fields: ActionField[];
  /** What the button does, for people who are new to the procedure. */
  hint?: string;
}

/** Asked at the assignment where the procedure agrees it then (004); the card and the desk show the same choice. */
export const CUSTOMER_CONTACT_FIELD: ActionField = {
  name: 'customerContactBy',
  label: 'Wie neemt contact op met de klant?',
  kind: 'select',
  required: true,
  options: [{ value: '', label: 'Kies…' }, ...optionsOf(CUSTOMER_CONTACT_BY, CUSTOMER_CONTACT_BY_LABELS)],
  requiredMessage: 'Kies wie contact opneemt met de klant',
};

/**
 * Asked with a solution only where the procedure agrees a repair term and follows
 * the solution, also by third parties (002, 004); elsewhere (000, 001, 003, Wkkgz)
 * a forced repair date would later show as an overdue term nobody agreed.
 */
export const SOLUTION_FOLLOW_UP_FIELDS: ActionField[] = [
  { name: 'agreedRepairOn', label: 'Afgesproken hersteldatum', kind: 'date', required: true },
  { name: 'thirdParty', label: 'Uitgevoerd door derde (naam)', kind: 'text' },
];

const method: ActionField = {
  name: 'method',
  label: 'Verzonden per',
  kind: 'select',
  options: optionsOf(SEND_METHODS, SEND_METHOD_LABELS),
};
const sentOn: ActionField = { name: 'sentOn', label: 'Verzonden op', kind: 'date', required: true };
const on = (label = 'Datum'): ActionField => ({ name: 'on', label, kind: 'date', required: true });
const text = (name: string, label: string, required = true, hint?: string): ActionField => ({ name, label, kind: 'textarea', required, ...(hint ? { hint } : {}) });

/**
 * The fields each workflow step asks for. Selects whose options come from the
 * complaint (owners, escalation bodies) are filled in by the form itself.
 */
const select = (name: string, label: string, options: NonNullable<ActionField['options']>): ActionField => ({ name, label, kind: 'select', options });

export const ACTION_FORMS: Record<string, ActionForm> = {
  record_written_receipt: {
    label: 'Schriftelijke klacht ontvangen',
    fields: [
      on('Schriftelijk ontvangen op'),
      select('channel', 'Binnengekomen per', optionsOf(WRITTEN_CHANNELS, CHANNEL_LABELS)),
    ],
    hint: 'De klachtenregeling telt alleen een schriftelijke klacht: de termijnen lopen vanaf deze dag.',
  },
  acknowledge: { label: 'Ontvangst bevestigd', fields: [sentOn, method], hint: 'De ontvangstbevestiging is naar de klant verstuurd.' },
  assess_seriousness: {
    label: 'Ernst beoordelen',
    hint: 'Een ernstige klacht, die aanpassing van de werkwijze vraagt, wordt niet bij het eerste contact afgehandeld maar verder in behandeling genomen.',
    fields: [
      {
        name: 'serious',
        label: 'Ernstige klacht?',
        kind: 'select',
        options: SERIOUSNESS_OPTIONS,
      },
      text('notes', 'Toelichting', false),
    ],
  },
  settle_informally: { label: STEP_LABELS.settle_informally, fields: [on(), text('agreement', 'Wat is er afgesproken?')] },
  send_further_handling: { label: 'Bericht verdere afhandeling verstuurd', fields: [sentOn, method] },
  assign_owner: { label: 'Behandelaar toewijzen', fields: [{ name: 'ownerId', label: 'Behandelaar', kind: 'select', required: true, requiredMessage: 'Kies een behandelaar' }] },
  record_status_check: {
    label: 'Statuscontrole vastleggen',
    fields: [on('Datum controle'), text('discussed', 'Wat is besproken?'), text('nextStep', 'Volgende stap', false)],
  },
  report_owner_cannot_handle: {
    label: 'Behandelaar kan het niet afhandelen',
    hint: 'Kan de behandelaar de klacht niet goed afhandelen, dan wordt altijd met de directie overlegd hoe verder te handelen.',
    fields: [on('Gemeld op'), text('notes', 'Waarom lukt het de behandelaar niet?')],
  },
  consult_management: {
    label: 'Overleg met directie vastleggen',
    fields: [
      on('Datum overleg'),
      select('reason', 'Reden', optionsOf(MANAGEMENT_REASONS, MANAGEMENT_REASON_LABELS)),
      text('notes', 'Uitkomst van het overleg'),
    ],
  },
  extend: {
    label: STEP_LABELS.extend,
    fields: [text('reason', 'Reden van verlenging'), { name: 'newDueOn', label: 'Nieuwe uiterste datum', kind: 'date', required: true }, { ...sentOn, label: 'Bericht aan klant verstuurd op' }, method],
  },
  record_judgement: {
    label: STEP_LABELS.record_judgement,
    fields: [
      select('verdict', 'Oordeel', optionsOf(VERDICTS, VERDICT_LABELS)),
      text('reasoning', 'Motivering'),
      on('Datum oordeel'),
      { name: 'judges', label: 'Beoordeeld door', kind: 'text', required: true, hint: 'Bij een commissie: voorzitter en leden, gescheiden door komma’s' },
    ],
  },
  send_response: { label: 'Schriftelijke reactie verstuurd', fields: [sentOn, method] },
  record_solution: {
    label: STEP_LABELS.record_solution,
    fields: [text('description', 'Oplossing')],
  },
  complete_solution: { label: 'Oplossing uitgevoerd', fields: [on('Uitgevoerd op')] },
  add_corrective_action: {
    label: 'Corrigerende maatregel toevoegen',
    fields: [
      text('description', 'Maatregel'),
      { name: 'assignee', label: 'Wie voert uit?', kind: 'text', required: true },
      { name: 'dueOn', label: 'Uiterlijk klaar op', kind: 'date', required: true },
      { name: 'effectivenessCheckDueOn', label: 'Effectiviteit toetsen op', kind: 'date', required: false },
    ],
  },
  record_root_cause: { label: 'Oorzaak vastleggen', fields: [text('rootCause', 'Oorzaak van de klacht')] },
  record_structural_measures: { label: 'Structurele maatregelen vastleggen', fields: [text('text', 'Besluit van de directie over structurele maatregelen')] },
  record_evaluation: { label: 'Evaluatie met klant vastleggen', fields: [on('Datum evaluatie'), text('notes', 'Uitkomst van de evaluatie')] },
  record_customer_agreement: { label: STEP_LABELS.record_customer_agreement, fields: [on('Akkoord gegeven op'), text('notes', 'Toelichting', false)] },
  record_satisfaction: {
    label: 'Tevredenheid vastleggen',
    hint: 'Vraag na de afhandeling of de klacht is opgelost en hoe tevreden de klant is. Niet gevraagd of geen antwoord leggen ook iets vast.',
    fields: [
      { name: 'recordedOn', label: 'Datum', kind: 'date', required: true },
      select('answer', 'Antwoord van de klant', optionsOf(SATISFACTION_ANSWERS, SATISFACTION_ANSWER_LABELS)),
      select('via', 'Gevraagd via', optionsOf(SATISFACTION_VIA, SATISFACTION_VIA_LABELS)),
      select('solved', 'Is de klacht opgelost?', [{ value: '', label: '—' }, ...optionsOf(SATISFACTION_SOLVED, SATISFACTION_SOLVED_LABELS)]),
      select('score', 'Tevredenheid over de afhandeling', [{ value: '', label: '—' }, ...SATISFACTION_SCORES.map((n) => ({ value: String(n), label: SATISFACTION_SCORE_LABELS[n] }))]),
      { name: 'comment', label: 'Opmerking van de klant', kind: 'text', required: false, wide: true },
    ],
  },
  close: { label: 'Dossier sluiten', fields: [on('Gesloten op')] },
  withdraw: { label: 'Klacht ingetrokken', fields: [on(), text('reason', 'Reden')] },
  declare_inadmissible: { label: STEP_LABELS.declare_inadmissible, fields: [on(), text('reason', 'Reden')] },
  accept_late: { label: 'Toch in behandeling nemen', fields: [on(), text('reason', 'Waarom wordt de late klacht toch behandeld?')] },
  reopen: { label: 'Heropenen', fields: [text('reason', 'Reden van heropenen')] },
  escalate: {
    label: 'Escaleren',
    fields: [{ name: 'bodyId', label: 'Naar', kind: 'select', required: true, wide: true }, { name: 'receivedOn', label: 'Ontvangen door instantie op', kind: 'date', required: true }, text('notes', 'Toelichting', false)],
  },
  log_contact: {
    label: 'Contact vastleggen',
    hint: 'Een gesprek, bezoek of bericht: voor hoor en wederhoor en de voortgang in het dossier.',
    fields: [
      on('Datum contact'),
      select('kind', 'Soort contact', optionsOf(CONTACT_KINDS, CONTACT_KIND_LABELS)),
      {
        name: 'direction',
        label: 'Richting',
        kind: 'select',
        options: [
          { value: 'in', label: 'Inkomend (klant of ander nam contact op)' },
          { value: 'out', label: 'Uitgaand (wij namen contact op)' },
        ],
      },
      select('withWhom', 'Met wie', optionsOf(CONTACT_PARTIES, CONTACT_PARTY_LABELS)),
      { name: 'name', label: 'Naam', kind: 'text', required: false },
      text('notes', 'Samenvatting van het contact'),
      { name: 'followUpOn', label: 'Opvolgen op', kind: 'date', required: false, hint: 'Komt bij de termijnen van de klacht' },
    ],
  },
  record_not_heard: {
    label: 'Niet gehoord: reden vastleggen',
    hint: 'Hoor en wederhoor: kon of hoefde een genoemde medewerker niet gehoord te worden, leg dan vast waarom.',
    fields: [{ name: 'name', label: 'Medewerker', kind: 'select', required: true }, text('reason', 'Waarom niet gehoord?')],
  },
  add_note: { label: 'Notitie toevoegen', fields: [text('text', 'Notitie')] },
  add_follow_up: { label: 'Vervolgafspraak toevoegen', fields: [{ name: 'dueOn', label: 'Datum', kind: 'date', required: true }, { name: 'what', label: 'Wat moet er gebeuren?', kind: 'text', required: true }] },
};
