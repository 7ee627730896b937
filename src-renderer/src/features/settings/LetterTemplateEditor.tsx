import { zodResolver } from '@hookform/resolvers/zod';
import { submitOnCtrlEnter } from '../../components/form/ctrlEnter';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useRepositories } from '../../app/data';
import { useNotice } from '../../app/notice';
import { useActor } from '../../app/profile';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { errorText } from '../../components/errorText';
import { Field } from '../../components/Field';
import { TextInput } from '../../components/form/inputs';
import { errorAt } from '../../components/form/errorAt';
import type { OfficeTemplate } from '../../db/repositories';
import { ValidationError } from '../../domain/errors';
import type { Procedure } from '../../domain/procedure';
import { LETTER_TYPE_LABELS, letterTemplateSchema, placeholdersIn, type LetterFormOfAddress, type LetterTemplate, type LetterType, type Letterhead } from '../../letters';
import { LetterPreview } from './LetterPreview';
import { PlaceholderList } from './PlaceholderList';

interface Props {
  type: LetterType;
  form: LetterFormOfAddress;
  stored: OfficeTemplate;
  letterhead: Letterhead;
  procedure: Procedure;
  onDirtyChange: (dirty: boolean) => void;
}

/** One letter type's text in one form of address: edit, insert placeholders, preview, save or go back to the default. */
export function LetterTemplateEditor({ type, form: formOfAddress, stored, letterhead, procedure, onDirtyChange }: Props) {
  const repos = useRepositories();
  const actor = useActor();
  const notify = useNotice();
  const form = useForm<LetterTemplate>({
    resolver: zodResolver(letterTemplateSchema as never) as never,
    defaultValues: { subject: stored.subject, body: stored.body },
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const { isDirty, isSubmitting } = form.formState;
  const [subject, body] = useWatch({ control: form.control, name: ['subject', 'body'] });
  const template = useMemo(() => ({ subject, body }), [subject, body]);
  const used = useMemo(() => new Set(placeholdersIn(body)), [body]);
  const bodyRef = useRef<HTMLTextAreaElement | null>(null);
  // Until the body has had focus its cursor sits at the start; an insert then goes at the end instead.
  const bodyVisited = useRef(false);
  const [confirmReset, setConfirmReset] = useState(false);
  const resetButtonRef = useRef<HTMLButtonElement>(null);
  const label = LETTER_TYPE_LABELS[type];

  useEffect(() => onDirtyChange(isDirty), [isDirty, onDirtyChange]);

  // Saved elsewhere (another workstation): follow it, unless this person is typing.
  useEffect(() => {
    if (!form.formState.isDirty) form.reset({ subject: stored.subject, body: stored.body });
  }, [stored.subject, stored.body, form]);

  const insert = (name: string) => {
    const token = `{${name}}`;
    const value = form.getValues('body');
    const element = bodyRef.current;
    const start = element && bodyVisited.current ? element.selectionStart : value.length;
    const end = element && bodyVisited.current ? element.selectionEnd : value.length;
    form.setValue('body', value.slice(0, start) + token + value.slice(end), { shouldDirty: true, shouldValidate: form.formState.isSubmitted });
    const caret = start + token.length;
    requestAnimationFrame(() => {
      element?.focus();
      element?.setSelectionRange(caret, caret);
    });
  };

  const save = form.handleSubmit(async (values) => {
    try {
      const saved = await repos.letters.saveTemplate(type, formOfAddress, values, actor);
      form.reset({ subject: saved.subject, body: saved.body });
      notify({ text: `De tekst van „${label}” is opgeslagen. Nieuwe brieven gebruiken deze tekst.`, tone: 'success' });
    } catch (error) {
      if (error instanceof ValidationError) {
        let first = true;
        for (const [path, message] of Object.entries(error.fieldErrors)) {
          if (path === 'subject' || path === 'body') form.setError(path, { message }, { shouldFocus: first });
          first = false;
        }
        return;
      }
      notify({ text: `Niet opgeslagen: ${errorText(error)}`, tone: 'error' });
    }
  });

  const reset = async () => {
    setConfirmReset(false);
    try {
      const standard = await repos.letters.resetTemplate(type, formOfAddress, actor);
      form.reset({ subject: standard.subject, body: standard.body });
      // The reset button goes away with the own text; the text itself is where the work goes on.
      form.setFocus('body');
      notify({ text: `„${label}” gebruikt weer de standaardtekst van Klachtenbalie.`, tone: 'success' });
    } catch (error) {
      notify({ text: `Niet teruggezet: ${errorText(error)}`, tone: 'error' });
    }
  };

  const { ref: bodyFieldRef, ...bodyField } = form.register('body');
  const bodyError = errorAt(form.formState.errors, 'body');

  return (
    <div className="template-layout">
      <div className="template-edit">
        <form
          noValidate
          className="panel template-form"
          aria-label={`Tekst van „${label}”`}
          onSubmit={(event) => void save(event)}
          onKeyDown={submitOnCtrlEnter(save)}
        >
          <p className="template-status" aria-live="polite">
            {stored.custom ? (
              <span className="badge status-closed">Eigen tekst van het kantoor</span>
            ) : (
              <span className="badge">Standaardtekst van Klachtenbalie</span>
            )}
            {isDirty ? <span className="badge status-in_progress">Niet opgeslagen wijzigingen</span> : null}
          </p>
          <TextInput form={form} name="subject" label="Onderwerp (Betreft)" required />
          <Field id="template-body" label="Tekst van de brief" required error={bodyError} hint="Begin met de aanhef. Een lege regel begint een nieuwe alinea. De groet en ondertekening komen er vanzelf onder.">
            {(aria) => (
              <textarea
                {...aria}
                {...bodyField}
                className="template-body"
                rows={22}
                spellCheck
                lang="nl"
                ref={(element) => {
                  bodyFieldRef(element);
                  bodyRef.current = element;
                }}
                onFocus={() => {
                  bodyVisited.current = true;
                }}
              />
            )}
          </Field>
          <div className="form-actions">
            <button type="submit" disabled={isSubmitting}>
              Tekst opslaan
            </button>
            {stored.custom || isDirty ? (
              <button ref={resetButtonRef} type="button" className="secondary" onClick={() => setConfirmReset(true)}>
                Standaardtekst terugzetten
              </button>
            ) : null}
          </div>
        </form>
        <PlaceholderList used={used} onInsert={insert} />
      </div>
      <LetterPreview type={type} form={formOfAddress} template={template} letterhead={letterhead} procedure={procedure} />
      {confirmReset ? (
        <ConfirmDialog
          open
          title="Standaardtekst terugzetten?"
          message={
            stored.custom
              ? `De eigen tekst van „${label}” verdwijnt en Klachtenbalie gebruikt weer de standaardtekst. Dit kunt u niet ongedaan maken.`
              : `Uw wijzigingen in „${label}” verdwijnen; de standaardtekst blijft staan.`
          }
          confirmLabel="Standaardtekst terugzetten"
          cancelLabel="Annuleren"
          onConfirm={() => void reset()}
          onCancel={() => {
            setConfirmReset(false);
            requestAnimationFrame(() => resetButtonRef.current?.focus());
          }}
        />
      ) : null}
    </div>
  );
}
