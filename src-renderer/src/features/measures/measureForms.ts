/** The register's forms as fields, shown by the card's step form (ActionForm), and their values as the repository's input. */
import { optionsOf } from '../../components/form/options';
import { typedDay } from '../../domain/dates';
import { CHECK_RESULT_LABELS, MEASURE_KIND_LABELS, type CheckInput, type MeasureInput } from '../../domain/measures';
import { CHECK_RESULTS, MEASURE_KINDS, type CheckResult, type MeasureKind } from '../../domain/model';
import type { ActionForm } from '../card/workflow/actionForms';
import type { ActionValues } from '../card/workflow/toAction';

const choose = { value: '', label: 'Kies…' };

export function addMeasureForm(causes: readonly string[]): ActionForm {
  return {
    label: 'Maatregel toevoegen',
    hint: 'Komt in het maatregelenregister; koppel hem later ook aan andere klachten met dezelfde oorzaak.',
    fields: [
      { name: 'description', label: 'Maatregel', kind: 'text', required: true, wide: true },
      { name: 'kind', label: 'Soort maatregel', kind: 'select', required: true, options: [choose, ...optionsOf(MEASURE_KINDS, MEASURE_KIND_LABELS)] },
      { name: 'causeCategory', label: 'Oorzaak', kind: 'select', required: true, options: [choose, ...causes.map((cause) => ({ value: cause, label: cause }))] },
      { name: 'causeText', label: 'Toelichting op de oorzaak', kind: 'text', required: false, wide: true },
      { name: 'owner', label: 'Wie voert uit?', kind: 'text', required: true },
      { name: 'dueOn', label: 'Uiterlijk klaar op', kind: 'date', required: true },
      { name: 'checkDueOn', label: 'Effectiviteit toetsen op', kind: 'date', required: false },
    ],
  };
}

export const CHECK_FORM: ActionForm = {
  label: 'Effectiviteit toetsen',
  fields: [
    { name: 'checkedOn', label: 'Getoetst op', kind: 'date', required: true },
    { name: 'checkedBy', label: 'Getoetst door', kind: 'text', required: true },
    { name: 'result', label: 'Uitkomst', kind: 'select', required: true, options: [choose, ...optionsOf(CHECK_RESULTS, CHECK_RESULT_LABELS)] },
    { name: 'followUp', label: 'Wat gebeurt er nu?', kind: 'text', required: false, wide: true, hint: 'Nodig als de maatregel niet (helemaal) werkte' },
  ],
};

const value = (values: ActionValues, name: string) => (typeof values[name] === 'string' ? (values[name] as string) : '');

export function measureInputOf(values: ActionValues, complaintIds: string[]): MeasureInput {
  return {
    description: value(values, 'description'),
    kind: value(values, 'kind') as MeasureKind | '',
    causeCategory: value(values, 'causeCategory'),
    causeText: value(values, 'causeText'),
    owner: value(values, 'owner'),
    dueOn: typedDay(value(values, 'dueOn')),
    checkDueOn: typedDay(value(values, 'checkDueOn')),
    complaintIds,
  };
}

export function checkInputOf(values: ActionValues): CheckInput {
  return {
    checkedOn: typedDay(value(values, 'checkedOn')),
    checkedBy: value(values, 'checkedBy'),
    result: value(values, 'result') as CheckResult | '',
    followUp: value(values, 'followUp'),
  };
}
