import { useLiveQuery } from 'dexie-react-hooks';
import { useRepositories } from '../../app/data';
import { hrefFor } from '../../app/router';
import { DeskSection } from '../desk/DeskSection';

/** On the desk: how many ended files outlived their term, with the way to the Privacy screen. */
export function LapsedRetentionSection({ today }: { today: string }) {
  const repos = useRepositories();
  const count = useLiveQuery(() => repos.privacy.lapsedCount(today), [repos, today]);
  return (
    <DeskSection id="desk-retention" title="Bewaartermijn verstreken" count={count} busy={count === undefined}>
      {count === 0 ? (
        <p className="muted">Geen dossiers over hun bewaartermijn.</p>
      ) : (
        <p>
          <a href={hrefFor({ name: 'privacy' })}>Naar Privacy: anonimiseren of verwijderen</a>
        </p>
      )}
    </DeskSection>
  );
}
