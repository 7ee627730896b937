import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef } from 'react';
import { useRepositories } from '../../app/data';
import { formatDateTime } from '../../components/format';
import { STATUS_LABELS } from '../../domain/labels';
import type { Complaint } from '../../domain/model';
import { CONFIDENTIAL_COMPLAINT, openTerms } from '../../domain/privacy';
import { useStaffNames } from '../complaints/useStaffNames';
import { CardHeading } from './CardHeading';
import { nameOf } from './staffName';
import { DeadlineList } from './workflow/DeadlineList';
import { useToday } from './workflow/useToday';

/**
 * A confidential complaint as someone who may not read it sees its card: that
 * it exists, where it stands and which terms run, and whom to ask. No name,
 * content, files, letters or history.
 */
export function ClosedCard({ complaint }: { complaint: Complaint }) {
  const repos = useRepositories();
  const today = useToday();
  const deadlines = useLiveQuery(() => repos.complaints.deadlines(complaint.id, today).then(openTerms), [repos, complaint.id, today]);
  const staffNames = useStaffNames();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), [complaint.id]);
  return (
    <article className="card" aria-labelledby="card-title">
      <header className="card-head">
        <CardHeading reference={complaint.reference} about={CONFIDENTIAL_COMPLAINT} headingRef={headingRef} />
        <ul className="card-facts" aria-label="Kerngegevens">
          <li>
            <span className={`badge status-${complaint.status}`}>{STATUS_LABELS[complaint.status]}</span>
          </li>
          <li>
            <span className="badge confidential">Vertrouwelijk</span>
          </li>
          <li>Ontvangen: {formatDateTime(complaint.receivedAt)}</li>
          <li>Behandelaar: {nameOf(staffNames, complaint.ownerId, 'nog niemand')}</li>
          <li>Coördinator: {nameOf(staffNames, complaint.coordinatorId, 'nog niemand')}</li>
        </ul>
      </header>
      <div className="card-body">
        <div className="card-main">
          <p className="notice">
            Dit is een vertrouwelijke klacht. Alleen de behandelaar, de klachtencoördinator en wie de klachtenregeling ervoor aanwijst, kunnen de klager en de
            inhoud zien. Hebt u de klacht nodig, vraag het dan aan de behandelaar of de coördinator.
          </p>
          <section className="panel" aria-labelledby="closed-terms">
            <h2 id="closed-terms">Termijnen</h2>
            {deadlines ? <DeadlineList deadlines={deadlines} /> : <p aria-busy="true">Termijnen laden…</p>}
          </section>
        </div>
      </div>
    </article>
  );
}
