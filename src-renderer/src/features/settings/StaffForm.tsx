import { zodResolver } from '@hookform/resolvers/zod';
import type { BaseSyntheticEvent, ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { Field } from '../../components/Field';
import { submitOnCtrlEnter } from '../../components/form/ctrlEnter';
import { errorAt } from '../../components/form/errorAt';
import { TextInput } from '../../components/form/inputs';
import { ROLE_LABELS } from '../../domain/labels';
import { STAFF_ROLES, type StaffRole } from '../../domain/model';
import { staffInputSchema } from '../../domain/staff';

export interface StaffFormValues {
  name: string;
  roles: StaffRole[];
}

interface Props {
  initial: StaffFormValues;
  submitLabel: string;
  onSubmit: (values: StaffFormValues) => Promise<void>;
  onCancel?: () => void;
  idPrefix: string;
  /** More fields for this form, shown before its buttons. */
  extra?: ReactNode;
  /** Checks the extra fields on every attempt, so their messages show together with the others; false holds the save. */
  checkExtra?: () => boolean;
}

export function StaffForm({ initial, submitLabel, onSubmit, onCancel, idPrefix, extra, checkExtra }: Props) {
  const form = useForm<StaffFormValues>({
    resolver: zodResolver(staffInputSchema as never) as never,
    defaultValues: initial,
  });
  const rolesError = errorAt(form.formState.errors, 'roles');
  const submit = (event?: BaseSyntheticEvent) => {
    const extraValid = checkExtra?.() ?? true;
    return form.handleSubmit(async (values) => {
      if (extraValid) await onSubmit(values as StaffFormValues);
    })(event);
  };
  return (
    <form
      noValidate
      className="staff-form"
      aria-label={submitLabel}
      onSubmit={(event) => void submit(event)}
      onKeyDown={submitOnCtrlEnter(submit, onCancel)}
    >
      <TextInput form={form} name="name" label="Naam medewerker" required />
      <Field id={`${idPrefix}-roles`} label="Rollen" error={rolesError}>
        {(aria) => (
          <div className="role-options" role="group" aria-labelledby={`${aria.id}-legend`} aria-describedby={aria['aria-describedby']}>
            <span id={`${aria.id}-legend`} className="visually-hidden">
              Rollen
            </span>
            {STAFF_ROLES.map((role) => (
              <label key={role} className="role-option">
                <input type="checkbox" value={role} {...form.register('roles')} /> {ROLE_LABELS[role]}
              </label>
            ))}
          </div>
        )}
      </Field>
      {extra}
      <div className="form-actions">
        <button type="submit" disabled={form.formState.isSubmitting}>
          {submitLabel}
        </button>
        {onCancel ? (
          <button type="button" className="secondary" onClick={onCancel}>
            Annuleren
          </button>
        ) : null}
      </div>
    </form>
  );
}
