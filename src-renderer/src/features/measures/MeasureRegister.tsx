import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { useRepositories } from '../../app/data';
import { hrefFor } from '../../app/router';
import { formatDate } from '../../components/format';
import { checkDue, MEASURE_STATUS_LABELS, MEASURE_VIEW_LABELS, MEASURE_VIEWS, overdue, type MeasureFilter, type MeasureView } from '../../domain/measures';
import type { Measure } from '../../domain/model';
import { useToday } from '../card/workflow/useToday';
import { MeasureActions } from './MeasureActions';
import { measureStateText } from './measureText';

/** Where a measure stands, as the register's status column says it. */
function stateOf(measure: Measure, today: string): string {
  if (overdue(measure, today)) return 'Te laat';
  if (checkDue(measure, today)) return 'Toets te doen';
  if (measure.status === 'done' && measure.check && !measure.check.checkedOn) return 'Uitgevoerd, toets gepland';
  return MEASURE_STATUS_LABELS[measure.status];
}

/** The measures register: every measure with its complaints, filtered on what is still to do, cause and owner. */
export function MeasureRegister() {
  const repos = useRepositories();
  const today = useToday();
  const [filter, setFilter] = useState<MeasureFilter>({ view: 'open', cause: '', owner: '' });
  const measures = useLiveQuery(() => repos.measures.list(filter, today), [repos, filter, today]);
  const references = useLiveQuery(async () => (measures ? repos.measures.references(measures) : new Map<string, string>()), [repos, measures]);
  const causes = useLiveQuery(() => repos.measures.causeCategories(), [repos]);
  const owners = useLiveQuery(() => repos.measures.owners(), [repos]);
  const id = useId();
  const filtered = filter.view !== 'all' || filter.cause !== '' || filter.owner !== '';

  return (
    <section aria-labelledby="measures-register-title">
      <div className="page-head">
        <h1 id="measures-register-title">Maatregelen</h1>
      </div>
      <p className="lead">
        Wat het kantoor doet om herhaling te voorkomen: elke maatregel met de oorzaak die hij aanpakt, wie hem uitvoert, de klachten waar hij uit voortkomt en
        of hij werkte.
      </p>
      <form className="inline-form filters" aria-label="Filters" onSubmit={(event) => event.preventDefault()}>
        <div className="field">
          <label htmlFor={`${id}-view`}>Toon</label>
          <select id={`${id}-view`} value={filter.view} onChange={(event) => setFilter({ ...filter, view: event.target.value as MeasureView })}>
            {MEASURE_VIEWS.map((view) => (
              <option key={view} value={view}>
                {MEASURE_VIEW_LABELS[view]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-cause`}>Oorzaak</label>
          <select id={`${id}-cause`} value={filter.cause} onChange={(event) => setFilter({ ...filter, cause: event.target.value })}>
            <option value="">Alle oorzaken</option>
            {(causes ?? []).map((cause) => (
              <option key={cause} value={cause}>
                {cause}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-owner`}>Uitvoerder</label>
          <select id={`${id}-owner`} value={filter.owner} onChange={(event) => setFilter({ ...filter, owner: event.target.value })}>
            <option value="">Iedereen</option>
            {(owners ?? []).map((owner) => (
              <option key={owner} value={owner}>
                {owner}
              </option>
            ))}
          </select>
        </div>
      </form>
      {measures === undefined ? <p aria-busy="true">Maatregelen laden…</p> : null}
      {measures && measures.length === 0 ? (
        <div className="empty">
          {filtered ? (
            <p>Geen maatregelen bij deze filters. Kies bij „Toon” voor „Alle” om ook afgeronde maatregelen te zien.</p>
          ) : (
            <p>
              Er zijn nog geen maatregelen. Open een klacht en kies onder „Maatregelen” voor „Maatregel toevoegen”: hij komt dan hier, en u kunt hem aan andere
              klachten met dezelfde oorzaak koppelen.
            </p>
          )}
        </div>
      ) : null}
      {measures && measures.length > 0 ? (
        <table className="desk-table measures-table" aria-labelledby="measures-register-title">
          <thead>
            <tr>
              <th scope="col">Maatregel</th>
              <th scope="col">Oorzaak</th>
              <th scope="col">Uiterlijk</th>
              <th scope="col">Stand</th>
              <th scope="col">Klachten</th>
            </tr>
          </thead>
          <tbody>
            {measures.map((measure) => (
              <tr key={measure.id}>
                <th scope="row">
                  {measure.description}
                  <div className="hint">{measureStateText(measure)}</div>
                  <MeasureActions measure={measure} today={today} />
                </th>
                <td>
                  {measure.causeCategory || '—'}
                  {measure.causeText ? <div className="hint">{measure.causeText}</div> : null}
                </td>
                <td>{formatDate(measure.dueOn)}</td>
                <td>{stateOf(measure, today)}</td>
                <td>
                  {measure.complaintIds.map((complaintId) => {
                    const reference = references?.get(complaintId);
                    return reference ? (
                      <a key={complaintId} className="ref-link" href={hrefFor({ name: 'card', complaintId })}>
                        {reference}
                      </a>
                    ) : null;
                  })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
