/** Hoor en wederhoor: recording why a named employee was not heard. */
import { WorkflowError } from '../errors';
import { unheardEmployees } from '../hearing';
import { firstRefusal, hide, procedureHas, requiredText, whileNotSettled, whileOpen, type SpecMap } from '../spec';

export const hearingSpecs = {
  record_not_heard: {
    available: (s) =>
      firstRefusal(
        s,
        procedureHas('hearBothSides', 'Deze klachtenregeling kent geen hoor en wederhoor'),
        whileOpen,
        whileNotSettled,
        (x) => (unheardEmployees(x.complaint).length > 0 ? null : hide('Alle genoemde medewerkers zijn gehoord')),
      ),
    apply(s, action) {
      const name = requiredText(action.name, 'name', 'Kies de medewerker die niet gehoord is');
      if (!unheardEmployees(s.complaint).includes(name)) {
        throw new WorkflowError(`${name} is geen genoemde medewerker die nog gehoord moet worden`, 'name');
      }
      const reason = requiredText(action.reason, 'reason', 'Vul in waarom deze medewerker niet gehoord is');
      return {
        workflow: { notHeard: [...(s.workflow.notHeard ?? []), { name, on: s.today, reason }] },
        summary: `Hoor en wederhoor: ${name} niet gehoord, omdat ${reason}`,
      };
    },
  },
} satisfies Partial<SpecMap>;
