import { format } from 'date-fns';
import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { Field } from '../../../components/Field';
import { submitOnCtrlEnter } from '../../../components/form/ctrlEnter';
import { errorAt } from '../../../components/form/errorAt';
import { DUTCH_DATE_FORMAT } from '../../../domain/dates';
import { ACTION_FORMS, type ActionField, type ActionForm as ActionFormSpec } from './actionForms';
import { validateActionValues, type ActionValues } from './toAction';

interface Props {
  type: string;
  /** Options for selects that depend on the complaint (owners, escalation bodies). */
  options: Record<string, ReadonlyArray<{ value: string; label: string }>>;
  defaults: ActionValues;
  /** Hints that depend on the complaint, by field (the escalation's next body). */
  hints?: Record<string, string>;
  /** Fields that depend on what was chosen (the reason to pass over a body), after the fixed ones. */
  extraFields?: (values: ActionValues) => ActionField[];
  /** A form that is no workflow step (a measure of the register): its own title and fields. */
  form?: ActionFormSpec;
  onSubmit: (values: ActionValues) => Promise<string | null>;
  onCancel: () => void;
}

function initialValues(fields: ActionField[], options: Props['options'], defaults: ActionValues): ActionValues {
  const today = format(new Date(), DUTCH_DATE_FORMAT);
  const values: ActionValues = {};
  for (const field of fields) {
    const choices = field.options ?? options[field.name];
    values[field.name] = defaults[field.name] ?? (field.kind === 'date' && field.required ? today : field.kind === 'select' ? (choices?.[0]?.value ?? '') : '');
  }
  return values;
}

/** One workflow step as a small form: dates default to today, Ctrl+Enter records, Esc cancels. */
export function ActionForm({ type, options, defaults, hints = {}, extraFields, form: ownForm, onSubmit, onCancel }: Props) {
  const spec = ownForm ?? ACTION_FORMS[type];
  const fields = spec?.fields ?? [];
  const form = useForm<ActionValues>({ defaultValues: initialValues(fields, options, defaults) });
  const [refusal, setRefusal] = useState<string | null>(null);
  const firstRef = useRef<HTMLElement | null>(null);
  useEffect(() => {
    firstRef.current?.focus();
  }, [type]);

  const extra = extraFields?.(form.watch()) ?? [];

  const submit = form.handleSubmit(async (values) => {
    const errors = validateActionValues(type, values, [...(ownForm?.fields ?? []), ...(extraFields?.(values) ?? [])]);
    const names = Object.keys(errors);
    if (names.length > 0) {
      names.forEach((name, index) => form.setError(name, { message: errors[name] }, { shouldFocus: index === 0 }));
      return;
    }
    setRefusal(await onSubmit(values));
  });

  return (
    <form
      noValidate
      className="action-form"
      aria-label={spec?.label ?? type}
      onSubmit={(event) => void submit(event)}
      onKeyDown={submitOnCtrlEnter(submit, onCancel)}
    >
      <h3>{spec?.label}</h3>
      {spec?.hint ? <p className="hint">{spec.hint}</p> : null}
      <div className="grid">
        {[...fields, ...extra].map((field, index) => {
          const id = `action-${type}-${field.name}`;
          const { ref, ...registered } = form.register(field.name);
          const setRef = (element: HTMLElement | null) => {
            ref(element);
            if (index === 0) firstRef.current = element;
          };
          return (
            <Field
              key={field.name}
              id={id}
              label={field.label}
              error={errorAt(form.formState.errors, field.name)}
              required={field.required}
              hint={field.kind === 'date' ? 'dd-mm-jjjj' : (hints[field.name] ?? field.hint)}
              className={field.kind === 'textarea' ? 'span-3' : field.kind === 'checkbox' ? 'checkbox span-3' : field.wide ? 'span-2' : undefined}
            >
              {(aria) =>
                field.kind === 'checkbox' ? (
                  <input {...aria} type="checkbox" {...registered} ref={setRef} />
                ) : field.kind === 'textarea' ? (
                  <textarea {...aria} rows={3} {...registered} ref={setRef} />
                ) : field.kind === 'select' ? (
                  <select {...aria} {...registered} ref={setRef}>
                    {(field.options ?? options[field.name] ?? []).map((option) => (
                      <option key={option.value} value={option.value}>
                        {option.label}
                      </option>
                    ))}
                  </select>
                ) : (
                  <input {...aria} {...registered} ref={setRef} />
                )
              }
            </Field>
          );
        })}
      </div>
      {refusal ? (
        <p className="form-error" role="alert">
          {refusal}
        </p>
      ) : null}
      <div className="form-actions">
        <button type="submit" disabled={form.formState.isSubmitting}>
          Vastleggen
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          Annuleren
        </button>
      </div>
    </form>
  );
}
