import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { useRepositories } from '../../app/data';
import { formatDateTime } from '../../components/format';
import { historyRows } from '../../domain/history/changes';
import { HISTORY_FILTER_LABELS, HISTORY_FILTERS, inHistoryFilter, type HistoryFilter } from '../../domain/history/filters';
import type { ValueNames } from '../../domain/history/values';
import { EVENT_LABELS } from '../../domain/labels';
import type { ComplaintEvent } from '../../domain/model';
import { useStaffNames } from '../complaints/useStaffNames';

/** A long file (65 events) would fill screens; the latest say where it stands, the rest come on request. */
export const HISTORY_PAGE = 10;

/** The complaint's own events, plus changes to its customer's details: both belong to the file. Newest first. */
export function Timeline({ complaintId, customerId }: { complaintId: string; customerId: string }) {
  const repos = useRepositories();
  const events = useLiveQuery(async () => {
    const [own, ofCustomer] = await Promise.all([repos.events.listForComplaint(complaintId), repos.events.listForCustomer(customerId)]);
    const byId = new Map(own.map((event) => [event.id, event]));
    for (const event of ofCustomer) if (event.type === 'customer_updated') byId.set(event.id, event);
    return [...byId.values()].sort((a, b) => b.at.localeCompare(a.at) || b.id.localeCompare(a.id));
  }, [repos, complaintId, customerId]);
  const staffNames = useStaffNames();
  const names = useMemo<ValueNames>(() => ({ staffName: (id) => staffNames.get(id) }), [staffNames]);
  const [filter, setFilter] = useState<HistoryFilter>('all');
  const [shown, setShown] = useState(HISTORY_PAGE);
  if (!events) return <p aria-busy="true">Voortgang laden…</p>;
  const matching = events.filter((event) => inHistoryFilter(event.type, filter));
  const visible = matching.slice(0, shown);
  const rest = matching.length - visible.length;
  return (
    <section className="panel" aria-labelledby="timeline-title">
      <div className="panel-head">
        <h2 id="timeline-title">Voortgang</h2>
        <span className="inline small">
          <label htmlFor="timeline-filter">Toon</label>{' '}
          <select
            id="timeline-filter"
            value={filter}
            onChange={(event) => {
              setFilter(event.target.value as HistoryFilter);
              setShown(HISTORY_PAGE);
            }}
          >
            {HISTORY_FILTERS.map((option) => (
              <option key={option} value={option}>
                {HISTORY_FILTER_LABELS[option]}
              </option>
            ))}
          </select>
        </span>
      </div>
      {events.length === 0 ? <p className="muted">Nog niets vastgelegd.</p> : null}
      {events.length > 0 && matching.length === 0 ? <p className="muted">Hiervan is nog niets vastgelegd.</p> : null}
      {matching.length > HISTORY_PAGE ? (
        <p className="muted small" aria-live="polite">
          {visible.length} van {matching.length} gebeurtenissen, nieuwste eerst
        </p>
      ) : null}
      <ol className="timeline">
        {visible.map((event) => (
          <TimelineEvent key={event.id} event={event} names={names} />
        ))}
      </ol>
      {rest > 0 ? (
        <button type="button" className="secondary" onClick={() => setShown((count) => count + HISTORY_PAGE)}>
          Meer tonen ({Math.min(rest, HISTORY_PAGE)} van nog {rest})
        </button>
      ) : null}
    </section>
  );
}

function TimelineEvent({ event, names }: { event: ComplaintEvent; names: ValueNames }) {
  const rows = historyRows(event, names);
  return (
    <li>
      <div className="event-head">
        <strong>{EVENT_LABELS[event.type] ?? event.type}</strong>
        <time dateTime={event.at}>{formatDateTime(event.at)}</time>
        <span className="muted">door {event.actorName}</span>
      </div>
      {event.summary ? <p>{event.summary}</p> : null}
      {rows.length > 0 ? (
        <div className="changes-scroll">
          <table className="changes">
            <caption className="visually-hidden">Wijzigingen</caption>
            <thead>
              <tr>
                <th scope="col">Veld</th>
                <th scope="col">Was</th>
                <th scope="col">Wordt</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.field}>
                  <th scope="row">{row.label}</th>
                  <td>{row.old}</td>
                  <td>{row.new}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </li>
  );
}
