import { zodResolver } from '@hookform/resolvers/zod';
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useForm, type FieldPath } from 'react-hook-form';
import { useActor } from '../../app/profile';
import { useRepositories } from '../../app/data';
import { useNotice } from '../../app/notice';
import { navigate, previousRoute, type Route } from '../../app/router';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { submitOnCtrlEnter } from '../../components/form/ctrlEnter';
import { formatDateTime } from '../../components/format';
import { RECEIPT_SOURCE_LABELS } from '../../domain/labels';
import type { Complaint, Customer } from '../../domain/model';
import { judgesSeriousness } from '../../domain/procedure';
import { makeIntakeSchema } from '../../domain/validation';
import { ValidationError } from '../../db/errors';
import { describeSaveError } from './saveError';
import { CustomerFields } from './CustomerFields';
import { ComplaintFields } from './ComplaintFields';
import { customerToForm, emptyIntake, hasTypedInput, type IntakeFormValues } from './formValues';
import { useIntakeDraft } from './useIntakeDraft';
import { LateWarning } from './LateWarning';
import { LookalikeDialog } from './LookalikeDialog';
import { useLookalikes } from './useLookalikes';
import { useEmailIntake } from './useEmailIntake';
import { useEmailDrop } from './useEmailDrop';
import { takeStashedEmail } from './pendingEmail';

function cameFrom(): Route {
  const previous = previousRoute();
  return previous && previous.name !== 'intake' ? previous : { name: 'list' };
}

