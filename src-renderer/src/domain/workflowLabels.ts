import type { ContactDirection, ContactKind, ContactParty, CustomerContactBy, DeadlineKind, ManagementReason, SendMethod, Verdict } from './model';

export const VERDICT_LABELS: Record<Verdict, string> = {
  founded: 'Gegrond',
  partly_founded: 'Deels gegrond',
  unfounded: 'Ongegrond',
};

export const SEND_METHOD_LABELS: Record<SendMethod, string> = {
  post: 'Post',
  email: 'E-mail',
  handed_over: 'Persoonlijk overhandigd',
  phone: 'Telefonisch',
};

export const MANAGEMENT_REASON_LABELS: Record<ManagementReason, string> = {
  material_interest: 'Materieel of financieel belang',
  owner_cannot_handle: 'Behandelaar kan de klacht niet goed afhandelen',
  other: 'Anders',
};

export const CUSTOMER_CONTACT_BY_LABELS: Record<CustomerContactBy, string> = {
  owner: 'De behandelaar',
  coordinator: 'De coördinator klachten',
};

export const DEADLINE_KIND_LABELS: Record<DeadlineKind, string> = {
  acknowledgement: 'Ontvangstbevestiging',
  further_handling: 'Bericht verdere afhandeling',
  response: 'Schriftelijke reactie',
  extension_notice: 'Bericht verlenging',
  extended_response: 'Reactie na verlenging',
  status_check: 'Statuscontrole',
  follow_up: 'Vervolgafspraak',
  repair: 'Hersteldatum',
  corrective_action: 'Corrigerende maatregel',
  effectiveness_check: 'Effectiviteitstoets',
  escalation: 'Besluit instantie',
  ruling_compliance: 'Uitspraak uitvoeren',
  retention: 'Bewaren tot',
};

export const CONTACT_KIND_LABELS: Record<ContactKind, string> = {
  phone: 'Telefoongesprek',
  email: 'E-mail',
  letter: 'Brief',
  meeting: 'Gesprek op kantoor',
  visit: 'Bezoek ter plaatse',
  home_visit: 'Huisbezoek',
  internal: 'Intern overleg',
};

export const CONTACT_DIRECTION_LABELS: Record<ContactDirection, string> = {
  in: 'Inkomend',
  out: 'Uitgaand',
};

export const CONTACT_PARTY_LABELS: Record<ContactParty, string> = {
  customer: 'Klant',
  employee: 'Medewerker',
  third_party: 'Derde',
};

/**
 * The names of the workflow steps that fill a letter's values: the card's step
 * buttons and the letter's warning about a value still missing say the same.
 */
export const STEP_LABELS = {
  extend: 'Termijn verlengen',
  record_judgement: 'Oordeel vastleggen',
  record_solution: 'Oplossing afspreken',
  settle_informally: 'Direct opgelost',
  record_customer_agreement: 'Akkoord van klant vastleggen',
  declare_inadmissible: 'Niet-ontvankelijk verklaren',
} as const;
