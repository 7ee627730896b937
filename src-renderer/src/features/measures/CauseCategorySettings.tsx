import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useId, useState } from 'react';
import { useRepositories } from '../../app/data';
import { errorText } from '../../components/errorText';
import { SettingsNav } from '../settings/SettingsNav';

/** The office's list of causes a measure can address: one per line, in the order the forms offer them. */
export function CauseCategorySettings() {
  const repos = useRepositories();
  const stored = useLiveQuery(() => repos.measures.causeCategories(), [repos]);
  const [text, setText] = useState<string | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const id = useId();
  useEffect(() => {
    if (stored && text === null) setText(stored.join('\n'));
  }, [stored, text]);

  const save = async () => {
    try {
      const saved = await repos.measures.setCauseCategories((text ?? '').split('\n'));
      setText(saved.join('\n'));
      setMessage({ text: `Opgeslagen: ${saved.length} oorzaken.`, error: false });
    } catch (error) {
      setMessage({ text: errorText(error), error: true });
    }
  };

  return (
    <section aria-labelledby="causes-title" className="settings">
      <SettingsNav current="causeCategories" />
      <div className="page-head">
        <h1 id="causes-title">Oorzaken van klachten</h1>
      </div>
      <p className="lead">
        Bij elke maatregel kiest u welke oorzaak hij aanpakt. Zo telt de analyse welke oorzaken vaak terugkomen. Een oorzaak weghalen verandert niets aan
        maatregelen die hem al hebben.
      </p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <div className="field">
          <label htmlFor={id}>Oorzaken (één per regel)</label>
          <textarea id={id} rows={12} value={text ?? ''} onChange={(event) => setText(event.target.value)} />
        </div>
        {message ? (
          <p role={message.error ? 'alert' : 'status'} className={message.error ? 'form-error' : 'notice'}>
            {message.text}
          </p>
        ) : null}
        <div className="form-actions">
          <button type="submit">Opslaan</button>
        </div>
      </form>
    </section>
  );
}
