import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useRepositories } from '../../app/data';
import { useNotice } from '../../app/notice';
import { useActor } from '../../app/profile';
import { errorText } from '../../components/errorText';
import { Modal } from '../../components/Modal';
import type { WorkflowState } from '../../db/repositories';
import type { Customer } from '../../domain/model';
import { WorkflowError } from '../../domain/workflow';
import { EMPTY_LETTERHEAD, LETTER_TYPE_LABELS, letterSentAction, letterStep, letterTypesFor, prepareLetter, type LetterInput, type LetterSendMethod } from '../../letters';
import { platform } from '../../platform';
import { LetterPages } from './LetterPages';
import { initialLetterOptions, letterExtra, letterOptionErrors, type LetterOptionValues } from './letterOptions';
import { LetterOptionsForm } from './LetterOptionsForm';
import { LetterSentForm } from './LetterSentForm';
import { LetterWarnings } from './LetterWarnings';
import { suggestLetterType } from './suggestLetter';
import '../../styles/letters.css';

interface Props {
  state: WorkflowState;
  customer: Customer;
  today: string;
  onClose: () => void;
}

type Step = { name: 'choose' } | { name: 'preview'; bytes: Uint8Array; input: LetterInput } | { name: 'sent'; bytes: Uint8Array; input: LetterInput };

/**
 * Brief maken: choose the letter, see the .docx itself, then print and/or
 * save it. The first print or save files it on the pinboard and in the
 * timeline; then the app asks whether it was sent, which meets the step.
 */
