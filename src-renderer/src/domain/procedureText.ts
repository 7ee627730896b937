import type { EscalationCondition, EscalationKind, Judge, Term, TermUnit } from './procedure';

const UNIT_WORDS: Record<TermUnit, [singular: string, plural: string]> = {
  working_days: ['werkdag', 'werkdagen'],
  days: ['dag', 'dagen'],
  weeks: ['week', 'weken'],
  months: ['maand', 'maanden'],
  years: ['jaar', 'jaar'],
};

/** "2 werkdagen", "4 weken", "1 jaar"; "geen termijn" when the procedure sets none. */
export function formatTerm(term: Term | null): string {
  if (!term) return 'geen termijn';
  const [singular, plural] = UNIT_WORDS[term.unit];
  return `${term.amount} ${term.amount === 1 ? singular : plural}`;
}

export const TERM_UNIT_LABELS: Record<TermUnit, string> = {
  working_days: 'werkdagen',
  days: 'kalenderdagen',
  weeks: 'weken',
  months: 'maanden',
  years: 'jaar',
};

export const ESCALATION_KIND_LABELS: Record<EscalationKind, string> = {
  management: 'Directie',
  complaints_officer: 'Externe klachtenfunctionaris',
  appeal_committee: 'Beroepscommissie',
  dispute_body: 'Geschilleninstantie',
  independent_third_party: 'Onafhankelijke derde',
  external_committee: 'Externe klachtencommissie',
  mediation: 'Mediation',
  arbitration: 'Arbitrage',
  court: 'Rechter',
};

export const ESCALATION_CONDITION_LABELS: Record<EscalationCondition, string> = {
  unfounded_or_solution_disputed: 'Alleen na een ongegrond oordeel of als de klant het oneens is met de oplossing',
};

export const JUDGE_LABELS: Record<Judge, string> = {
  uninvolved_employee: 'Een medewerker die niet bij de klacht betrokken is',
  committee: 'De klachtencommissie (voorzitter en leden)',
  owner: 'De eigenaar van het bedrijf',
  complaints_officer: 'Een onafhankelijke klachtenfunctionaris',
};
