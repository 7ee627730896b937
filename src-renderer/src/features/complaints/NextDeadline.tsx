import { formatShortDate } from '../../components/format';
import { DEADLINE_KIND_LABELS } from '../../domain/workflowLabels';
import type { Complaint } from '../../domain/model';

/** The earliest open term, red when it has passed; the card has the working-day details. */
export function NextDeadline({ complaint, today }: { complaint: Complaint; today: string }) {
  if (!complaint.nextDeadline) return <span className="muted">—</span>;
  const late = complaint.nextDeadline < today;
  const kind = complaint.nextDeadlineKind ? DEADLINE_KIND_LABELS[complaint.nextDeadlineKind] : '';
  return (
    <span className={`next-deadline${late ? ' late' : complaint.nextDeadline === today ? ' today' : ''}`} title={kind}>
      {formatShortDate(complaint.nextDeadline)}
      {late ? ' · te laat' : ''}
      <span className="kind">{kind}</span>
    </span>
  );
}
