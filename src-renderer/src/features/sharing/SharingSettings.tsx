import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useRepositories } from '../../app/data';
import { useProfile } from '../../app/profile';
import { syncText } from '../../app/SyncStatus';
import { useSharing, useSyncState, type ConnectionCheck, type SharingOutcome, type SyncProgress } from '../../app/sync';
import { errorText } from '../../components/errorText';
import { TextInput } from '../../components/form/inputs';
import { platform } from '../../platform';
import { SettingsNav } from '../settings/SettingsNav';
import { progressText } from './progressText';
import { sameOriginProblem, sharingResolver, type SharingFormValues } from './sharingForm';
import { SignInAgain } from './SignInAgain';

type Answer = { tone: 'ok' | 'error'; message: string; advice?: string } | null;

const dateTime = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeStyle: 'short' });

function answerOf(check: ConnectionCheck): Answer {
  if (check.kind !== 'ok') return { tone: 'error', message: check.message, advice: check.advice };
  const server = check.isCouchDb ? `CouchDB ${check.version}` : `${check.vendor} ${check.version} (een testserver, geen CouchDB)`;
  const rules =
    check.serverRules === undefined
      ? ''
      : check.serverRules
        ? ' De regels van Klachtenbalie staan op de server: een account zonder rol wijzigt niets en vastgelegde gebeurtenissen blijven zoals ze zijn.'
        : ' De regels van Klachtenbalie konden niet op de server worden gezet.';
  return { tone: 'ok', message: `De verbinding werkt: aangemeld als ${check.userName} bij ${server}.${rules}` };
}

export function SharingSettings() {
  const sharing = useSharing();
  const repos = useRepositories();
  const { staff, actor } = useProfile();
  const state = useSyncState();
  const settings = sharing.settings();
  const available = platform().serverFetch !== null;
  const origin = platform().kind === 'browser' ? window.location.origin : null;
  const form = useForm<SharingFormValues>({ resolver: sharingResolver, defaultValues: { serverUrl: '', userName: '', password: '' }, mode: 'onSubmit' });
  const [answer, setAnswer] = useState<Answer>(null);
  const [busy, setBusy] = useState<null | 'check' | 'share' | 'join'>(null);
  const [progress, setProgress] = useState<SyncProgress | null>(null);

  const run = (kind: 'check' | 'share' | 'join') =>
    form.handleSubmit(async (values) => {
      const problem = sameOriginProblem(values.serverUrl, origin);
      if (problem) {
        form.setError('serverUrl', { message: problem }, { shouldFocus: true });
        return;
      }
      setBusy(kind);
      setAnswer(null);
      setProgress(null);
      try {
        if (kind === 'check') setAnswer(answerOf(await sharing.check(values)));
        else {
          const outcome: SharingOutcome = await sharing[kind](values, setProgress, async (account) => {
            // Whoever shares or joins is that account's colleague, unless the office already knows the account as someone.
            const known = await repos.staff.byAccount(account.name);
            if (known) return known.id;
            // Joining, the office may already know this person, added by the coordinator: that card is theirs, the one made here goes.
            const namesake = await repos.staff.namesake(staff);
            const linked = await repos.staff.linkAccount((namesake ?? staff).id, account.name, account.roles, { ...actor, roles: account.roles });
            if (namesake) await repos.staff.deactivate(staff.id, { ...actor, roles: account.roles });
            return linked.id;
          });
          setAnswer(outcome.ok ? { tone: 'ok', message: kind === 'share' ? 'Dit register wordt nu gedeeld met het kantoor.' : 'Deze computer werkt nu in het kantoorregister.' } : { tone: 'error', message: outcome.message, advice: outcome.advice });
          if (outcome.ok) form.reset({ serverUrl: '', userName: '', password: '' });
        }
      } catch (error) {
        setAnswer({ tone: 'error', message: 'Het lukte niet.', advice: errorText(error) });
      } finally {
        setBusy(null);
      }
    })();

  const shown = syncText(state);
  return (
    <section aria-labelledby="sharing-title" className="settings">
      <SettingsNav current="sharing" />
      <div className="page-head">
        <h1 id="sharing-title">Samenwerken</h1>
      </div>
      <p className="lead">
        Met een eigen server (CouchDB) werken alle computers van het kantoor in één klachtenregister: een klacht die aan de balie wordt vastgelegd, staat meteen
        bij de coördinator. Elke computer houdt een volledige kopie en werkt gewoon door als de server of het netwerk even weg is; daarna wordt alles bijgewerkt.
      </p>

      {settings ? (
        <section aria-labelledby="shared-title" className="panel">
          <h2 id="shared-title">Dit register wordt gedeeld</h2>
          <p>
            Server <strong>{settings.serverUrl}</strong>, aangemeld als <strong>{settings.userName}</strong>
            {settings.since ? `, sinds ${dateTime.format(new Date(settings.since))}` : ''}.
          </p>
          {shown ? <p className={`sync-line sync-${shown.tone}`}>{shown.text}</p> : null}
          {state.kind === 'error' ? <p className="hint">{state.advice}</p> : null}
          {state.kind === 'error' ? <SignInAgain userName={settings.userName} /> : null}
        </section>
      ) : !available ? (
        <p className="info">Deze versie van Klachtenbalie kan geen server bereiken. Gebruik de versie die de beheerder heeft geïnstalleerd.</p>
      ) : (
        <form noValidate aria-label="Server" className="panel" onSubmit={(event) => event.preventDefault()}>
          <h2>Server van het kantoor</h2>
          <p className="hint">Het adres, uw gebruikersnaam en uw wachtwoord krijgt u van de beheerder van de server. Het wachtwoord wordt niet op deze computer bewaard.</p>
          <div className="grid">
            <TextInput form={form} name="serverUrl" label="Adres van de server" type="url" required className="span-2" hint="Bijvoorbeeld https://server.kantoor.nl:6984" />
            <TextInput form={form} name="userName" label="Gebruikersnaam" required autoComplete="username" />
            <TextInput form={form} name="password" label="Wachtwoord" type="password" required autoComplete="current-password" />
          </div>
          <div className="actions">
            <button type="button" className="secondary" disabled={busy !== null} onClick={() => void run('check')}>
              {busy === 'check' ? 'Bezig met testen…' : 'Verbinding testen'}
            </button>
          </div>
          <h3>Eenmalig</h3>
          <p className="hint">
            Op de eerste computer: <strong>Dit register delen</strong> zet alle klachten van deze computer op de server. Op elke volgende computer:{' '}
            <strong>Aansluiten bij het kantoorregister</strong> haalt het register van de server hierheen. Bij een groot register duurt dat enkele minuten.
          </p>
          <div className="actions">
            <button type="button" disabled={busy !== null} onClick={() => void run('share')}>
              Dit register delen
            </button>
            <button type="button" disabled={busy !== null} onClick={() => void run('join')}>
              Aansluiten bij het kantoorregister
            </button>
          </div>
        </form>
      )}

      {progress && busy ? (
        <div className="panel" aria-live="polite">
          <label htmlFor="sharing-progress">{progressText(progress)}</label>
          <progress id="sharing-progress" max={progress.total ?? undefined} value={progress.total === null ? undefined : progress.done} />
        </div>
      ) : null}
      {answer ? (
        <div role={answer.tone === 'error' ? 'alert' : 'status'} className={answer.tone === 'error' ? 'error-box' : 'info'}>
          <p>{answer.message}</p>
          {answer.advice ? <p>{answer.advice}</p> : null}
        </div>
      ) : null}
    </section>
  );
}
