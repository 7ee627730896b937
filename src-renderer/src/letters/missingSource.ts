/**
 * Where a value that a letter still lacks gets filled: a step of the
 * procedure, a part of the card, the letterhead or the procedure's settings.
 * A warning that only says "{oordeel} is empty" leaves the user to guess
 * what to do; this names the step by the label of its button.
 */
import type { Procedure } from '../domain/procedure';
import { hasVerdict } from '../domain/procedures/absent';
import { STEP_LABELS } from '../domain/workflowLabels';

export type MissingPlace = 'step' | 'card' | 'form' | 'letterhead' | 'procedure';

export interface MissingSource {
  place: MissingPlace;
  /** A whole Dutch sentence saying what to do. */
  text: string;
}

const quoted = (labels: readonly string[]) => labels.map((label) => `„${label}”`).join(' of ');

function byStep(labels: readonly string[]): MissingSource {
  return { place: 'step', text: `Wordt ingevuld bij de stap ${quoted(labels)} op de klachtkaart.` };
}

/** The steps that record what was agreed with the customer, as this procedure has them. */
function agreementSteps(procedure: Procedure): string[] {
  const steps: string[] = [];
  if (procedure.steps.customerAgreementBeforeClosing) steps.push(STEP_LABELS.record_customer_agreement);
  if (procedure.steps.informalResolution) steps.push(STEP_LABELS.settle_informally);
  steps.push(STEP_LABELS.record_solution);
  return steps;
}

const CARD_PARTS: Record<string, string> = {
  klant: 'Vul het in bij Klant › Wijzigen op de klachtkaart.',
  klacht: 'Vul het in bij Klachtgegevens › Wijzigen op de klachtkaart.',
};

const FROM_PROCEDURE = new Set(['termijn.ontvangst', 'termijn.reactie', 'termijn.reactie.datum', 'termijn.indienen', 'reactie.toezegging', 'behandeling', 'klacht.indienen', 'niet_tevreden', 'instanties']);

export function missingSource(name: string, procedure: Procedure): MissingSource | undefined {
  if (name === 'oordeel' || name === 'oordeel.motivering') {
    return hasVerdict(procedure) ? byStep([STEP_LABELS.record_judgement]) : { place: 'procedure', text: 'Deze klachtenregeling kent geen oordeel: haal het invulveld uit de brieftekst.' };
  }
  if (name === 'afspraak') return byStep(agreementSteps(procedure));
  if (name === 'niet_ontvankelijk.reden') return byStep([STEP_LABELS.declare_inadmissible]);
  if (name.startsWith('verlenging.')) return { place: 'form', text: `Vul het hierboven in, of leg eerst de stap „${STEP_LABELS.extend}” vast.` };
  if (name === 'gesprek.datum' || name === 'vragen' || name.startsWith('instantie.')) return { place: 'form', text: 'Vul het hierboven in.' };
  if (name.startsWith('kantoor.') || name.startsWith('ondertekenaar.')) return { place: 'letterhead', text: 'Vul het in onder Instellingen › Briefpapier.' };
  if (FROM_PROCEDURE.has(name)) return { place: 'procedure', text: 'De klachtenregeling noemt het niet: vul het aan onder Instellingen › Klachtenregeling en termijnen.' };
  const card = CARD_PARTS[name.split('.')[0] ?? ''];
  return card ? { place: 'card', text: card } : undefined;
}
