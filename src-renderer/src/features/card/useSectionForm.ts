import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, type FieldPath, type FieldValues } from 'react-hook-form';
import type { z } from 'zod';
import { useNotice } from '../../app/notice';
import { ValidationError } from '../../db/errors';
import { describeSaveError } from '../intake/saveError';

/**
 * The shared edit-in-place behaviour: the same zod schema as the intake,
 * repository errors mapped back onto the fields, and nothing typed lost on failure.
 */
export function useSectionForm<T extends FieldValues>(schema: z.ZodType, toForm: () => T, save: (parsed: never) => Promise<unknown>) {
  const [editing, setEditing] = useState(false);
  const notify = useNotice();
  const form = useForm<T>({ resolver: zodResolver(schema as never) as never, mode: 'onSubmit', reValidateMode: 'onChange' });

  const start = () => {
    form.reset(toForm());
    setEditing(true);
  };
  const cancel = () => setEditing(false);
  const submit = form.handleSubmit(async (parsed) => {
    try {
      await save(parsed as never);
      setEditing(false);
      notify({ text: 'Wijzigingen opgeslagen.', tone: 'success' });
    } catch (error) {
      if (error instanceof ValidationError) {
        let first = true;
        for (const [path, message] of Object.entries(error.fieldErrors)) {
          form.setError(path.replace(/^(customer|complaint|representative)\./, '') as FieldPath<T>, { message }, { shouldFocus: first });
          first = false;
        }
        return;
      }
      notify({ text: describeSaveError(error), tone: 'error' });
    }
  });
  return { form, editing, start, cancel, submit };
}
