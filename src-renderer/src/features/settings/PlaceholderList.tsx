import { PLACEHOLDERS } from '../../letters';

interface Props {
  /** Placeholders the text uses now, so the list shows them. */
  used: ReadonlySet<string>;
  onInsert: (name: string) => void;
}

export function PlaceholderList({ used, onInsert }: Props) {
  return (
    <section className="panel placeholders" aria-labelledby="placeholders-title">
      <h2 id="placeholders-title">Invulvelden</h2>
      <p className="hint">Een invulveld tussen accolades wordt in elke brief vervangen door de gegevens van de klacht. „Invoegen” zet het op de plek van de cursor in de tekst.</p>
      <ul className="placeholder-list">
        {PLACEHOLDERS.map((placeholder) => (
          <li key={placeholder.name} className={used.has(placeholder.name) ? 'used' : undefined}>
            <div>
              <code>{`{${placeholder.name}}`}</code>
              {used.has(placeholder.name) ? <span className="badge">in de tekst</span> : null}
              <span className="description">{placeholder.description}</span>
            </div>
            <button type="button" className="secondary small" aria-label={`Invoegen {${placeholder.name}}`} onClick={() => onInsert(placeholder.name)}>
              Invoegen
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
