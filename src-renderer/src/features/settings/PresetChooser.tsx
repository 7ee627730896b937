import type { Procedure } from '../../domain/procedure';
import { formatTerm } from '../../domain/procedureText';

interface Props {
  presets: Procedure[];
  currentKey: string;
  onChoose: (key: string) => void;
  onCancel: () => void;
}

export function PresetChooser({ presets, currentKey, onChoose, onCancel }: Props) {
  return (
    <section className="panel" aria-labelledby="presets-title">
      <h2 id="presets-title">Kies een voorbeeldregeling</h2>
      <p className="hint">Elke voorbeeldregeling volgt een echte klachtenregeling. U kunt daarna alles aanpassen. Lopende klachten houden hun eigen versie.</p>
      <ul className="presets">
        {presets.map((preset) => (
          <li key={preset.key}>
            <button
              type="button"
              className="preset"
              onClick={() => onChoose(preset.key)}
              aria-label={`Gebruik ${preset.name}`}
              aria-current={preset.key === currentKey ? 'true' : undefined}
            >
              <strong>{preset.name}</strong>
              <span>{preset.officeKind}</span>
              <span className="muted">
                Bevestiging {formatTerm(preset.terms.acknowledge)} · reactie {formatTerm(preset.terms.response)}
              </span>
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="secondary" onClick={onCancel}>
        Annuleren
      </button>
    </section>
  );
}
