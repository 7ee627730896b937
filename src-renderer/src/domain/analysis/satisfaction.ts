/**
 * Satisfaction with the handling over a period's complaints, from the answer
 * each recorded (the shape the satisfaction step stores on a complaint). Pure
 * over plain answers: the repository hands in those of the period.
 */
import { percentOf } from './stats';

export interface SatisfactionAnswer {
  answer: 'given' | 'not_asked' | 'no_answer';
  solved: 'yes' | 'partly' | 'no' | null;
  score: 1 | 2 | 3 | 4 | 5 | null;
}

export interface SatisfactionFigures {
  /** Complaints with an answer recorded, including "not asked" and "no answer". */
  recorded: number;
  notAsked: number;
  noAnswer: number;
  given: number;
  /** Average score (1 to 5) over the answers with a score, one decimal; null without any. */
  average: number | null;
  /** How many answers gave each score, 1 to 5. */
  distribution: [number, number, number, number, number];
  solved: { yes: number; partly: number; no: number };
  /** Solved ("yes") as a share of the answers that said whether it was solved. */
  percentSolved: number | null;
}

export function satisfactionFigures(answers: readonly (SatisfactionAnswer | null | undefined)[]): SatisfactionFigures {
  const figures: SatisfactionFigures = { recorded: 0, notAsked: 0, noAnswer: 0, given: 0, average: null, distribution: [0, 0, 0, 0, 0], solved: { yes: 0, partly: 0, no: 0 }, percentSolved: null };
  let scoreSum = 0;
  let scored = 0;
  for (const answer of answers) {
    if (!answer) continue;
    figures.recorded += 1;
    if (answer.answer === 'not_asked') figures.notAsked += 1;
    else if (answer.answer === 'no_answer') figures.noAnswer += 1;
    else {
      figures.given += 1;
      if (answer.score !== null) {
        figures.distribution[answer.score - 1] = (figures.distribution[answer.score - 1] ?? 0) + 1;
        scoreSum += answer.score;
        scored += 1;
      }
      if (answer.solved !== null) figures.solved[answer.solved] += 1;
    }
  }
  figures.average = scored === 0 ? null : Math.round((scoreSum / scored) * 10) / 10;
  const { yes, partly, no } = figures.solved;
  figures.percentSolved = percentOf(yes, yes + partly + no);
  return figures;
}