export function IntakeScreen() {
  const repos = useRepositories();
  const actor = useActor();
  const notify = useNotice();
  const schema = useMemo(() => makeIntakeSchema(() => new Date()), []);
  const form = useForm<IntakeFormValues>({
    resolver: zodResolver(schema) as never,
    defaultValues: emptyIntake(new Date()),
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const { handleSubmit, watch, reset, setError, setValue, setFocus, formState } = form;
  const values = watch();
  const [saving, setSaving] = useState(false);
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  const [pickedCustomer, setPickedCustomer] = useState<Customer | null>(null);
  const [pickedOpen, setPickedOpen] = useState<readonly Complaint[]>([]);
  const lookalikes = useLookalikes();
  const draft = useIntakeDraft(values, saving);
  const formRef = useRef<HTMLFormElement>(null);
  const termsContext = useLiveQuery(async () => ({ procedure: await repos.procedures.current(), calendar: await repos.closingDays.calendar() }), [repos]);
  const confidentialByProcedure = termsContext?.procedure.steps.confidential ?? false;

  // The regeling's default, until the receptionist decides otherwise for this complaint.
  useEffect(() => {
    if (confidentialByProcedure && !form.getFieldState('complaint.confidential').isDirty) setValue('complaint.confidential', true);
  }, [confidentialByProcedure, form, setValue]);

  const pickCustomerRef = useRef<(customer: Customer) => void>(() => undefined);
  const onCustomerFound = useCallback((customer: Customer) => pickCustomerRef.current(customer), []);
  const emailIntake = useEmailIntake(form, onCustomerFound);
  const { dropError, dropZone } = useEmailDrop(emailIntake.apply);
  const receiptSource = emailIntake.receiptSourceFor(values.complaint.receivedAt);

  useEffect(() => {
    // A receptionist starts with who is calling; channel and time are usually right as they are.
    setFocus('customer.name');
    const stashed = takeStashedEmail();
    if (stashed) void emailIntake.apply(stashed);
    // Once, on opening the intake: a mail dropped on the list waits here.
  }, [setFocus]);

  const submit = handleSubmit(async (parsed) => {
    setSaving(true);
    try {
      if (parsed.customerId === null && (await lookalikes.mustAsk(parsed.customer))) {
        setSaving(false);
        return;
      }
      const pins = await emailIntake.storeForSave();
      const input = { ...parsed, complaint: { ...parsed.complaint, receiptSource } };
      const { complaint } = await repos.complaints.create(input as never, actor, undefined, pins);
      await draft.clear();
      notify({ text: `Klacht ${complaint.reference} is opgeslagen.`, tone: 'success' });
      navigate({ name: 'card', complaintId: complaint.id });
    } catch (error) {
      setSaving(false);
      if (error instanceof ValidationError) {
        let first = true;
        for (const [path, message] of Object.entries(error.fieldErrors)) {
          setError(path as FieldPath<IntakeFormValues>, { message }, { shouldFocus: first });
          first = false;
        }
        return;
      }
      notify({ text: describeSaveError(error), tone: 'error' });
    }
  });

  const pickCustomer = (customer: Customer, openComplaints: readonly Complaint[] = []) => {
    setPickedCustomer(customer);
    setPickedOpen(openComplaints);
    setValue('customerId', customer.id);
    setValue('customer', customerToForm(customer));
    setTimeout(() => setFocus('complaint.summary'), 0);
  };
  pickCustomerRef.current = pickCustomer;
  const unpickCustomer = () => {
    setPickedCustomer(null);
    setPickedOpen([]);
    setValue('customerId', null);
    setValue('customer', emptyIntake(new Date()).customer);
    setTimeout(() => setFocus('customer.name'), 0);
  };

  const discard = async () => {
    setConfirmDiscard(false);
    await draft.clear();
    setPickedCustomer(null);
    reset(emptyIntake(new Date()));
    navigate(cameFrom());
  };

  // Esc asks before throwing typed work away; while that question is open, Esc belongs to the dialog.
  // Nothing typed: back to where the person was (the desk, a card), as if the intake was never opened.
  const leave = () => (hasTypedInput(values) ? setConfirmDiscard(true) : navigate(cameFrom()));
  const onKeyDown = submitOnCtrlEnter(submit, confirmDiscard ? undefined : leave);

  const restoreDraft = async () => {
    const offered = draft.offered;
    if (!offered) return;
    draft.accept();
    reset(offered.values);
    if (offered.values.customerId) {
      const customer = await repos.customers.get(offered.values.customerId);
      if (customer) setPickedCustomer(customer);
      else setValue('customerId', null);
    }
  };

  return (
    <section className="intake" aria-labelledby="intake-title" {...dropZone}>
      <div className="page-head">
        <h1 id="intake-title">Nieuwe klacht</h1>
        <p className="lead">
          Opslaan met <kbd>Ctrl+Enter</kbd>, stoppen met <kbd>Esc</kbd>. Velden met * zijn verplicht.
        </p>
      </div>
      {emailIntake.email ? (
        <div className="draft-offer" role="region" aria-label="E-mail als klacht">
          <p>
            Ingevuld uit de e-mail „{emailIntake.email.mail.subject || emailIntake.email.fileName}”. Bij opslaan komt de e-mail
            {emailIntake.email.mail.attachments.length > 0 ? ` met ${emailIntake.email.mail.attachments.length} bijlage(n)` : ''} als „klacht” op het prikbord.
            {receiptSource ? ` Ontvangstdatum volgens ${RECEIPT_SOURCE_LABELS[receiptSource]}.` : ''}
          </p>
          <button type="button" className="secondary" onClick={emailIntake.drop}>
            E-mail niet vastpinnen
          </button>
        </div>
      ) : (
        <p className="hint">Klacht per e-mail? Sleep het bericht (.eml of .msg) op dit scherm.</p>
      )}
      {dropError ? (
        <p className="form-error" role="alert">
          {dropError}
        </p>
      ) : null}
      {draft.offered ? (
        <div className="draft-offer" role="region" aria-label="Niet-opgeslagen klacht">
          <p>
            Er is een niet-opgeslagen klacht van {formatDateTime(draft.offered.savedAt)}
            {draft.offered.values.complaint.summary ? ` („${draft.offered.values.complaint.summary}”)` : ''}.
          </p>
          <button type="button" onClick={() => void restoreDraft()}>
            Concept terughalen
          </button>
          <button type="button" className="secondary" onClick={() => void draft.discard()}>
            Concept weggooien
          </button>
        </div>
      ) : null}
      <form ref={formRef} noValidate onSubmit={(event) => void submit(event)} onKeyDown={onKeyDown} aria-describedby="intake-title">
        <ComplaintFields form={form} part="receipt" />
        <CustomerFields form={form} picked={pickedCustomer} pickedOpen={pickedOpen} onPick={pickCustomer} onUnpick={unpickCustomer} />
        <ComplaintFields
          form={form}
          part="content"
          confidentialByProcedure={confidentialByProcedure}
          asksSeriousness={termsContext ? judgesSeriousness(termsContext.procedure) : false}
        />
        <LateWarning problemArisenOn={values.complaint.problemArisenOn} receivedAt={values.complaint.receivedAt} context={termsContext} />
        {Object.keys(formState.errors).length > 0 ? (
          <p className="form-error" role="alert">
            Niet opgeslagen: verbeter de velden met een melding.
          </p>
        ) : null}
        <div className="form-actions">
          <button type="submit" disabled={saving}>
            {saving ? 'Bezig met opslaan…' : 'Opslaan'}
          </button>
          <button type="button" className="secondary" onClick={leave}>
            Annuleren
          </button>
        </div>
      </form>
      {lookalikes.lookalikes ? (
        <LookalikeDialog
          lookalikes={lookalikes.lookalikes}
          onUse={(match) => {
            lookalikes.close();
            pickCustomer(match.customer, match.openComplaints);
            // The receptionist had pressed Opslaan: choosing the known customer answers the question, it does not start over.
            void submit();
          }}
          onCreate={() => {
            lookalikes.createAnyway();
            void submit();
          }}
          onCancel={lookalikes.close}
        />
      ) : null}
      <ConfirmDialog
        open={confirmDiscard}
        title="Ingevoerde klacht weggooien?"
        message="Wat u heeft ingevuld wordt niet bewaard."
        confirmLabel="Weggooien"
        cancelLabel="Verder met invoeren"
        onConfirm={() => void discard()}
        onCancel={() => setConfirmDiscard(false)}
      />
    </section>
  );
}
