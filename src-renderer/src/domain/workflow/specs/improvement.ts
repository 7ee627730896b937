/** Learning from the complaint: root cause, corrective actions checked for effect, structural measures. */
import { newId } from '../../ids';
import type { CorrectiveAction } from '../../model';
import { joinClauses, withoutClosingPunctuation } from '../../sentences';
import { WorkflowError } from '../errors';
import { settledInformally, type Situation } from '../situation';
import {
  dutchDay,
  firstRefusal,
  hide,
  optionalText,
  pastDay,
  plannedDay,
  refuse,
  requiredText,
  whileAdmitted,
  type SpecMap,
} from '../spec';

/** A measure called off at closing is finished too: there is nothing left whose effect could be checked. */
export function correctiveActionFinished(action: CorrectiveAction): boolean {
  return action.doneOn !== null && (action.effectivenessCheckDueOn === '' || action.effectivenessCheckedOn !== null || Boolean(action.cancelReason));
}

/** A day that may be cleared again (null) when it was entered by mistake. */
function dayOrNull(s: Situation, value: string | null | undefined, field: string): string | null | undefined {
  if (value === undefined || value === null) return value;
  return value.trim() === '' ? null : pastDay(s, value, field);
}

function updated(s: Situation, existing: CorrectiveAction, action: { doneOn?: string | null; effectivenessCheckedOn?: string | null; effectivenessResult?: string }) {
  const doneOn = dayOrNull(s, action.doneOn, 'doneOn');
  const checkedOn = dayOrNull(s, action.effectivenessCheckedOn, 'effectivenessCheckedOn');
  const next: CorrectiveAction = {
    ...existing,
    ...(doneOn !== undefined ? { doneOn } : {}),
    ...(checkedOn !== undefined ? { effectivenessCheckedOn: checkedOn } : {}),
    ...(action.effectivenessResult !== undefined ? { effectivenessResult: action.effectivenessResult.trim() } : {}),
  };
  if (next.effectivenessCheckedOn !== null) {
    if (next.doneOn === null) throw new WorkflowError('Toets de effectiviteit pas als de maatregel is uitgevoerd', 'effectivenessCheckedOn');
    if (next.effectivenessCheckedOn < next.doneOn) {
      throw new WorkflowError(`De toets kan niet vóór de uitvoering (${dutchDay(next.doneOn)}) zijn gedaan`, 'effectivenessCheckedOn');
    }
    if (next.effectivenessResult === '') throw new WorkflowError('Beschrijf de uitkomst van de toets', 'effectivenessResult');
  }
  return next;
}

function updateText(before: CorrectiveAction, after: CorrectiveAction): string {
  const parts: string[] = [];
  if (after.doneOn !== before.doneOn) parts.push(after.doneOn ? `uitgevoerd op ${dutchDay(after.doneOn)}` : 'toch nog niet uitgevoerd');
  if (after.effectivenessCheckedOn !== before.effectivenessCheckedOn || after.effectivenessResult !== before.effectivenessResult) {
    parts.push(after.effectivenessCheckedOn ? `effectiviteit getoetst op ${dutchDay(after.effectivenessCheckedOn)}: ${after.effectivenessResult}` : 'toets gewist');
  }
  return `Corrigerende maatregel „${withoutClosingPunctuation(after.description)}”: ${joinClauses(parts)}`;
}

export const improvementSpecs = {
  record_root_cause: {
    available: whileAdmitted,
    apply(_s, action) {
      const rootCause = requiredText(action.rootCause, 'rootCause', 'Beschrijf de oorzaak van de klacht');
      return { workflow: { rootCause }, summary: `Oorzaak: ${rootCause}` };
    },
  },

  add_corrective_action: {
    available: whileAdmitted,
    apply(s, action) {
      const description = requiredText(action.description, 'description', 'Beschrijf de maatregel');
      const assignee = requiredText(action.assignee, 'assignee', 'Vul in wie de maatregel uitvoert');
      const dueOn = plannedDay(s, action.dueOn, 'dueOn');
      const checkDue = optionalText(action.effectivenessCheckDueOn);
      const effectivenessCheckDueOn = checkDue === '' ? '' : plannedDay(s, checkDue, 'effectivenessCheckDueOn');
      if (effectivenessCheckDueOn !== '' && effectivenessCheckDueOn < dueOn) {
        throw new WorkflowError('Toets de effectiviteit na de uitvoering van de maatregel', 'effectivenessCheckDueOn');
      }
      const added: CorrectiveAction = {
        id: newId(),
        description,
        assignee,
        dueOn,
        doneOn: null,
        effectivenessCheckDueOn,
        effectivenessCheckedOn: null,
        effectivenessResult: '',
      };
      const check = effectivenessCheckDueOn ? `, effectiviteit toetsen op ${dutchDay(effectivenessCheckDueOn)}` : '';
      return {
        workflow: { correctiveActions: [...s.workflow.correctiveActions, added] },
        summary: `Corrigerende maatregel: ${description} (${assignee}, uiterlijk ${dutchDay(dueOn)}${check})`,
      };
    },
  },

  update_corrective_action: {
    available: (s) =>
      firstRefusal(s, whileAdmitted, (x) =>
        x.workflow.correctiveActions.some((a) => !correctiveActionFinished(a)) ? null : hide('Er staat geen corrigerende maatregel open'),
      ),
    apply(s, action) {
      const existing = s.workflow.correctiveActions.find((a) => a.id === action.id);
      if (!existing) throw new WorkflowError('Deze corrigerende maatregel bestaat niet (meer)', 'id');
      const next = updated(s, existing, action);
      if (JSON.stringify(next) === JSON.stringify(existing)) throw new WorkflowError('Er is niets gewijzigd aan de maatregel');
      return {
        workflow: { correctiveActions: s.workflow.correctiveActions.map((a) => (a === existing ? next : a)) },
        summary: updateText(existing, next),
      };
    },
  },

  record_structural_measures: {
    available: (s) =>
      firstRefusal(s, whileAdmitted, (x) =>
        x.workflow.judgement || settledInformally(x.workflow)
          ? null
          : refuse('Structurele maatregelen worden na de afhandeling van de klacht overwogen: leg eerst het oordeel vast'),
      ),
    apply(_s, action) {
      const structuralMeasures = requiredText(action.text, 'text', 'Vul in welke maatregelen de directie neemt (of waarom geen)');
      return { workflow: { structuralMeasures }, summary: `Structurele maatregelen: ${structuralMeasures}` };
    },
  },
} satisfies Partial<SpecMap>;
