/**
 * The register is where a measure lives; each complaint it came from carries
 * a copy as one of its corrective actions (same id), so that complaint's
 * terms, checklist, closing rules and letters read it as they always did.
 * These functions keep the two in step both ways: the register writes the
 * copies, and a step on the card that changes a copy (closing settles open
 * measures) is carried back to the register.
 */
import type { Complaint, CorrectiveAction, Measure } from '../model';
import { CHECK_RESULT_LABELS } from './labels';

/** What a check came to, in words: the result, what was done next, and the older free-text outcome. */
export function checkOutcomeText(check: Measure['check']): string {
  if (!check?.checkedOn) return '';
  const parts = [check.result ? CHECK_RESULT_LABELS[check.result] : '', check.notes ?? '', check.followUp ? `vervolg: ${check.followUp}` : ''];
  return parts.filter((part) => part !== '').join('; ');
}

export function correctiveActionOf(measure: Measure): CorrectiveAction {
  return {
    id: measure.id,
    description: measure.description,
    assignee: measure.owner,
    dueOn: measure.dueOn,
    doneOn: measure.status === 'open' ? null : measure.doneOn,
    ...(measure.status === 'cancelled' ? { cancelReason: measure.cancelReason || 'Vervallen' } : {}),
    effectivenessCheckDueOn: measure.check?.dueOn ?? '',
    effectivenessCheckedOn: measure.check?.checkedOn ?? null,
    effectivenessResult: checkOutcomeText(measure.check),
  };
}

/** The complaint's corrective actions as the register has them: its linked measures, oldest first. */
export function withMeasures(complaint: Complaint, linked: readonly Measure[]): Complaint {
  const ordered = [...linked].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  return { ...complaint, workflow: { ...complaint.workflow, correctiveActions: ordered.map(correctiveActionOf) } };
}

/**
 * A corrective action recorded on one complaint before the register existed
 * (or by a card step), as a measure of the register linked to that complaint.
 * Its free-text check outcome is kept as notes: which of effective, partly or
 * not it meant is not guessed.
 */
export function measureFromAction(action: CorrectiveAction, complaint: Pick<Complaint, 'id' | 'workflow' | 'updatedAt'>, nowIso: string): Measure {
  return {
    id: action.id,
    description: action.description,
    causeCategory: '',
    causeText: complaint.workflow.rootCause,
    kind: 'corrective',
    owner: action.assignee,
    dueOn: action.dueOn,
    status: action.doneOn === null ? 'open' : action.cancelReason ? 'cancelled' : 'done',
    doneOn: action.doneOn,
    ...(action.cancelReason ? { cancelReason: action.cancelReason } : {}),
    complaintIds: [complaint.id],
    // A check could be recorded without one planned: its day stands in for the planned one.
    check: action.effectivenessCheckDueOn || action.effectivenessCheckedOn
      ? {
          dueOn: action.effectivenessCheckDueOn || (action.effectivenessCheckedOn ?? ''),
          checkedOn: action.effectivenessCheckedOn,
          checkedBy: '',
          result: null,
          followUp: '',
          ...(action.effectivenessResult ? { notes: action.effectivenessResult } : {}),
        }
      : null,
    createdAt: complaint.updatedAt,
    updatedAt: nowIso,
  };
}

/** A measure with what a card step changed on its copy (carried out, called off at closing); the rest stays the register's. */
export function measureWithActionChanges(measure: Measure, action: CorrectiveAction, nowIso: string): Measure {
  const status = action.doneOn === null ? 'open' : action.cancelReason ? 'cancelled' : 'done';
  const { cancelReason: _dropped, ...rest } = measure;
  const checkedOn = action.effectivenessCheckedOn;
  const check = measure.check
    ? {
        ...measure.check,
        checkedOn,
        ...(checkedOn && action.effectivenessResult !== checkOutcomeText(measure.check) ? { notes: action.effectivenessResult } : {}),
      }
    : action.effectivenessCheckDueOn
      ? { dueOn: action.effectivenessCheckDueOn, checkedOn, checkedBy: '', result: null, followUp: '', ...(action.effectivenessResult ? { notes: action.effectivenessResult } : {}) }
      : null;
  return {
    ...rest,
    description: action.description,
    owner: action.assignee,
    dueOn: action.dueOn,
    status,
    doneOn: action.doneOn,
    ...(action.cancelReason ? { cancelReason: action.cancelReason } : {}),
    check,
    updatedAt: nowIso,
  };
}

/** The actions a step added or changed on the complaint: the ones to carry back to the register. */
export function changedActions(before: readonly CorrectiveAction[], after: readonly CorrectiveAction[]): CorrectiveAction[] {
  const old = new Map(before.map((action) => [action.id, JSON.stringify(action)]));
  return after.filter((action) => old.get(action.id) !== JSON.stringify(action));
}
