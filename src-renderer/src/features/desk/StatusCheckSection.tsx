import { useLiveQuery } from 'dexie-react-hooks';
import { Fragment, useState } from 'react';
import { useConfidentialAccess, visibleCopy } from '../../app/confidential';
import { useRepositories } from '../../app/data';
import { hrefFor } from '../../app/router';
import { formatMediumDate } from '../../components/format';
import type { DeskDeadlineRow } from '../../db/repositories';
import { ActionForm } from '../card/workflow/ActionForm';
import type { ActionValues } from '../card/workflow/toAction';
import { useApplyStep } from '../card/workflow/useApplyStep';
import { dutchNumber } from '../../domain/dutchNumber';
import { dayText } from './dayText';
import { DeskSection } from './DeskSection';

const CHECK = 'record_status_check';
/** The coordinator talks each owner's checks through in one go; a handful per owner fits on the desk. */
const ROWS_PER_OWNER = 10;

/** Owners with a status check due today or overdue; each check is recorded right here, with the card's own form. */
export function StatusCheckSection({ today, ownerId }: { today: string; ownerId: string | undefined }) {
  const repos = useRepositories();
  const access = useConfidentialAccess();
  const applyStep = useApplyStep();
  const [open, setOpen] = useState<string | null>(null);
  const due = useLiveQuery(() => repos.desk.statusChecksDue(today, { limit: ROWS_PER_OWNER }), [repos, today]);
  const owners = (due ?? []).filter((owner) => ownerId === undefined || owner.ownerId === ownerId);
  const total = owners.reduce((sum, owner) => sum + owner.count, 0);

  const record = async (row: DeskDeadlineRow, values: ActionValues): Promise<string | null> => {
    const refusal = await applyStep(row.complaintId, CHECK, values, { staffName: () => '' }, `${row.reference}: statuscontrole vastgelegd.`);
    // Only this row's form closes: another one opened while the save ran stays open.
    if (refusal === null) setOpen((current) => (current === row.id ? null : current));
    return refusal;
  };

  return (
    <DeskSection
      id="desk-checks"
      title="Statuscontroles"
      count={due === undefined ? undefined : total}
      note="Bespreek met de behandelaar hoe het ervoor staat en leg het hier vast."
      busy={due === undefined}
    >
      {owners.length === 0 ? (
        <p className="desk-empty">Vandaag is geen statuscontrole nodig.</p>
      ) : (
        owners.map((owner) => (
          <table key={owner.ownerId} className="desk-table checks-table">
            <caption>
              {owner.ownerName}
              {owner.active ? '' : ' (inactief)'} <span className="count">{dutchNumber(owner.count)}</span>
            </caption>
            <colgroup>
              <col className="col-reference" />
              <col className="col-customer" />
              <col className="col-due" />
              <col className="col-check" />
            </colgroup>
            <thead>
              <tr>
                <th scope="col">Kenmerk</th>
                <th scope="col">Klant</th>
                <th scope="col">Termijn</th>
                <th scope="col">
                  <span className="visually-hidden">Vastleggen</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {owner.rows.map((row) => visibleCopy(access, row)).map((row) => (
                <Fragment key={row.id}>
                  <tr>
                    <th scope="row">
                      <a href={hrefFor({ name: 'card', complaintId: row.complaintId, step: { kind: 'status_check' } })}>{row.reference}</a>
                    </th>
                    <td title={row.customerName}>{row.customerName}</td>
                    <td className={`due ${row.dueOn < today ? 'late' : 'today'}`}>
                      <span>{formatMediumDate(row.dueOn)}</span>
                      <span>{dayText(row, today)}</span>
                    </td>
                    <td className="action">
                      <button
                        type="button"
                        className={open === row.id ? 'small' : 'secondary small'}
                        aria-expanded={open === row.id}
                        aria-label={`Statuscontrole vastleggen ${row.reference}`}
                        onClick={() => setOpen(open === row.id ? null : row.id)}
                      >
                        Vastleggen
                      </button>
                    </td>
                  </tr>
                  {open === row.id ? (
                    <tr className="form-row">
                      <td colSpan={4}>
                        <ActionForm type={CHECK} options={{}} defaults={{}} onSubmit={(values) => record(row, values)} onCancel={() => setOpen(null)} />
                      </td>
                    </tr>
                  ) : null}
                </Fragment>
              ))}
            </tbody>
          </table>
        ))
      )}
      {owners.some((owner) => owner.count > owner.rows.length) ? (
        <p className="muted small">Per behandelaar staan de eerste {ROWS_PER_OWNER}; de rest volgt als deze zijn vastgelegd.</p>
      ) : null}
    </DeskSection>
  );
}
