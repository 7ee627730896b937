import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useRepositories } from '../../app/data';
import { useNotice } from '../../app/notice';
import { useActor } from '../../app/profile';
import { Field } from '../../components/Field';
import { formatDate } from '../../components/format';
import { localDay, parseDateOnly } from '../../domain/dates';

/** The office's own closing days (a bridge day, the week between Christmas and New Year): no term counts them. */
export function ClosingDaysEditor() {
  const repos = useRepositories();
  const actor = useActor();
  const notify = useNotice();
  const days = useLiveQuery(() => repos.closingDays.list(), [repos]);
  const [day, setDay] = useState('');
  const [description, setDescription] = useState('');
  const [error, setError] = useState<string | null>(null);

  const add = async () => {
    const parsed = parseDateOnly(day);
    if (!parsed) {
      setError('Vul een geldige datum in, bijvoorbeeld 15-05-2026');
      return;
    }
    const iso = localDay(parsed);
    if ((days ?? []).some((existing) => existing.day === iso)) {
      setError('Deze dag staat er al in');
      return;
    }
    setError(null);
    const next = [...(days ?? []), { day: iso, description: description.trim() || 'Kantoor gesloten' }].sort((a, b) => a.day.localeCompare(b.day));
    await repos.closingDays.save(next, actor);
    setDay('');
    setDescription('');
    notify({ text: `Sluitingsdag ${formatDate(iso)} toegevoegd.`, tone: 'success' });
  };

  return (
    <section className="panel" aria-labelledby="closing-title">
      <h2 id="closing-title">Sluitingsdagen van het kantoor</h2>
      <p className="hint">Naast weekenden en de feestdagen van de Algemene termijnenwet telt Klachtenbalie ook deze dagen niet mee.</p>
      {days && days.length > 0 ? (
        <ul className="closing-days">
          {days.map((closing) => (
            <li key={closing.day}>
              <span>
                {formatDate(closing.day)} — {closing.description}
              </span>
              <button
                type="button"
                className="secondary small"
                aria-label={`Sluitingsdag ${formatDate(closing.day)} verwijderen`}
                onClick={() => void repos.closingDays.save(days.filter((d) => d.day !== closing.day), actor)}
              >
                Verwijderen
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">Nog geen sluitingsdagen.</p>
      )}
      <form
        noValidate
        className="inline-form"
        aria-label="Sluitingsdag toevoegen"
        onSubmit={(event) => {
          event.preventDefault();
          void add();
        }}
      >
        <Field id="closing-day" label="Datum" error={error ?? undefined}>
          {(aria) => <input {...aria} value={day} onChange={(event) => setDay(event.target.value)} placeholder="dd-mm-jjjj" />}
        </Field>
        <div className="field grow">
          <label htmlFor="closing-description">Omschrijving</label>
          <input id="closing-description" value={description} onChange={(event) => setDescription(event.target.value)} placeholder="Bijvoorbeeld: brugdag na Hemelvaart" />
        </div>
        <button type="submit">Sluitingsdag toevoegen</button>
      </form>
    </section>
  );
}
