import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef } from 'react';
import { useRepositories } from '../../app/data';
import { mayReadComplaint, useConfidentialAccess } from '../../app/confidential';
import { useActor } from '../../app/profile';
import { hrefFor, type CardStep } from '../../app/router';
import { formatDate, formatDateTime } from '../../components/format';
import { CHANNEL_LABELS, STATUS_LABELS } from '../../domain/labels';
import type { Complaint } from '../../domain/model';
import { CardHeading } from './CardHeading';
import { ClosedCard } from './ClosedCard';
import { nameOf } from './staffName';
import { useConfidentialOpeningLog } from './useConfidentialOpeningLog';
import { useStaffNames } from '../complaints/useStaffNames';
import { ComplaintDetails } from './ComplaintDetails';
import { ConflictNotice } from './ConflictNotice';
import { CustomerDetails } from './CustomerDetails';
import { Timeline } from './Timeline';
import { LetterButton } from '../letters/LetterButton';
import { Pinboard } from '../pinboard/Pinboard';
import { WorkflowPanel } from './workflow/WorkflowPanel';
import { useToday } from './workflow/useToday';
import { WorkflowRecord } from './workflow/WorkflowRecord';
import { MeasuresSection } from './MeasuresSection';

/**
 * The card of one complaint. A confidential complaint opens only for those who
 * may read it (app/confidential), and each opening is logged; anyone else sees it closed.
 */
export function ComplaintCard({ complaintId, step }: { complaintId: string; step?: CardStep | undefined }) {
  const repos = useRepositories();
  const access = useConfidentialAccess();
  const complaint = useLiveQuery(async () => (await repos.complaints.get(complaintId)) ?? null, [repos, complaintId]);
  if (complaint === undefined || (complaint?.confidential && !access.ready)) return <p aria-busy="true">Klacht laden…</p>;
  if (complaint === null) {
    return (
      <section className="empty">
        <h1>Klacht niet gevonden</h1>
        <p>
          Deze klacht bestaat niet (meer). <a href={hrefFor({ name: 'list' })}>Terug naar de klachtenlijst</a>.
        </p>
      </section>
    );
  }
  if (!mayReadComplaint(access, complaint)) return <ClosedCard complaint={complaint} />;
  return <OpenCard complaint={complaint} step={step} />;
}

function OpenCard({ complaint, step }: { complaint: Complaint; step?: CardStep | undefined }) {
  const repos = useRepositories();
  const complaintId = complaint.id;
  const customer = useLiveQuery(async () => (await repos.customers.get(complaint.customerId)) ?? null, [repos, complaint.customerId]);
  const today = useToday();
  // One read for the whole workflow panel: terms, checklist, actions and owners, against the complaint's own procedure version.
  // Signed in to the office's server, steps of other roles show why they are not this person's.
  const roles = useActor().roles;
  const workflow = useLiveQuery(() => repos.complaints.workflowState(complaintId, today, roles), [repos, complaintId, today, roles]);
  const attachments = useLiveQuery(() => repos.attachments.listForComplaint(complaintId), [repos, complaintId]);
  const staffNames = useStaffNames();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useConfidentialOpeningLog(complaint);
  useEffect(() => {
    // Opened for a term (from the desk), the workflow panel takes the focus instead.
    if (!step) headingRef.current?.focus();
  }, [complaintId, step]);

  return (
    <article className="card" aria-labelledby="card-title">
      <header className="card-head">
        <CardHeading reference={complaint.reference} about={complaint.summary} headingRef={headingRef} />
        <ul className="card-facts" aria-label="Kerngegevens">
          <li>
            <span className={`badge status-${complaint.status}`}>{STATUS_LABELS[complaint.status]}</span>
          </li>
          {complaint.confidential ? (
            <li>
              <span className="badge confidential">Vertrouwelijk</span>
            </li>
          ) : null}
          <li>
            {complaint.anonymisedOn ? (
              'Klant: geanonimiseerd'
            ) : (
              <>
                Klant: <a href={hrefFor({ name: 'customer', customerId: complaint.customerId })}>{complaint.customerName}</a>
              </>
            )}
          </li>
          <li>Ontvangen: {formatDateTime(complaint.receivedAt)}</li>
          <li>Kanaal: {CHANNEL_LABELS[complaint.channel]}</li>
          <li>Behandelaar: {nameOf(staffNames, complaint.ownerId, 'nog niemand')}</li>
          <li>Coördinator: {nameOf(staffNames, complaint.coordinatorId, 'nog niemand')}</li>
        </ul>
        {complaint.anonymisedOn ? null : (
          <div className="card-actions">
            <LetterButton state={workflow} customer={customer} today={today} />
          </div>
        )}
      </header>
      <div className="card-body">
        <div className="card-main">
          <ConflictNotice complaint={complaint} />
          {complaint.anonymisedOn ? (
            <p className="notice">
              Geanonimiseerd op {formatDate(complaint.anonymisedOn)}: de bewaartermijn was verstreken. Namen, contactgegevens, vrije tekst, brieven en bestanden zijn
              gewist; data, categorie, kanaal, oordeel, termijnen en maatregelen zijn bewaard voor de analyse.
            </p>
          ) : null}
          {workflow && !complaint.anonymisedOn ? <WorkflowPanel state={workflow} today={today} step={step} /> : null}
          <WorkflowRecord complaint={complaint} today={today} deadlines={workflow?.deadlines ?? []} />
          {complaint.anonymisedOn ? null : <MeasuresSection complaint={complaint} today={today} />}
          <ComplaintDetails complaint={complaint} />
          {customer ? <CustomerDetails customer={customer} /> : null}
        </div>
        <div className="card-side">
          <Pinboard target={{ complaintId: complaint.id }} attachments={attachments} />
          <Timeline complaintId={complaint.id} customerId={complaint.customerId} />
        </div>
      </div>
    </article>
  );
}