export function LetterMaker({ state, customer, today, onClose }: Props) {
  const { complaint, procedure, deadlines, actions } = state;
  const repos = useRepositories();
  const actor = useActor();
  const notify = useNotice();
  const letterhead = useLiveQuery(() => repos.letters.letterhead(), [repos]);
  const form = useForm<LetterOptionValues>({ defaultValues: initialLetterOptions(suggestLetterType(complaint, procedure, actions), complaint, letterhead ?? EMPTY_LETTERHEAD, actor.name) });
  const values = form.watch();
  const template = useLiveQuery(() => (letterhead ? repos.letters.template(values.type, letterhead.formOfAddress) : undefined), [repos, values.type, letterhead?.formOfAddress]);
  const [step, setStep] = useState<Step>({ name: 'choose' });
  const [filed, setFiled] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  // The dialog would focus its first button ("Sluiten"); the person came to choose a letter.
  useEffect(() => {
    if (step.name === 'choose') form.setFocus('type');
  }, [step.name]);

  // The letterhead arrives after the first render: sign with its signatory unless someone already typed one.
  useEffect(() => {
    if (letterhead && !form.formState.dirtyFields.signatoryName) {
      form.resetField('signatoryName', { defaultValue: letterhead.signatoryName || actor.name });
      form.resetField('signatoryFunction', { defaultValue: letterhead.signatoryFunction });
    }
  }, [letterhead]);

  const input = useMemo((): LetterInput | null => {
    if (!letterhead) return null;
    return {
      type: values.type,
      letterhead: { ...letterhead, signatoryName: values.signatoryName.trim(), signatoryFunction: values.signatoryFunction.trim() },
      customer,
      complaint,
      procedure,
      deadlines,
      date: today,
      extra: letterExtra(values),
    };
  }, [letterhead, JSON.stringify(values), customer, complaint, procedure, deadlines, today]);
  // The whole form is watched, so this renders on every keystroke; the letter is filled again only when it changes.
  const prepared = useMemo(() => (input && template ? prepareLetter(input, template) : null), [input, template]);
  const fileName = `${complaint.reference} ${LETTER_TYPE_LABELS[values.type]} ${today}.docx`.replace(/[\\/:*?"<>|]/g, '-');
  const allowed = (type: string) => actions.some((action) => action.type === type && action.allowed);

  const showPreview = form.handleSubmit(async (chosen) => {
    const errors = letterOptionErrors(chosen);
    const names = Object.keys(errors) as Array<keyof LetterOptionValues>;
    if (names.length > 0) {
      names.forEach((name, index) => form.setError(name, { message: errors[name] }, { shouldFocus: index === 0 }));
      return;
    }
    if (!input || !template) return;
    setBusy(true);
    try {
      setStep({ name: 'preview', bytes: await (await import('../../letters/buildDocx')).buildLetterDocx(input, template), input });
    } catch (error) {
      notify({ text: `De brief is niet gemaakt: ${errorText(error)}`, tone: 'error' });
    } finally {
      setBusy(false);
    }
  });

  /** Files the letter once, whatever is done with it first. */
  const file = async (bytes: Uint8Array): Promise<boolean> => {
    if (filed) return true;
    try {
      const stored = await platform().putAttachment(bytes);
      const attachment = await repos.letters.fileLetter({ complaintId: complaint.id, type: values.type, fileName, sha256: stored.sha256, size: stored.size }, actor);
      setFiled(attachment.id);
      return true;
    } catch (error) {
      notify({ text: `De brief is niet vastgelegd: ${errorText(error)}`, tone: 'error' });
      return false;
    }
  };

  const afterFiling = (bytes: Uint8Array, letterInput: LetterInput) => setStep({ name: 'sent', bytes, input: letterInput });

  const print = async (bytes: Uint8Array, letterInput: LetterInput) => {
    if (!(await file(bytes))) return;
    window.print();
    afterFiling(bytes, letterInput);
  };
  const save = async (bytes: Uint8Array, letterInput: LetterInput) => {
    if (!(await file(bytes))) return;
    try {
      const result = await platform().saveFile({ suggestedName: fileName, bytes: bytes as Uint8Array<ArrayBuffer> });
      if (result.saved) notify({ text: `„${fileName}” opgeslagen.`, tone: 'success' });
    } catch (error) {
      notify({ text: `Opslaan is niet gelukt: ${errorText(error)}. De brief staat wel op het prikbord.`, tone: 'error' });
    }
    afterFiling(bytes, letterInput);
  };
  const fileOnly = async (bytes: Uint8Array, letterInput: LetterInput) => {
    if (await file(bytes)) afterFiling(bytes, letterInput);
  };

  const markSent = async (letterInput: LetterInput, sentOn: string, method: LetterSendMethod): Promise<string | null> => {
    const extra = letterInput.extra ?? {};
    const action = letterSentAction(
      {
        type: letterInput.type,
        sentOn,
        method,
        customerName: customer.name,
        ...(extra.newDueOn ? { extension: { newDueOn: extra.newDueOn, reason: extra.reason ?? '' } } : {}),
      },
      allowed,
      procedure,
    );
    try {
      await repos.complaints.applyAction(complaint.id, action, actor);
      notify({ text: `${LETTER_TYPE_LABELS[letterInput.type]}: verstuurd en vastgelegd.`, tone: 'success' });
      onClose();
      return null;
    } catch (error) {
      if (error instanceof WorkflowError) return error.message;
      return `Niet vastgelegd: ${errorText(error)}`;
    }
  };

  const close = () => {
    if (filed) notify({ text: 'De brief staat op het prikbord. Leg later vast wanneer hij verstuurd is, via de stap op de kaart.', tone: 'success' });
    onClose();
  };

  const hasAddress = Boolean(customer.street.trim() && customer.city.trim());
  const defaultMethod: LetterSendMethod = !hasAddress && customer.email.trim() ? 'email' : 'post';
  const stepType = letterStep(step.name === 'choose' ? values.type : step.input.type, procedure);

  return (
    <Modal className="dialog letter-dialog" aria-labelledby="letter-title" onClose={close}>
      <div className="letter-head no-print">
        <h2 id="letter-title">Brief maken</h2>
        <button type="button" className="secondary small" onClick={close} aria-label="Brief maken sluiten">
          Sluiten
        </button>
      </div>
      {step.name === 'choose' ? (
        <form noValidate aria-label="Welke brief?" onSubmit={(event) => void showPreview(event)}>
          <LetterOptionsForm form={form} types={letterTypesFor(procedure)} bodies={procedure.escalations} />
          {prepared ? <LetterWarnings unknown={prepared.unknown} missing={prepared.missing} letterheadEmpty={!letterhead?.officeName} procedure={procedure} /> : <p aria-busy="true">Brieftekst laden…</p>}
          {prepared ? (
            <p className="muted small">
              Betreft: {prepared.subject}
              {template?.custom ? ' · eigen tekst van het kantoor' : ' · standaardtekst'}
            </p>
          ) : null}
          <div className="actions">
            <button type="button" className="secondary" onClick={close}>
              Annuleren
            </button>
            <button type="submit" disabled={!prepared || busy}>
              Voorbeeld tonen
            </button>
          </div>
        </form>
      ) : null}
      {step.name === 'preview' ? (
        <div className="letter-preview-step">
          <div className="actions no-print">
            {filed ? null : (
              <button type="button" className="secondary" onClick={() => setStep({ name: 'choose' })}>
                Terug naar de keuze
              </button>
            )}
            <button type="button" className="secondary" onClick={() => void fileOnly(step.bytes, step.input)}>
              Alleen op het prikbord zetten
            </button>
            <button type="button" className="secondary" onClick={() => void save(step.bytes, step.input)}>
              Opslaan als Word-bestand
            </button>
            <button type="button" onClick={() => void print(step.bytes, step.input)}>
              Afdrukken
            </button>
          </div>
          <div className="letter-print" aria-label="Voorbeeld van de brief">
            <LetterPages bytes={step.bytes} />
          </div>
        </div>
      ) : null}
      {step.name === 'sent' ? (
        <div className="letter-sent-step no-print">
          <p role="status">„{fileName}” staat op het prikbord en in het verloop van de klacht.</p>
          <div className="actions">
            <button type="button" className="secondary" onClick={() => void print(step.bytes, step.input)}>
              Nog eens afdrukken
            </button>
            <button type="button" className="secondary" onClick={() => void save(step.bytes, step.input)}>
              Opslaan als Word-bestand
            </button>
          </div>
          <LetterSentForm
            step={stepType}
            stepOpen={Boolean(stepType && allowed(stepType))}
            defaultMethod={defaultMethod}
            onSent={(sentOn, method) => markSent(step.input, sentOn, method)}
            onLater={close}
          />
          {/* Kept, hidden on screen, so "Nog eens afdrukken" prints the same letter. */}
          <div className="letter-print print-only" aria-hidden="true">
            <LetterPages bytes={step.bytes} />
          </div>
        </div>
      ) : null}
    </Modal>
  );
}

