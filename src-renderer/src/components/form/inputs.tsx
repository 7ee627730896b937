import type { ChangeEvent, InputHTMLAttributes } from 'react';
import type { FieldPath, FieldValues, UseFormReturn } from 'react-hook-form';
import { Field } from '../Field';
import { errorAt } from './errorAt';
import { DEFAULT_LINE_MAX, DEFAULT_TEXT_MAX, LONG_PASTE, refuseLongPaste } from './longPaste';
import { LengthCounter } from './LengthCounter';

interface BaseProps<T extends FieldValues> {
  form: UseFormReturn<T>;
  name: FieldPath<T>;
  label: string;
  required?: boolean;
  hint?: string;
  className?: string;
  onChange?: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) => void;
}

function fieldId(name: string): string {
  return `f-${name.replace(/\./g, '-')}`;
}

/**
 * The length limit of a text field: maxLength stops typing at the limit, a
 * longer paste is refused with a message beside the field, and the next edit
 * takes that message away again.
 */
function lengthLimit<T extends FieldValues>(form: UseFormReturn<T>, name: FieldPath<T>, max: number, onChange?: BaseProps<T>['onChange']) {
  return {
    maxLength: max,
    onPaste: refuseLongPaste(max, (message) => form.setError(name, { type: LONG_PASTE, message })),
    ...form.register(name, {
      onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) => {
        if (form.getFieldState(name).error?.type === LONG_PASTE) form.clearErrors(name);
        onChange?.(event);
      },
    }),
  };
}

export function TextInput<T extends FieldValues>({
  form,
  name,
  label,
  required,
  hint,
  className,
  onChange,
  type = 'text',
  autoComplete = 'off',
  inputMode,
  list,
  maxLength,
  combobox,
}: BaseProps<T> & {
  type?: 'text' | 'email' | 'tel' | 'date' | 'datetime-local' | 'url' | 'password';
  autoComplete?: string;
  inputMode?: 'text' | 'tel' | 'email' | 'numeric';
  list?: string;
  maxLength?: number;
  /** The field offers a list of suggestions (role, aria-expanded, aria-activedescendant, its keys). */
  combobox?: Pick<InputHTMLAttributes<HTMLInputElement>, 'role' | 'aria-expanded' | 'aria-controls' | 'aria-autocomplete' | 'aria-activedescendant' | 'onKeyDown'>;
}) {
  const error = errorAt(form.formState.errors, name);
  return (
    <Field id={fieldId(name)} label={label} error={error} required={required} hint={hint} className={className}>
      {(aria) => (
        <input
          {...combobox}
          {...aria}
          type={type}
          autoComplete={autoComplete}
          inputMode={inputMode}
          list={list}
          {...lengthLimit(form, name, maxLength ?? DEFAULT_LINE_MAX, onChange)}
        />
      )}
    </Field>
  );
}

export function TextArea<T extends FieldValues>({
  form,
  name,
  label,
  required,
  hint,
  className,
  rows = 4,
  maxLength,
}: BaseProps<T> & { rows?: number; maxLength?: number }) {
  const error = errorAt(form.formState.errors, name);
  const max = maxLength ?? DEFAULT_TEXT_MAX;
  return (
    <Field id={fieldId(name)} label={label} error={error} required={required} hint={hint} className={className}>
      {(aria) => (
        <>
          <textarea {...aria} rows={rows} {...lengthLimit(form, name, max)} />
          <LengthCounter length={String(form.watch(name) ?? '').length} max={max} />
        </>
      )}
    </Field>
  );
}

export function SelectInput<T extends FieldValues>({
  form,
  name,
  label,
  options,
  className,
  hint,
}: BaseProps<T> & { options: ReadonlyArray<{ value: string; label: string }> }) {
  const error = errorAt(form.formState.errors, name);
  return (
    <Field id={fieldId(name)} label={label} error={error} className={className} hint={hint}>
      {(aria) => (
        <select {...aria} {...form.register(name)}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

export function CheckboxInput<T extends FieldValues>({ form, name, label, hint }: BaseProps<T>) {
  const id = fieldId(name);
  return (
    <div className="field checkbox">
      <input id={id} type="checkbox" {...form.register(name)} aria-describedby={hint ? `${id}-hint` : undefined} />
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
    </div>
  );
}
