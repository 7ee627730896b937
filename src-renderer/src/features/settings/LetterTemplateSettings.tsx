import { useLiveQuery } from 'dexie-react-hooks';
import { useRef, useState } from 'react';
import { useRepositories } from '../../app/data';
import { hrefFor } from '../../app/router';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Field } from '../../components/Field';
import { LETTER_TYPES, LETTER_TYPE_LABELS, templateKey, type LetterType } from '../../letters';
import { LetterTemplateEditor } from './LetterTemplateEditor';
import { SettingsNav } from './SettingsNav';

const FORM_OF_ADDRESS_TEXT = {
  u: { name: '„u” (formeel)', example: '„Geachte mevrouw De Vries,”' },
  je: { name: '„je” (informeel)', example: '„Beste Anna,”' },
} as const;

export function LetterTemplateSettings() {
  const repos = useRepositories();
  const letterhead = useLiveQuery(() => repos.letters.letterhead(), [repos]);
  const procedure = useLiveQuery(() => repos.procedures.current(), [repos]);
  const [type, setType] = useState<LetterType>('acknowledgement');
  const [pendingType, setPendingType] = useState<LetterType | null>(null);
  const [dirty, setDirty] = useState(false);
  const selectRef = useRef<HTMLSelectElement>(null);
  const formOfAddress = letterhead?.formOfAddress;
  const key = formOfAddress ? templateKey(type, formOfAddress) : null;
  // Tagged with its key, so an editor never opens on the text of the type chosen before.
  const stored = useLiveQuery(
    async () => (formOfAddress ? { key: templateKey(type, formOfAddress), template: await repos.letters.template(type, formOfAddress) } : undefined),
    [repos, type, formOfAddress],
  );

  const choose = (next: LetterType) => {
    if (next === type) return;
    if (dirty) setPendingType(next);
    else setType(next);
  };

  const ready = letterhead && procedure && formOfAddress && stored && stored.key === key;
  return (
    <section aria-labelledby="templates-title" className="settings">
      <SettingsNav current="letterTemplates" />
      <div className="page-head">
        <h1 id="templates-title">Brieven</h1>
      </div>
      <p className="lead">
        De tekst van elke soort brief. Klachtenbalie heeft voor elke brief een standaardtekst; die kunt u aanpassen aan de manier waarop uw kantoor schrijft.
      </p>
      <div className="template-choice panel">
        <Field id="letter-type" label="Soort brief">
          {(aria) => (
            <select {...aria} ref={selectRef} value={type} onChange={(event) => choose(event.target.value as LetterType)}>
              {LETTER_TYPES.map((value) => (
                <option key={value} value={value}>
                  {LETTER_TYPE_LABELS[value]}
                </option>
              ))}
            </select>
          )}
        </Field>
        {formOfAddress ? (
          <p className="form-of-address">
            U bewerkt de versie met <strong>{FORM_OF_ADDRESS_TEXT[formOfAddress].name}</strong>, zoals uw kantoor klanten aanspreekt ({FORM_OF_ADDRESS_TEXT[formOfAddress].example}). Dat stelt u in bij{' '}
            <a href={hrefFor({ name: 'letterhead' })}>Briefpapier</a>; de andere versie houdt haar eigen tekst.
          </p>
        ) : null}
      </div>
      {!ready ? <p aria-busy="true">Laden…</p> : null}
      {ready ? (
        <LetterTemplateEditor
          key={stored.key}
          type={type}
          form={formOfAddress}
          stored={stored.template}
          letterhead={letterhead}
          procedure={procedure}
          onDirtyChange={setDirty}
        />
      ) : null}
      {pendingType ? (
        <ConfirmDialog
          open
          title="Wijzigingen weggooien?"
          message={`U heeft de tekst van „${LETTER_TYPE_LABELS[type]}” gewijzigd maar nog niet opgeslagen. Als u naar „${LETTER_TYPE_LABELS[pendingType]}” gaat, gaan die wijzigingen verloren.`}
          confirmLabel="Wijzigingen weggooien"
          cancelLabel="Verder bewerken"
          onConfirm={() => {
            setDirty(false);
            setType(pendingType);
            setPendingType(null);
            requestAnimationFrame(() => selectRef.current?.focus());
          }}
          onCancel={() => {
            setPendingType(null);
            requestAnimationFrame(() => selectRef.current?.focus());
          }}
        />
      ) : null}
    </section>
  );
}
