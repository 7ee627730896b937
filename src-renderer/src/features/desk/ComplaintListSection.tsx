import { useLiveQuery } from 'dexie-react-hooks';
import { Fragment, useState, type ReactNode } from 'react';
import { useVisibleRows } from '../../app/confidential';
import { hrefFor } from '../../app/router';
import { formatMediumDate } from '../../components/format';
import type { DeskComplaintList, DeskComplaintRow, DeskPage } from '../../db/repositories';
import { DESK_STATE_LABELS } from '../../domain/desk';
import type { Staff } from '../../domain/model';
import { AssignForm } from './AssignForm';
import { MoreRowsButton } from './MoreRowsButton';
import { DeskSection } from './DeskSection';
import { useMoreRows } from './useMoreRows';

const FIRST_ROWS = 6;

interface Props {
  id: string;
  title: string;
  note?: ReactNode;
  empty: ReactNode;
  load: (page: DeskPage) => Promise<DeskComplaintList>;
  /** Names the query, so the live read and paging follow it. */
  queryKey: string;
  showOwner?: boolean;
  /** For a list that mixes stages (an owner's open complaints). */
  showState?: boolean;
  /** Offer "Toewijzen" on every row, with these people to choose from. */
  assignTo?: readonly Staff[];
}

/** A compact complaint list of the desk: count in the heading, oldest first, each row a way into the card. */
export function ComplaintListSection({ id, title, note, empty, load, queryKey, showOwner = false, showState = false, assignTo }: Props) {
  const list = useLiveQuery(() => load({ limit: FIRST_ROWS }), [queryKey]);
  const first = list?.rows ?? [];
  const more = useMoreRows(queryKey, first.length, async (offset, limit) => (await load({ offset, limit })).rows);
  const rows = useVisibleRows<DeskComplaintRow>([...first, ...more.rows]);
  const rest = (list?.count ?? 0) - rows.length;
  const [assigning, setAssigning] = useState<string | null>(null);
  const columns = 3 + (showState ? 1 : 0) + (showOwner ? 1 : 0) + (assignTo ? 1 : 0);

  return (
    <DeskSection id={id} title={title} count={list?.count} note={note} busy={list === undefined}>
      {rows.length === 0 ? (
        <p className="desk-empty">{empty}</p>
      ) : (
        <table className="desk-table" aria-labelledby={`${id}-title`}>
          <colgroup>
            <col className="col-reference" />
            <col className="col-customer" />
            <col className="col-received" />
            {showState ? <col className="col-state" /> : null}
            {showOwner ? <col className="col-owner" /> : null}
            {assignTo ? <col className="col-action" /> : null}
          </colgroup>
          <thead>
            <tr>
              <th scope="col">Kenmerk</th>
              <th scope="col">Klant</th>
              <th scope="col">Ontvangen</th>
              {showState ? <th scope="col">Stand</th> : null}
              {showOwner ? <th scope="col">Behandelaar</th> : null}
              {assignTo ? (
                <th scope="col">
                  <span className="visually-hidden">Toewijzen</span>
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <Fragment key={row.complaintId}>
                <tr>
                  <th scope="row">
                    <a href={hrefFor({ name: 'card', complaintId: row.complaintId })}>{row.reference}</a>
                  </th>
                  <td title={row.customerName}>{row.customerName}</td>
                  <td>{formatMediumDate(row.receivedAt)}</td>
                  {showState ? <td>{row.deskState ? DESK_STATE_LABELS[row.deskState] : ''}</td> : null}
                  {showOwner ? <td>{row.ownerName ?? <span className="muted">—</span>}</td> : null}
                  {assignTo ? (
                    <td className="action">
                      <button
                        type="button"
                        className="secondary small"
                        aria-expanded={assigning === row.complaintId}
                        aria-label={`Toewijzen ${row.reference}`}
                        onClick={() => setAssigning(assigning === row.complaintId ? null : row.complaintId)}
                      >
                        Toewijzen
                      </button>
                    </td>
                  ) : null}
                </tr>
                {assignTo && assigning === row.complaintId ? (
                  <tr className="form-row">
                    <td colSpan={columns}>
                      <AssignForm
                        complaintId={row.complaintId}
                        reference={row.reference}
                        currentOwnerId={row.ownerId}
                        choices={assignTo}
                        onClose={() => setAssigning(null)}
                      />
                    </td>
                  </tr>
                ) : null}
              </Fragment>
            ))}
          </tbody>
        </table>
      )}
      <MoreRowsButton rest={rest} listName={title} loading={more.loading} onShowMore={more.showMore} />
    </DeskSection>
  );
}
