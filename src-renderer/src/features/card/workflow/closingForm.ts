import type { ComplaintWorkflow } from '../../../domain/model';
import { openItemsAtClosing } from '../../../domain/workflow';
import type { ActionField } from './actionForms';
import type { ActionValues } from './toAction';
import { followUpWhat } from '../../../domain/followUp';

const CHOICES = [
  { value: '', label: 'Kies…' },
  { value: 'done', label: 'Als gedaan afsluiten' },
  { value: 'cancel', label: 'Laten vervallen (met reden)' },
  { value: 'keep', label: 'Laten doorlopen na het sluiten' },
];

/**
 * Closing asks what becomes of follow-ups and measures still open, and why
 * they are called off when they are: only when there are any.
 */
export function closingExtraFields(workflow: ComplaintWorkflow): ((values: ActionValues) => ActionField[]) | undefined {
  const open = openItemsAtClosing(workflow);
  const count = open.followUps.length + open.actions.length;
  if (count === 0) return undefined;
  const names = [...open.followUps.map(followUpWhat), ...open.actions.map((a) => a.description)].join('; ');
  return (values) => [
    {
      name: 'openItems',
      label: `Open vervolgafspraken en maatregelen (${count})`,
      kind: 'select',
      options: CHOICES,
      required: true,
      requiredMessage: 'Kies wat er gebeurt met de open vervolgafspraken en maatregelen',
      hint: names,
      wide: true,
    },
    ...(values.openItems === 'cancel'
      ? [{ name: 'cancelReason', label: 'Waarom vervallen ze?', kind: 'textarea', required: true, requiredMessage: 'Vul in waarom ze vervallen' } satisfies ActionField]
      : []),
  ];
}
