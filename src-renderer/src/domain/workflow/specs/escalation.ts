/** Escalations to the bodies the procedure names: each with its own term, running from its receipt. */
import { newId } from '../../ids';
import type { Escalation } from '../../model';
import type { TermExtension } from '../../procedure';
import { EXTENSION_WITH_NOTICE } from '../../procedures/presetParts';
import { WorkflowError } from '../errors';
import { openEscalations, type Situation } from '../situation';
import {
  dutchDay,
  firstRefusal,
  hide,
  optionalText,
  pastDay,
  plannedDay,
  requiredText,
  whileAdmitted,
  withinMaxExtra,
  type SpecMap,
} from '../spec';
import { COMPLETION_CLEARED } from './closing';
import { checkCondition, ESCALATION_GROUND_TEXTS, skippedBodies, skippedText, skipReasonMissing } from '../escalationOrder';

function openEscalation(s: Situation, id: string): Escalation {
  const escalation = openEscalations(s.workflow).find((e) => e.id === id);
  if (!escalation) throw new WorkflowError('Deze escalatie bestaat niet of is al afgerond', 'escalationId');
  return escalation;
}

function replaced(s: Situation, escalation: Escalation, next: Escalation): Escalation[] {
  return s.workflow.escalations.map((e) => (e === escalation ? next : e));
}

/** The day the body must decide by: its extended term when it took more time. */
export function escalationDueOn(escalation: Escalation): string | null {
  return escalation.extension?.newDueOn ?? escalation.dueOn;
}

/** The body's own extension rule; a body without one may take more time, with notice (the appeal committee's "in de regel"). */
function extensionOf(s: Situation, escalation: Escalation): TermExtension {
  const body = s.procedure.escalations.find((b) => b.id === escalation.bodyId);
  return body?.extension ?? EXTENSION_WITH_NOTICE;
}

const bodyFree = (s: Situation) => {
  const busy = new Set(openEscalations(s.workflow).map((e) => e.bodyId));
  return s.procedure.escalations.some((body) => !busy.has(body.id)) ? null : hide('Bij elke instantie loopt al een escalatie');
};

