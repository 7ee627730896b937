import { useLiveQuery } from 'dexie-react-hooks';
import { useConfidentialAccess, visibleComplaint } from '../../app/confidential';
import { useRepositories } from '../../app/data';
import { hrefFor } from '../../app/router';
import { formatDateTime, formatShortDateTime } from '../../components/format';
import { EVENT_LABELS, STATUS_LABELS } from '../../domain/labels';
import { CONFIDENTIAL_COMPLAINT } from '../../domain/privacy';
import { CustomerDetails } from '../card/CustomerDetails';
import { Pinboard } from '../pinboard/Pinboard';
import { MergeCustomer } from './MergeCustomer';
import { PersonRightsSection } from './PersonRightsSection';
import { RepresentativeSection } from './RepresentativeSection';

/** Everything about one customer: details, all complaints, all contacts and all pinned files. */
export function CustomerCard({ customerId }: { customerId: string }) {
  const repos = useRepositories();
  const access = useConfidentialAccess();
  const customer = useLiveQuery(async () => (await repos.customers.get(customerId)) ?? null, [repos, customerId]);
  const complaints = useLiveQuery(() => repos.customers.complaints(customerId), [repos, customerId]);
  const events = useLiveQuery(() => repos.events.listForCustomer(customerId), [repos, customerId]);
  const attachments = useLiveQuery(() => repos.attachments.listForCustomer(customerId), [repos, customerId]);

  if (customer === undefined) return <p aria-busy="true">Klant laden…</p>;
  if (customer?.mergedIntoId) {
    return (
      <section className="empty">
        <h1>Klant samengevoegd</h1>
        <p>
          {customer.name} is samengevoegd met een andere klant. <a href={hrefFor({ name: 'customer', customerId: customer.mergedIntoId })}>Naar die klantenkaart</a>.
        </p>
      </section>
    );
  }
  if (customer === null) {
    return (
      <section className="empty">
        <h1>Klant niet gevonden</h1>
        <p>
          Deze klant bestaat niet (meer), bijvoorbeeld omdat hij is samengevoegd. <a href={hrefFor({ name: 'list' })}>Terug naar de klachtenlijst</a>.
        </p>
      </section>
    );
  }
  const contacts = (events ?? []).filter((event) => event.type === 'contact').reverse();
  const references = new Map((complaints ?? []).map((complaint) => [complaint.id, complaint.reference]));
  const shown = (complaints ?? []).map((complaint) => visibleComplaint(access, complaint));
  // A contact or a file of a complaint this person may not read says no more than that complaint's row.
  const closed = new Set(shown.filter((complaint) => complaint.concealed).map((complaint) => complaint.id));
  const files = attachments?.filter((file) => file.complaintId === null || !closed.has(file.complaintId));

  return (
    <article className="card" aria-labelledby="customer-title">
      <header className="card-head">
        <p className="crumbs">
          <a href={hrefFor({ name: 'list' })}>Klachten</a> / Klantenkaart
        </p>
        <h1 id="customer-title">
          {customer.name}
          {customer.customerNumber ? <span className="title-summary">klantnr. {customer.customerNumber}</span> : null}
        </h1>
      </header>
      <div className="card-body">
        <div className="card-main">
          <section className="panel" aria-labelledby="customer-complaints">
            <h2 id="customer-complaints">Klachten van deze klant</h2>
            {complaints && complaints.length === 0 ? <p className="muted">Geen klachten.</p> : null}
            <table className="plain-table compact" aria-label="Klachten van deze klant">
              <thead>
                <tr>
                  <th scope="col">Kenmerk</th>
                  <th scope="col">Ontvangen</th>
                  <th scope="col">Samenvatting</th>
                  <th scope="col">Status</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((complaint) => (
                  <tr key={complaint.id}>
                    <th scope="row">
                      <a href={hrefFor({ name: 'card', complaintId: complaint.id })}>{complaint.reference}</a>
                    </th>
                    <td>{formatShortDateTime(complaint.receivedAt)}</td>
                    <td>{complaint.concealed ? <span className="muted">{CONFIDENTIAL_COMPLAINT}</span> : complaint.summary}</td>
                    <td>
                      <span className={`badge status-${complaint.status}`}>{STATUS_LABELS[complaint.status]}</span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          <CustomerDetails customer={customer} />
          <RepresentativeSection customer={customer} />
          <section className="panel" aria-labelledby="customer-contacts">
            <h2 id="customer-contacts">Contacten</h2>
            {contacts.length === 0 ? <p className="muted">Nog geen contacten vastgelegd. Leg een gesprek, e-mail of bezoek vast op de klachtkaart met „Contact vastleggen”.</p> : null}
            <ol className="timeline">
              {contacts.map((event) => (
                <li key={event.id}>
                  <div className="event-head">
                    <strong>{EVENT_LABELS[event.type]}</strong>
                    <time dateTime={event.at}>{formatDateTime(event.at)}</time>
                    {event.complaintId ? <span className="muted">{references.get(event.complaintId)}</span> : null}
                  </div>
                  <p>{event.complaintId && closed.has(event.complaintId) ? CONFIDENTIAL_COMPLAINT : event.summary}</p>
                </li>
              ))}
            </ol>
          </section>
          <MergeCustomer customer={customer} />
          <PersonRightsSection customer={customer} handedOut={(events ?? []).filter((event) => event.type === 'data_handed_out').reverse()} />
        </div>
        <div className="card-side">
          <Pinboard target={{ customerId }} attachments={files} title="Prikbord van de klant" />
        </div>
      </div>
    </article>
  );
}
