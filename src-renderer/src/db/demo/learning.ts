/**
 * What the demo office learnt from its complaints: each corrective action of
 * a demo complaint as a measure of the register (now and then one measure for
 * two complaints with the same cause), checks with a result, and the
 * customer's satisfaction on handled files. Drawn from a random stream of its
 * own, so every seed's complaints stay as they were.
 */
import { correctiveActionOf, DEFAULT_CAUSE_CATEGORIES, measureFromAction } from '../../domain/measures';
import type { CheckResult, Complaint, Measure, MeasureKind, SatisfactionAnswer } from '../../domain/model';
import { SATISFACTION_VIA } from '../../domain/model';
import { Random } from './random';

const KINDS: readonly (readonly [MeasureKind, number])[] = [['corrective', 60], ['preventive', 20], ['correction', 10], ['structural', 10]];
const RESULTS: readonly (readonly [CheckResult, number])[] = [['effective', 70], ['partly', 20], ['not', 10]];
const COMMENTS = ['Netjes opgelost', 'Duurde wel lang', 'Fijn dat er werd teruggebeld', 'Had liever eerder gehoord', ''];
const HANDLED = new Set(['resolved', 'evaluated', 'closed']);

export class DemoLearning {
  private readonly random: Random;
  /** The last open measure per cause: a later complaint with that cause may share it. */
  private readonly openByCause = new Map<string, Measure>();

  constructor(seed: number) {
    this.random = new Random(seed * 104729 + 17);
  }

  /** The complaint with its copies and satisfaction as the register has them, and the measures it added to the batch (shared ones are updated in place). */
  learn(complaint: Complaint, measures: Measure[]): Complaint {
    const r = this.random;
    const copies = complaint.workflow.correctiveActions.map((action) => {
      const cause = r.pick(DEFAULT_CAUSE_CATEGORIES);
      const shared = this.openByCause.get(cause);
      // Only a measure of this batch: one written in an earlier transaction is not written again.
      if (shared && measures.includes(shared) && action.doneOn === null && r.chance(0.25)) {
        shared.complaintIds.push(complaint.id);
        return correctiveActionOf(shared);
      }
      const measure = { ...measureFromAction(action, complaint, complaint.updatedAt), causeCategory: cause, kind: r.weighted(KINDS) };
      if (measure.check?.checkedOn) {
        const { notes: _words, ...check } = measure.check;
        const result = r.weighted(RESULTS);
        measure.check = { ...check, result, checkedBy: action.assignee, followUp: result === 'effective' ? '' : 'Werkinstructie opnieuw besproken in het werkoverleg' };
      }
      measures.push(measure);
      if (measure.status === 'open') this.openByCause.set(cause, measure);
      return correctiveActionOf(measure);
    });
    return { ...complaint, workflow: { ...complaint.workflow, correctiveActions: copies }, satisfaction: this.satisfaction(complaint) };
  }

  private satisfaction(complaint: Complaint): SatisfactionAnswer | null {
    const r = this.random;
    const on = complaint.workflow.evaluation?.on ?? complaint.workflow.closedOn;
    if (!HANDLED.has(complaint.status) || !on || r.chance(0.2)) return null;
    const answer = r.weighted([['given', 70], ['not_asked', 15], ['no_answer', 15]] as const);
    const via = r.pick(SATISFACTION_VIA);
    if (answer !== 'given') return { answer, solved: null, score: null, comment: '', via, recordedOn: on };
    const score = r.weighted([[5, 30], [4, 35], [3, 18], [2, 10], [1, 7]] as const);
    const solved = score >= 4 ? r.weighted([['yes', 85], ['partly', 15]] as const) : r.weighted([['yes', 20], ['partly', 45], ['no', 35]] as const);
    return { answer, solved, score, comment: r.pick(COMMENTS), via, recordedOn: on };
  }
}
