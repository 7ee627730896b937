import type { FieldPath, UseFormReturn } from 'react-hook-form';
import { errorAt } from '../../components/form/errorAt';
import { FieldMessages } from '../../components/FieldMessages';
import { TERM_UNIT_LABELS } from '../../domain/procedureText';
import { TERM_UNITS } from '../../domain/procedure';
import type { ProcedureFormValues } from './procedureForm';

interface Props {
  form: UseFormReturn<ProcedureFormValues>;
  /** Path of a TermField in the form, e.g. "terms.acknowledge". */
  path: string;
  legend: string;
  hint?: string;
}

/** One term: whether it applies, how many, and in which unit. */
export function TermFields({ form, path, legend, hint }: Props) {
  const id = `term-${path.replace(/\./g, '-')}`;
  const enabled = form.watch(`${path}.enabled` as FieldPath<ProcedureFormValues>) as unknown as boolean;
  const error = errorAt(form.formState.errors, `${path}.amount`) ?? errorAt(form.formState.errors, path);
  return (
    <fieldset className={`term${error ? ' has-error' : ''}`} aria-describedby={error ? `${id}-error` : hint ? `${id}-hint` : undefined}>
      <legend>{legend}</legend>
      <label className="inline">
        <input type="checkbox" {...form.register(`${path}.enabled` as FieldPath<ProcedureFormValues>)} /> Termijn geldt
      </label>
      <label htmlFor={`${id}-amount`} className="mini">
        Aantal
      </label>
      <input
        id={`${id}-amount`}
        className="amount"
        inputMode="numeric"
        disabled={!enabled}
        aria-invalid={Boolean(error)}
        {...form.register(`${path}.amount` as FieldPath<ProcedureFormValues>)}
      />
      <label htmlFor={`${id}-unit`} className="mini">
        Eenheid
      </label>
      <select id={`${id}-unit`} disabled={!enabled} {...form.register(`${path}.unit` as FieldPath<ProcedureFormValues>)}>
        {TERM_UNITS.map((unit) => (
          <option key={unit} value={unit}>
            {TERM_UNIT_LABELS[unit]}
          </option>
        ))}
      </select>
      <FieldMessages id={id} error={error} hint={hint} />
    </fieldset>
  );
}
