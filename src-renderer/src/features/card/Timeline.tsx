import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useRepositories } from '../../app/data';
import { formatDateTime } from '../../components/format';
import { EVENT_LABELS, FIELD_LABELS } from '../../domain/labels';
import { displayValue } from './displayValue';
import { useStaffNames } from '../complaints/useStaffNames';

/** Events whose one-line summary says it all; their field list would only repeat it with ids and hashes. */
const SUMMARY_ONLY = new Set(['created', 'customer_created', 'attachment_added', 'attachment_removed', 'letter_made']);

/** The complaint's own events, plus changes to its customer's details: both belong to the file. */
export function Timeline({ complaintId, customerId }: { complaintId: string; customerId: string }) {
  const repos = useRepositories();
  const events = useLiveQuery(async () => {
    const [own, ofCustomer] = await Promise.all([repos.events.listForComplaint(complaintId), repos.events.listForCustomer(customerId)]);
    const byId = new Map(own.map((event) => [event.id, event]));
    for (const event of ofCustomer) if (event.type === 'customer_updated') byId.set(event.id, event);
    return [...byId.values()].sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
  }, [repos, complaintId, customerId]);
  const staffNames = useStaffNames();
  const [contactsOnly, setContactsOnly] = useState(false);
  if (!events) return <p aria-busy="true">Voortgang laden…</p>;
  // Ids mean nothing to a reader: staff references show as names.
  const show = (field: string, value: unknown) =>
    (field === 'ownerId' || field === 'coordinatorId') && typeof value === 'string' ? (staffNames.get(value) ?? value) : displayValue(field, value);
  return (
    <section className="panel" aria-labelledby="timeline-title">
      <div className="panel-head">
        <h2 id="timeline-title">Voortgang</h2>
        <label className="inline small">
          <input type="checkbox" checked={contactsOnly} onChange={(event) => setContactsOnly(event.target.checked)} /> Alleen contacten
        </label>
      </div>
      {events.length === 0 ? <p className="muted">Nog niets vastgelegd.</p> : null}
      <ol className="timeline">
        {[...events].reverse().filter((event) => !contactsOnly || event.type === 'contact').map((event) => (
          <li key={event.id}>
            <div className="event-head">
              <strong>{EVENT_LABELS[event.type] ?? event.type}</strong>
              <time dateTime={event.at}>{formatDateTime(event.at)}</time>
              <span className="muted">door {event.actorName}</span>
            </div>
            {event.summary ? <p>{event.summary}</p> : null}
            {!SUMMARY_ONLY.has(event.type) && event.changes.length > 0 ? (
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
                  {event.changes.map((change) => (
                    <tr key={change.field}>
                      <th scope="row">{FIELD_LABELS[change.field] ?? change.field}</th>
                      <td>{show(change.field, change.old)}</td>
                      <td>{show(change.field, change.new)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
