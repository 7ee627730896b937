import { format } from 'date-fns';
import { useId, useState } from 'react';
import { Field } from '../../../components/Field';
import { DUTCH_DATE_FORMAT, typedDay } from '../../../domain/dates';
import type { Escalation } from '../../../domain/model';
import type { WorkflowAction } from '../../../domain/workflow';

/**
 * The body says it needs more time (001's appeal committee: written notice
 * with the new term): the new day, why, and when the customer was told.
 */
export function EscalationExtensionForm({ escalation, onSave }: { escalation: Escalation; onSave: (action: WorkflowAction) => Promise<boolean> }) {
  const [open, setOpen] = useState(false);
  const [newDueOn, setNewDueOn] = useState('');
  const [reason, setReason] = useState('');
  const [noticeSentOn, setNoticeSentOn] = useState(() => format(new Date(), DUTCH_DATE_FORMAT));
  const id = useId();
  if (!open) {
    return (
      <button type="button" className="secondary small" onClick={() => setOpen(true)}>
        Termijn van de instantie verlengen
      </button>
    );
  }
  const field = (name: string, label: string, value: string, set: (value: string) => void, hint?: string) => (
    <Field id={`${id}-${name}`} label={label} {...(hint ? { hint } : {})}>
      {(aria) => <input {...aria} value={value} onChange={(event) => set(event.target.value)} />}
    </Field>
  );
  return (
    <form
      className="inline-form small"
      aria-label={`Termijn van ${escalation.bodyName} verlengen`}
      onSubmit={(event) => {
        event.preventDefault();
        const action: WorkflowAction = { type: 'extend_escalation', escalationId: escalation.id, newDueOn: typedDay(newDueOn), reason, noticeSentOn: typedDay(noticeSentOn) };
        void onSave(action).then((recorded) => recorded && setOpen(false));
      }}
    >
      {field('newDueOn', 'Nieuwe uiterste datum', newDueOn, setNewDueOn, 'dd-mm-jjjj')}
      {field('reason', 'Reden van de verlenging', reason, setReason)}
      {field('noticeSentOn', 'Bericht aan klant verstuurd op', noticeSentOn, setNoticeSentOn, 'dd-mm-jjjj')}
      <button type="submit" className="small">
        Vastleggen
      </button>
      <button type="button" className="secondary small" onClick={() => setOpen(false)}>
        Annuleren
      </button>
    </form>
  );
}