export const escalationSpecs = {
  escalate: {
    available: (s) =>
      firstRefusal(
        s,
        (x) => (x.procedure.escalations.length > 0 ? null : hide('Deze klachtenregeling noemt geen instantie om naar te escaleren')),
        whileAdmitted,
        bodyFree,
      ),
    apply(s, action) {
      const body = s.procedure.escalations.find((b) => b.id === action.bodyId);
      if (!body) throw new WorkflowError('Kies een instantie uit de klachtenregeling van deze klacht', 'bodyId');
      if (openEscalations(s.workflow).some((e) => e.bodyId === body.id)) {
        throw new WorkflowError(`Er loopt al een escalatie bij ${body.name}`, 'bodyId');
      }
      const condition = checkCondition(body, s.workflow, action.solutionDisputed === true);
      if (condition.refusal !== null) throw new WorkflowError(condition.refusal, 'bodyId');
      const passedOver = skippedBodies(s.procedure, s.workflow, body);
      const skipped =
        passedOver.length > 0
          ? { bodyNames: passedOver.map((b) => b.name), reason: requiredText(action.skipReason, 'skipReason', skipReasonMissing(passedOver)) }
          : null;
      const receivedOn = pastDay(s, action.receivedOn, 'receivedOn');
      const dueOn = body.decisionTerm ? s.calendar.dueDay(receivedOn, body.decisionTerm) : null;
      const escalation: Escalation = {
        id: newId(),
        bodyId: body.id,
        bodyKind: body.kind,
        bodyName: body.name,
        receivedOn,
        dueOn,
        status: 'open',
        extension: null,
        decidedOn: null,
        outcome: '',
        notes: optionalText(action.notes),
        ...(skipped ? { skipped } : {}),
        ...(condition.ground ? { ground: condition.ground } : {}),
      };
      // An appeal after closing opens the file again: it is handled anew once the body has decided.
      const reopens = s.complaint.status === 'closed';
      return {
        workflow: { escalations: [...s.workflow.escalations, escalation], ...(reopens ? COMPLETION_CLEARED : {}) },
        ...(reopens ? { to: 'in_progress' as const } : {}),
        summary: [
          `Geëscaleerd naar ${body.name}, ontvangen op ${dutchDay(receivedOn)}`,
          ...(dueOn ? [`beslissing uiterlijk ${dutchDay(dueOn)}`] : []),
          ...(condition.ground ? [`grond: ${ESCALATION_GROUND_TEXTS[condition.ground]}`] : []),
          ...(skipped ? [skippedText(skipped)] : []),
        ].join('; '),
        eventType: 'escalated',
      };
    },
  },

  extend_escalation: {
    available: (s) =>
      openEscalations(s.workflow).some((e) => e.dueOn !== null && e.extension === null && extensionOf(s, e).allowed)
        ? null
        : hide('Er loopt geen escalatie met een termijn die nog verlengd kan worden'),
    apply(s, action) {
      const escalation = openEscalation(s, action.escalationId);
      const dueOn = escalation.dueOn;
      if (dueOn === null) throw new WorkflowError(`${escalation.bodyName} heeft geen termijn om te verlengen`, 'escalationId');
      if (escalation.extension) throw new WorkflowError('Deze termijn is al verlengd', 'escalationId');
      const reason = requiredText(action.reason, 'reason', 'Vul in waarom de instantie meer tijd nodig heeft');
      const { allowed, maxExtra, noticeRequired } = extensionOf(s, escalation);
      if (!allowed) throw new WorkflowError(`De termijn van ${escalation.bodyName} kan niet worden verlengd`, 'escalationId');
      const newDueOn = plannedDay(s, action.newDueOn, 'newDueOn');
      if (newDueOn <= dueOn) throw new WorkflowError(`De nieuwe datum moet na ${dutchDay(dueOn)} liggen`, 'newDueOn');
      withinMaxExtra(s, dueOn, newDueOn, maxExtra);
      const noticeSentOn = pastDay(s, action.noticeSentOn, 'noticeSentOn');
      if (noticeRequired && noticeSentOn > dueOn) {
        throw new WorkflowError(`Het bericht aan de klant moest binnen de termijn, uiterlijk ${dutchDay(dueOn)}, worden verstuurd`, 'noticeSentOn');
      }
      const next = { ...escalation, extension: { newDueOn, reason, noticeSentOn } };
      return {
        workflow: { escalations: replaced(s, escalation, next) },
        summary: `Termijn van ${escalation.bodyName} verlengd tot ${dutchDay(newDueOn)}: ${reason}`,
        eventType: 'deadline_extended',
      };
    },
  },

  decide_escalation: {
    available: (s) => (openEscalations(s.workflow).length > 0 ? null : hide('Er loopt geen escalatie')),
    apply(s, action) {
      const escalation = openEscalation(s, action.escalationId);
      const decidedOn = pastDay(s, action.decidedOn, 'decidedOn');
      if (decidedOn < escalation.receivedOn) {
        throw new WorkflowError(`Deze datum ligt vóór de ontvangst door ${escalation.bodyName} (${dutchDay(escalation.receivedOn)})`, 'decidedOn');
      }
      const withdrawn = action.withdrawn === true;
      const outcome = withdrawn
        ? optionalText(action.outcome)
        : requiredText(action.outcome, 'outcome', `Vul de beslissing van ${escalation.bodyName} in`);
      const next: Escalation = { ...escalation, status: withdrawn ? 'withdrawn' : 'decided', decidedOn, outcome };
      return {
        workflow: { escalations: replaced(s, escalation, next) },
        summary: withdrawn
          ? `Escalatie bij ${escalation.bodyName} ingetrokken${outcome ? `: ${outcome}` : ''}`
          : `Beslissing van ${escalation.bodyName} op ${dutchDay(decidedOn)}: ${outcome}`,
      };
    },
  },
} satisfies Partial<SpecMap>;
