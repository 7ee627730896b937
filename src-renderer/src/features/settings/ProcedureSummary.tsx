import type { EscalationBody, Procedure } from '../../domain/procedure';
import { ESCALATION_CONDITION_LABELS, ESCALATION_KIND_LABELS, formatTerm, JUDGE_LABELS } from '../../domain/procedureText';
import { extensionLimit } from '../../domain/procedures/absent';
import { Facts } from '../card/EditableSection';

/** "stap 2: Mediation (mediation)", with the condition a body sets. */
function bodyLine(body: EscalationBody): string {
  const step = body.stage === undefined ? '' : `stap ${body.stage}: `;
  const condition = body.condition ? `, ${ESCALATION_CONDITION_LABELS[body.condition].toLowerCase()}` : '';
  return `${step}${body.name} (${ESCALATION_KIND_LABELS[body.kind].toLowerCase()})${condition}`;
}

const timesText = (limit: number | null) => (limit === null ? '' : limit === 1 ? ', één keer' : `, ${limit} keer`);

/** The procedure in a few lines, as an office would describe it to a customer. */
export function ProcedureSummary({ procedure }: { procedure: Procedure }) {
  const { terms } = procedure;
  const rows: Array<[string, string]> = [
    ['Ontvangstbevestiging', formatTerm(terms.acknowledge)],
    ['Bericht verdere afhandeling', formatTerm(terms.furtherHandling)],
    ['Schriftelijke reactie', formatTerm(terms.response)],
    [
      'Verlenging',
      terms.extension.allowed
        ? `mogelijk${timesText(extensionLimit(procedure))}${terms.extension.maxExtra ? `, ten hoogste ${formatTerm(terms.extension.maxExtra)}` : ''}${terms.extension.noticeRequired ? ', met schriftelijk bericht' : ''}`
        : 'niet mogelijk',
    ],
    ['Statuscontrole', terms.statusCheckEvery ? `elke ${formatTerm(terms.statusCheckEvery)}` : 'geen'],
    ['Indienen binnen', formatTerm(terms.submissionLimit)],
    ['Bewaren', terms.retention ? `${formatTerm(terms.retention)} na afhandeling` : 'geen termijn'],
    ['Beoordeling door', JUDGE_LABELS[procedure.steps.judgedBy]],
    ['Niet tevreden', procedure.escalations.map(bodyLine).join('; ') || 'geen instanties'],
  ];
  return <Facts rows={rows} />;
}
