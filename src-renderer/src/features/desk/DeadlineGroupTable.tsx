import { useVisibleRows } from '../../app/confidential';
import { hrefFor, navigate } from '../../app/router';
import { formatMediumDate } from '../../components/format';
import type { DeskDeadlineGroup, DeskDeadlineRow } from '../../db/repositories';
import { dutchNumber } from '../../domain/dutchNumber';
import { dayText } from './dayText';
import { MoreRowsButton } from './MoreRowsButton';
import { useMoreRows } from './useMoreRows';

interface Props {
  group: DeskDeadlineGroup;
  today: string;
  /** Names the query, so more rows start over when the day or owner changes. */
  queryKey: string;
  loadMore: (offset: number, limit: number) => Promise<DeskDeadlineRow[]>;
  /** The groups line up under the first, so only its column heads are shown; the others keep theirs for screen readers. */
  quietHead?: boolean;
}

const cardOf = (row: DeskDeadlineRow) =>
  ({ name: 'card', complaintId: row.complaintId, step: { kind: row.kind, ...(row.itemId ? { itemId: row.itemId } : {}) } }) as const;

/** One kind of term: its exact count, the most pressing rows, and the rest on request. */
export function DeadlineGroupTable({ group, today, queryKey, loadMore, quietHead = false }: Props) {
  const more = useMoreRows(`${queryKey}:${group.key}`, group.rows.length, loadMore);
  const rows = useVisibleRows([...group.rows, ...more.rows]);
  const rest = group.count - rows.length;
  return (
    <div className="desk-group">
      <table className="desk-table deadlines-table">
        <caption>
          {group.label} <span className="count">{dutchNumber(group.count)}</span>
        </caption>
        <colgroup>
          <col className="col-reference" />
          <col className="col-customer" />
          <col className="col-owner" />
          <col className="col-due" />
          <col className="col-left" />
        </colgroup>
        <thead className={quietHead ? 'quiet' : undefined}>
          <tr>
            <th scope="col">Kenmerk</th>
            <th scope="col">Klant</th>
            <th scope="col">Behandelaar</th>
            <th scope="col">Termijn</th>
            <th scope="col">
              <span className="visually-hidden">Werkdagen</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            // The whole row opens the card; the link is there for the keyboard and for a new window.
            <tr key={row.id} className="clickable" onClick={() => navigate(cardOf(row))}>
              <th scope="row">
                <a href={hrefFor(cardOf(row))} onClick={(event) => event.stopPropagation()}>
                  {row.reference}
                </a>
              </th>
              <td title={row.customerName}>{row.customerName}</td>
              <td>{row.ownerName ?? <span className="muted">niemand</span>}</td>
              <td>{formatMediumDate(row.dueOn)}</td>
              <td className={row.dueOn < today ? 'late' : row.dueOn === today ? 'today' : 'left'}>{dayText(row, today)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <MoreRowsButton rest={rest} listName={group.label} loading={more.loading} onShowMore={more.showMore} />
    </div>
  );
}
