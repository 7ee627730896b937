import { useLiveQuery } from 'dexie-react-hooks';
import { useRepositories } from '../../app/data';
import { formatDateTime } from '../../components/format';
import { removalText } from '../../domain/privacy';

const KIND_LABELS = { anonymise: 'Geanonimiseerd', erase: 'Verwijderd', export: 'Gegevens verstrekt' } as const;

/** Every removal: which file, when, by whom, what went and under which rule; nothing about the person. */
export function RemovalRegister() {
  const repos = useRepositories();
  const removals = useLiveQuery(() => repos.privacy.removals(), [repos]);
  return (
    <section aria-labelledby="removal-register-title" className="panel">
      <h2 id="removal-register-title">Verwijderregister</h2>
      {removals === undefined ? <p aria-busy="true">Laden…</p> : null}
      {removals?.length === 0 ? <p className="muted">Nog niets geanonimiseerd of verwijderd.</p> : null}
      {removals && removals.length > 0 ? (
        <table className="plain-table compact" aria-labelledby="removal-register-title">
          <thead>
            <tr>
              <th scope="col">Kenmerk</th>
              <th scope="col">Datum</th>
              <th scope="col">Door</th>
              <th scope="col">Wat</th>
              <th scope="col">Regel</th>
            </tr>
          </thead>
          <tbody>
            {removals.map((removal) => (
              <tr key={removal.id}>
                <td>{removal.reference}</td>
                <td>{formatDateTime(removal.at)}</td>
                <td>{removal.actorName}</td>
                <td>
                  {KIND_LABELS[removal.kind]}: {removalText(removal.kind, removal.removed)}
                </td>
                <td>{removal.rule}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
