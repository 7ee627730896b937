/**
 * The customer's satisfaction, asked at the evaluation or at closing (002 step
 * 3: "bij klager informeren of klacht naar tevredenheid is opgelost"; 004's
 * evaluation; ISO 10002). "Niet gevraagd" and "geen antwoord" are answers too;
 * a later answer replaces an earlier one (asked by letter, answered by phone).
 */
import { SATISFACTION_ANSWERS, SATISFACTION_SCORES, SATISFACTION_SOLVED, SATISFACTION_VIA, type SatisfactionAnswer } from '../../model';
import { satisfactionText } from '../../satisfaction';
import { handlingGap } from '../situation';
import { WorkflowError } from '../errors';
import { firstRefusal, oneOf, optionalText, pastDay, refuse, whileAdmitted, type SpecMap } from '../spec';

export const satisfactionSpecs = {
  record_satisfaction: {
    available: (s) =>
      firstRefusal(s, whileAdmitted, (x) => {
        const gap = handlingGap(x.complaint, x.procedure);
        return gap ? refuse(`Vraag de tevredenheid na de afhandeling: ${gap}`) : null;
      }),
    apply(s, action) {
      const recordedOn = pastDay(s, action.recordedOn, 'recordedOn');
      const answer = oneOf(action.answer, SATISFACTION_ANSWERS, 'answer', 'Kies wat de klant antwoordde');
      const via = oneOf(action.via, SATISFACTION_VIA, 'via', 'Kies hoe de klant antwoordde');
      const given = answer === 'given';
      const solved = given ? oneOf(action.solved, SATISFACTION_SOLVED, 'solved', 'Kies of de klacht volgens de klant is opgelost') : null;
      const score = given ? SATISFACTION_SCORES.find((n) => String(n) === action.score) : null;
      if (given && !score) throw new WorkflowError('Kies hoe tevreden de klant is over de afhandeling (1 tot 5)', 'score');
      const satisfaction: SatisfactionAnswer = { answer, solved, score: score ?? null, comment: optionalText(action.comment), via, recordedOn };
      return { satisfaction, summary: `Tevredenheid: ${satisfactionText(satisfaction)}` };
    },
  },
} satisfies Partial<SpecMap>;
