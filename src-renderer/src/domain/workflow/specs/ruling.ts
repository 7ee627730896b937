/** Carrying out a body's ruling, where the procedure gives a term for it (003: the NRTO commission's). */
import type { Escalation } from '../../model';
import { rulingTermOf } from '../../procedures/absent';
import { WorkflowError } from '../errors';
import type { Situation } from '../situation';
import { dutchDay, hide, pastDay, whileAdmitted, type SpecMap } from '../spec';

function rulingsToCarryOut(s: Situation): Escalation[] {
  return s.workflow.escalations.filter((e) => e.status === 'decided' && !e.carriedOutOn && rulingTermOf(s.procedure, e.bodyId) !== null);
}

export const rulingSpecs = {
  carry_out_ruling: {
    available: (s) => whileAdmitted(s) ?? (rulingsToCarryOut(s).length > 0 ? null : hide('Er is geen uitspraak die nog moet worden uitgevoerd')),
    apply(s, action) {
      const escalation = rulingsToCarryOut(s).find((e) => e.id === action.escalationId);
      if (!escalation) throw new WorkflowError('Kies een uitspraak die nog moet worden uitgevoerd', 'escalationId');
      const on = pastDay(s, action.on, 'on');
      if (escalation.decidedOn && on < escalation.decidedOn) {
        throw new WorkflowError(`Deze datum ligt vóór de uitspraak van ${escalation.bodyName} (${dutchDay(escalation.decidedOn)})`, 'on');
      }
      return {
        workflow: { escalations: s.workflow.escalations.map((e) => (e === escalation ? { ...e, carriedOutOn: on } : e)) },
        summary: `Uitspraak van ${escalation.bodyName} uitgevoerd op ${dutchDay(on)}`,
      };
    },
  },
} satisfies Partial<SpecMap>;
