/** The customer's satisfaction with the handling (002 step 3, 004's evaluation, ISO 10002): its Dutch words and how it reads. */
import { toDutchDateInput } from './dates';
import type { SatisfactionAnswer } from './model';

export const SATISFACTION_ANSWER_LABELS: Record<SatisfactionAnswer['answer'], string> = {
  given: 'Beantwoord',
  not_asked: 'Niet gevraagd',
  no_answer: 'Geen antwoord',
};

export const SATISFACTION_SOLVED_LABELS: Record<NonNullable<SatisfactionAnswer['solved']>, string> = {
  yes: 'Ja',
  partly: 'Gedeeltelijk',
  no: 'Nee',
};

export const SATISFACTION_SCORE_LABELS: Record<NonNullable<SatisfactionAnswer['score']>, string> = {
  1: '1 — zeer ontevreden',
  2: '2 — ontevreden',
  3: '3 — neutraal',
  4: '4 — tevreden',
  5: '5 — zeer tevreden',
};

export const SATISFACTION_VIA_LABELS: Record<SatisfactionAnswer['via'], string> = {
  phone: 'Telefoon',
  letter: 'Brief',
  form: 'Formulier',
  email: 'E-mail',
  visit: 'Gesprek of bezoek',
};

/** One line for the card and the history: "Opgelost: gedeeltelijk; afhandeling 4 van 5 (telefoon, 14-12-2026): …". */
export function satisfactionText(value: SatisfactionAnswer): string {
  const how = `${SATISFACTION_VIA_LABELS[value.via].toLowerCase()}, ${toDutchDateInput(value.recordedOn) || value.recordedOn}`;
  const said =
    value.answer === 'given'
      ? `Opgelost: ${value.solved ? SATISFACTION_SOLVED_LABELS[value.solved].toLowerCase() : 'onbekend'}; afhandeling ${value.score ?? '?'} van 5`
      : SATISFACTION_ANSWER_LABELS[value.answer];
  return `${said} (${how})${value.comment ? `: ${value.comment}` : ''}`;
}
