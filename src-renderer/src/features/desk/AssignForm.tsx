import { submitOnCtrlEnter } from '../../components/form/ctrlEnter';
import { useState } from 'react';
import { useRepositories } from '../../app/data';
import { useNotice } from '../../app/notice';
import { useActor } from '../../app/profile';
import { errorText } from '../../components/errorText';
import type { Staff } from '../../domain/model';
import { WorkflowError } from '../../domain/workflow';
import { useLiveQuery } from 'dexie-react-hooks';
import { agreesCustomerContact } from '../../domain/procedures/absent';
import { CUSTOMER_CONTACT_FIELD } from '../card/workflow/actionForms';
import { useToday } from '../card/workflow/useToday';

interface Props {
  complaintId: string;
  reference: string;
  currentOwnerId: string | null;
  choices: readonly Staff[];
  onClose: () => void;
}

/**
 * Assigns or changes the owner from the desk through the same workflow step as
 * the card, so the domain's refusals (an employee the complaint is about, a
 * handled complaint) come back in its own words, right beside the control.
 */
export function AssignForm({ complaintId, reference, currentOwnerId, choices, onClose }: Props) {
  const repos = useRepositories();
  const actor = useActor();
  const notify = useNotice();
  const [ownerId, setOwnerId] = useState('');
  const [contactBy, setContactBy] = useState('');
  const today = useToday();
  // The same question as on the card where the procedure agrees at the assignment who contacts the customer (004).
  const asksContact = useLiveQuery(async () => {
    const state = await repos.complaints.workflowState(complaintId, today);
    return state ? agreesCustomerContact(state.procedure) : false;
  }, [repos, complaintId, today]);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const others = choices.filter((member) => member.id !== currentOwnerId);
  const id = `assign-${complaintId}`;

  const assign = async () => {
    const owner = others.find((member) => member.id === ownerId);
    if (!owner) return setRefusal('Kies een behandelaar');
    setSaving(true);
    try {
      const contact = asksContact ? { customerContactBy: contactBy } : {};
      await repos.complaints.applyAction(complaintId, { type: 'assign_owner', ownerId: owner.id, ownerName: owner.name, ...contact }, actor);
      notify({ text: `${reference}: behandelaar ${owner.name}.`, tone: 'success' });
      onClose();
    } catch (error) {
      setRefusal(error instanceof WorkflowError ? error.message : `Niet toegewezen: ${errorText(error)}`);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form
      className="assign-form"
      aria-label={`Behandelaar toewijzen voor ${reference}`}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void assign();
      }}
      onKeyDown={submitOnCtrlEnter(assign, onClose)}
    >
      <label htmlFor={id}>Behandelaar</label>
      <select
        id={id}
        value={ownerId}
        autoFocus
        aria-invalid={refusal !== null}
        aria-describedby={refusal ? `${id}-error` : undefined}
        onChange={(event) => {
          setOwnerId(event.target.value);
          setRefusal(null);
        }}
      >
        <option value="">Kies…</option>
        {others.map((member) => (
          <option key={member.id} value={member.id}>
            {member.name}
          </option>
        ))}
      </select>
      {asksContact ? (
        <>
          <label htmlFor={`${id}-contact`}>{CUSTOMER_CONTACT_FIELD.label}</label>
          <select
            id={`${id}-contact`}
            value={contactBy}
            onChange={(event) => {
              setContactBy(event.target.value);
              setRefusal(null);
            }}
          >
            {CUSTOMER_CONTACT_FIELD.options?.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </>
      ) : null}
      <button type="submit" className="small" disabled={saving}>
        Toewijzen
      </button>
      <button type="button" className="secondary small" onClick={onClose}>
        Annuleren
      </button>
      {refusal ? (
        <p className="form-error small" id={`${id}-error`} role="alert">
          {refusal}
        </p>
      ) : null}
    </form>
  );
}
