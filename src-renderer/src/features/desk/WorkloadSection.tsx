import { useLiveQuery } from 'dexie-react-hooks';
import { useRepositories } from '../../app/data';
import { hrefFor } from '../../app/router';
import { formatMediumDate } from '../../components/format';
import { dutchNumber } from '../../domain/dutchNumber';
import { DeskSection } from './DeskSection';

/** Per owner what they carry; the name opens the desk with only their complaints, the lists behind these numbers. */
export function WorkloadSection({ today, weekEnd }: { today: string; weekEnd: string }) {
  const repos = useRepositories();
  const owners = useLiveQuery(() => repos.desk.workload(today, weekEnd), [repos, today, weekEnd]);
  return (
    <DeskSection id="desk-owners" title="Behandelaars" busy={owners === undefined}>
      {owners?.length === 0 ? (
        <p className="desk-empty">
          Nog geen behandelaars. Geef collega’s de rol Behandelaar onder{' '}
          <a href={hrefFor({ name: 'staff' })}>Instellingen › Medewerkers</a>.
        </p>
      ) : (
        <table className="desk-table workload" aria-labelledby="desk-owners-title">
          <colgroup>
            <col className="col-name" />
            <col className="col-number" />
            <col className="col-number" />
            <col className="col-number wide" />
            <col className="col-oldest" />
          </colgroup>
          <thead>
            <tr>
              <th scope="col">Behandelaar</th>
              <th scope="col" className="number">
                Open
              </th>
              <th scope="col" className="number">
                Te laat
              </th>
              <th scope="col" className="number">
                Deze week
              </th>
              <th scope="col">Oudste open</th>
            </tr>
          </thead>
          <tbody>
            {owners?.map((owner) => (
              <tr key={owner.ownerId}>
                <th scope="row">
                  <a href={hrefFor({ name: 'desk', ownerId: owner.ownerId })} title={owner.ownerName}>
                    {owner.ownerName}
                  </a>
                </th>
                <td className="number">{dutchNumber(owner.open)}</td>
                <td className={`number${owner.overdue > 0 ? ' late' : ''}`}>{dutchNumber(owner.overdue)}</td>
                <td className="number">{dutchNumber(owner.dueThisWeek)}</td>
                <td>
                  {owner.oldestOpen ? (
                    <a
                      href={hrefFor({ name: 'card', complaintId: owner.oldestOpen.complaintId })}
                      aria-label={`${formatMediumDate(owner.oldestOpen.receivedAt)}, ${owner.oldestOpen.reference}`}
                      title={owner.oldestOpen.reference}
                    >
                      {formatMediumDate(owner.oldestOpen.receivedAt)}
                    </a>
                  ) : (
                    <span className="muted">—</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </DeskSection>
  );
}
