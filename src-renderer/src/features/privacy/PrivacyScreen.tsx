import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useRepositories } from '../../app/data';
import { useProfile } from '../../app/profile';
import { useSyncState } from '../../app/sync';
import { hrefFor } from '../../app/router';
import { errorText } from '../../components/errorText';
import { formatDate } from '../../components/format';
import type { LapsedGroup } from '../../db/repositories';
import { backupLingerText, mayRemovePersonalData, removalText, sharedRemovalText } from '../../domain/privacy';
import type { RemovalKind } from '../../domain/model';
import { platform } from '../../platform';
import { useToday } from '../card/workflow/useToday';
import { SettingsNav } from '../settings/SettingsNav';
import { carryOutRemoval } from './carryOutRemoval';
import { JournalCheckSection } from './JournalCheckSection';
import { ProcessingRegisterSection } from './ProcessingRegisterSection';
import { RemovalConfirm, type RemovalRequest } from './RemovalConfirm';
import { RemovalRegister } from './RemovalRegister';

const DONE = { anonymise: 'geanonimiseerd', erase: 'verwijderd' } as const;

/** Retention carried out: ended files past their procedure's term, and what was removed before. */
export function PrivacyScreen() {
  const repos = useRepositories();
  const { staff, actor } = useProfile();
  const roles = actor.roles ?? staff.roles;
  const allowed = mayRemovePersonalData(roles);
  const today = useToday();
  const shared = useSyncState().kind !== 'alone';
  const groups = useLiveQuery(() => repos.privacy.lapsed(today), [repos, today]);
  const [request, setRequest] = useState<RemovalRequest | null>(null);
  const [outcome, setOutcome] = useState<{ text: string; error: boolean } | null>(null);

  const confirm = async () => {
    if (!request) return;
    const { ids, kind, what } = request;
    setRequest(null);
    try {
      const done = await carryOutRemoval(repos, platform(), { ids, kind, actor, roles });
      setOutcome({ text: `${what} ${DONE[kind]}: ${removalText(kind, done.counts)}.${done.diskProblem ? ` ${done.diskProblem}` : ''}`, error: false });
    } catch (error) {
      setOutcome({ text: `Er is niets verwijderd. ${errorText(error)}`, error: true });
    }
  };

  return (
    <section aria-labelledby="privacy-title" className="settings">
      <SettingsNav current="privacy" />
      <div className="page-head">
        <h1 id="privacy-title">Privacy</h1>
      </div>
      <p className="lead">
        Afgehandelde dossiers waarvan de bewaartermijn van de klachtenregeling is verstreken. Anonimiseren bewaart wat de analyse nodig heeft (data, categorie,
        kanaal, oordeel, gehaalde termijnen, maatregelen) en wist namen, contactgegevens, vrije tekst, brieven en bestanden. Verwijderen wist het hele dossier. De
        klantgegevens gaan mee als de klant geen andere klacht meer heeft.
      </p>
      <p className="hint">{backupLingerText()}</p>
      {shared ? <p className="hint">{sharedRemovalText()}</p> : null}
      {!allowed ? <p className="notice">Alleen de klachtencoördinator kan dossiers anonimiseren of verwijderen.</p> : null}
      {outcome ? (
        <p role={outcome.error ? 'alert' : 'status'} className={outcome.error ? 'error' : 'notice'}>
          {outcome.text}
        </p>
      ) : null}
      {groups === undefined ? <p aria-busy="true">Laden…</p> : null}
      {groups?.length === 0 ? (
        <section className="panel" aria-labelledby="lapsed-none">
          <h2 id="lapsed-none">Bewaartermijn verstreken</h2>
          <p className="muted">Geen dossiers waarvan de bewaartermijn is verstreken.</p>
        </section>
      ) : null}
      {groups?.map((group) => <LapsedSection key={group.procedureId} group={group} allowed={allowed} onAsk={setRequest} />)}
      <RemovalRegister />
      <ProcessingRegisterSection today={today} />
      <JournalCheckSection />
      <RemovalConfirm request={request} today={today} onConfirm={() => void confirm()} onCancel={() => setRequest(null)} />
    </section>
  );
}

function LapsedSection({ group, allowed, onAsk }: { group: LapsedGroup; allowed: boolean; onAsk: (request: RemovalRequest) => void }) {
  const titleId = `lapsed-${group.procedureId.replace(/[^a-z0-9]/gi, '-')}`;
  const ids = group.files.map((file) => file.id);
  const all = `${group.files.length} ${group.files.length === 1 ? 'dossier' : 'dossiers'}`;
  const ask = (kind: RemovalKind, what: string, chosen: string[]) => onAsk({ ids: chosen, kind, what });
  return (
    <section className="panel" aria-labelledby={titleId}>
      <h2 id={titleId}>Bewaartermijn verstreken: {group.procedureName}</h2>
      <p className="muted small">{group.rule}</p>
      <table className="plain-table compact" aria-labelledby={titleId}>
        <thead>
          <tr>
            <th scope="col">Kenmerk</th>
            <th scope="col">Gesloten op</th>
            <th scope="col">Bewaren tot</th>
            {allowed ? <th scope="col">Actie</th> : null}
          </tr>
        </thead>
        <tbody>
          {group.files.map((file) => (
            <tr key={file.id}>
              <td>
                <a href={hrefFor({ name: 'card', complaintId: file.id })}>{file.reference}</a>
              </td>
              <td>{file.endedOn ? formatDate(file.endedOn) : ''}</td>
              <td>{formatDate(file.retentionUntil)}</td>
              {allowed ? (
                <td className="actions">
                  <button type="button" className="secondary" aria-label={`${file.reference} anonimiseren`} onClick={() => ask('anonymise', file.reference, [file.id])}>
                    Anonimiseren
                  </button>
                  <button type="button" className="secondary" aria-label={`${file.reference} verwijderen`} onClick={() => ask('erase', file.reference, [file.id])}>
                    Verwijderen
                  </button>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
      {allowed && group.files.length > 1 ? (
        <div className="actions">
          <button type="button" className="secondary" onClick={() => ask('anonymise', `Alle ${all}`, ids)}>
            Alle {all} anonimiseren
          </button>
          <button type="button" className="danger" onClick={() => ask('erase', `Alle ${all}`, ids)}>
            Alle {all} verwijderen
          </button>
        </div>
      ) : null}
    </section>
  );
}
