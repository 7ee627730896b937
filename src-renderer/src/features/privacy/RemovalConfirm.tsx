import { useLiveQuery } from 'dexie-react-hooks';
import { useRepositories } from '../../app/data';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { errorText } from '../../components/errorText';
import { removalText } from '../../domain/privacy';
import type { RemovalKind } from '../../domain/model';

export interface RemovalRequest {
  ids: string[];
  kind: RemovalKind;
  /** The file's reference, or how many files, for the title. */
  what: string;
}

const TITLES = { anonymise: 'anonimiseren', erase: 'verwijderen' } as const;

/** Asks with exactly what will go, counted from the data as it stands now. */
export function RemovalConfirm({ request, today, onConfirm, onCancel }: { request: RemovalRequest | null; today: string; onConfirm: () => void; onCancel: () => void }) {
  const repos = useRepositories();
  // A count that fails says so: a dialog left at "Tellen…" with a button that does nothing would leave the coordinator guessing.
  const counted = useLiveQuery(
    async () =>
      request
        ? await repos.privacy.plan(request.ids, request.kind, today).then(
            (plan) => ({ plan, problem: null }),
            (error: unknown) => ({ plan: null, problem: errorText(error) }),
          )
        : null,
    [repos, request, today],
  );
  if (!request) return null;
  const plan = counted?.plan ?? null;
  const message = plan
    ? `Dit gaat weg: ${removalText(request.kind, plan.counts)}. Dit kan niet ongedaan worden gemaakt. Het verwijderregister legt vast wat er wegging, zonder persoonsgegevens.`
    : counted?.problem
      ? `Er is niets verwijderd: niet na te gaan wat er weg zou gaan. ${counted.problem}`
      : 'Tellen wat er weggaat…';
  return (
    <ConfirmDialog
      open
      title={`${request.what} ${TITLES[request.kind]}?`}
      message={message}
      confirmLabel={request.kind === 'anonymise' ? 'Anonimiseren' : 'Definitief verwijderen'}
      cancelLabel="Annuleren"
      onConfirm={() => {
        if (plan) onConfirm();
      }}
      confirmDisabled={!plan}
      onCancel={onCancel}
    />
  );
}
