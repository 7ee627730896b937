import { hrefFor, navigate } from '../../app/router';
import { formatShortDateTime } from '../../components/format';
import { STATUS_LABELS } from '../../domain/labels';
import type { Complaint } from '../../domain/model';
import { NextDeadline } from './NextDeadline';

interface Props {
  complaint: Complaint | undefined;
  rowIndex: number;
  top: number;
  height: number;
  ownerName?: string | undefined;
  today: string;
}

export function ComplaintRow({ complaint, rowIndex, top, height, ownerName, today }: Props) {
  const style = { transform: `translateY(${top}px)`, height };
  if (!complaint) {
    return <div className="tr placeholder" role="row" aria-rowindex={rowIndex} style={style} aria-busy="true" />;
  }
  return (
    <div
      className="tr"
      role="row"
      aria-rowindex={rowIndex}
      style={style}
      onClick={() => navigate({ name: 'card', complaintId: complaint.id })}
    >
      <span role="cell">
        <a href={hrefFor({ name: 'card', complaintId: complaint.id })}>{complaint.reference}</a>
      </span>
      <span role="cell">{formatShortDateTime(complaint.receivedAt)}</span>
      <span role="cell">{complaint.customerName}</span>
      <span role="cell" className="summary">
        {complaint.confidential ? <span className="badge confidential">Vertrouwelijk</span> : null}
        {complaint.summary}
      </span>
      <span role="cell">
        <span className={`badge status-${complaint.status}`}>{STATUS_LABELS[complaint.status]}</span>
      </span>
      <span role="cell">
        <NextDeadline complaint={complaint} today={today} />
      </span>
      <span role="cell">{complaint.ownerId ? ownerName ?? '' : <span className="muted">Niet toegewezen</span>}</span>
    </div>
  );
}
