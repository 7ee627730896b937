import { format } from 'date-fns';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Field } from '../../components/Field';
import { DUTCH_DATE_FORMAT, localDay, parseDateOnly } from '../../domain/dates';
import { SEND_METHOD_LABELS } from '../../domain/workflowLabels';
import type { WorkflowActionType } from '../../domain/workflow';
import { LETTER_SEND_METHODS, type LetterSendMethod } from '../../letters';
import { ACTION_FORMS } from '../card/workflow/actionForms';

interface Values {
  sentOn: string;
  method: LetterSendMethod;
}

interface Props {
  /** The procedure step this letter stands for, if any. */
  step: WorkflowActionType | undefined;
  /** The step this letter meets now, if its procedure step is still open. */
  stepOpen: boolean;
  defaultMethod: LetterSendMethod;
  onSent: (sentOn: string, method: LetterSendMethod) => Promise<string | null>;
  onLater: () => void;
}

/** After a letter is made: was it sent, and how? A sent letter the procedure promises meets its deadline. */
export function LetterSentForm({ step, stepOpen, defaultMethod, onSent, onLater }: Props) {
  const form = useForm<Values>({ defaultValues: { sentOn: format(new Date(), DUTCH_DATE_FORMAT), method: defaultMethod } });
  const [refusal, setRefusal] = useState<string | null>(null);
  const submit = form.handleSubmit(async (values) => {
    const day = parseDateOnly(values.sentOn);
    if (!day) {
      form.setError('sentOn', { message: 'Vul een geldige datum in, bijvoorbeeld 21-11-2026' }, { shouldFocus: true });
      return;
    }
    setRefusal(await onSent(localDay(day), values.method));
  });
  const error = form.formState.errors.sentOn?.message;
  return (
    <form noValidate className="letter-sent" aria-label="Is de brief verstuurd?" onSubmit={(event) => void submit(event)}>
      <h3>Is de brief verstuurd?</h3>
      <fieldset className="choices">
        <legend>Hoe is de brief verstuurd?</legend>
        {LETTER_SEND_METHODS.map((method) => (
          <label key={method} className="choice">
            <input type="radio" value={method} {...form.register('method')} /> {SEND_METHOD_LABELS[method]}
          </label>
        ))}
      </fieldset>
      <Field id="letter-sent-on" label="Verstuurd op" error={error} required hint="dd-mm-jjjj">
        {(aria) => <input {...aria} {...form.register('sentOn')} />}
      </Field>
      <p className="hint">
        {step && stepOpen
          ? `Dit legt ook de stap „${ACTION_FORMS[step]?.label ?? step}” vast, en daarmee is die termijn gehaald.`
          : 'Dit komt als uitgaand contact in het verloop van de klacht.'}
      </p>
      {refusal ? (
        <p className="error" role="alert">
          {refusal}
        </p>
      ) : null}
      <div className="actions">
        <button type="button" className="secondary" onClick={onLater}>
          Nog niet verstuurd
        </button>
        <button type="submit">Vastleggen als verstuurd</button>
      </div>
    </form>
  );
}
