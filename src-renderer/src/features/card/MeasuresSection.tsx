import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { useRepositories } from '../../app/data';
import { useActor } from '../../app/profile';
import { hrefFor } from '../../app/router';
import { errorText } from '../../components/errorText';
import { FormProblem } from '../../components/FormProblem';
import type { Complaint } from '../../domain/model';
import { ActionForm } from './workflow/ActionForm';
import { MeasureActions } from '../measures/MeasureActions';
import { addMeasureForm, measureInputOf } from '../measures/measureForms';
import { measureStateText } from '../measures/measureText';

/** The card's improvement section: this complaint's measures from the register, a new one, or one of the register linked. */
export function MeasuresSection({ complaint, today }: { complaint: Complaint; today: string }) {
  const repos = useRepositories();
  const actor = useActor();
  const measures = useLiveQuery(() => repos.measures.ofComplaint(complaint.id), [repos, complaint.id]);
  const linkable = useLiveQuery(() => repos.measures.linkable(complaint.id), [repos, complaint.id]);
  const causes = useLiveQuery(() => repos.measures.causeCategories(), [repos]);
  const [adding, setAdding] = useState(false);
  const [chosen, setChosen] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const linkId = useId();

  const link = async () => {
    try {
      setProblem(null);
      await repos.measures.link(chosen, complaint.id, actor);
      setChosen('');
    } catch (error) {
      setProblem(errorText(error));
    }
  };

  return (
    <section className="panel" aria-labelledby="measures-title">
      <h2 id="measures-title">Maatregelen</h2>
      {measures && measures.length > 0 ? (
        <ul className="items" aria-label="Maatregelen bij deze klacht">
          {measures.map((measure) => (
            <li key={measure.id}>
              <span>
                <strong>{measure.description}</strong> — {measureStateText(measure)}
                {measure.complaintIds.length > 1 ? ` (hoort bij ${measure.complaintIds.length} klachten)` : ''}
              </span>
              <MeasureActions measure={measure} today={today} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="hint">Nog geen maatregel bij deze klacht. Voeg er een toe, of koppel een maatregel uit het register die dezelfde oorzaak aanpakt.</p>
      )}
      {adding && causes ? (
        <ActionForm
          type="add-measure"
          form={addMeasureForm(causes)}
          options={{}}
          defaults={{ owner: actor.name }}
          onCancel={() => setAdding(false)}
          onSubmit={async (values) => {
            try {
              await repos.measures.add(measureInputOf(values, [complaint.id]), actor);
              setAdding(false);
              return null;
            } catch (error) {
              return errorText(error);
            }
          }}
        />
      ) : (
        <div className="form-actions">
          <button type="button" className="secondary" onClick={() => setAdding(true)}>
            Maatregel toevoegen
          </button>
          <a href={hrefFor({ name: 'measures' })}>Naar het maatregelenregister</a>
        </div>
      )}
      {linkable && linkable.length > 0 ? (
        <form
          className="inline-form small"
          onSubmit={(event) => {
            event.preventDefault();
            if (chosen) void link();
          }}
        >
          <div className="field grow">
            <label htmlFor={linkId}>Bestaande maatregel koppelen</label>
            <select id={linkId} value={chosen} onChange={(event) => setChosen(event.target.value)}>
              <option value="">Kies…</option>
              {linkable.map((measure) => (
                <option key={measure.id} value={measure.id}>
                  {measure.description} ({measure.owner})
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="secondary small" disabled={!chosen}>
            Koppelen
          </button>
        </form>
      ) : null}
      <FormProblem text={problem} />
    </section>
  );
}
