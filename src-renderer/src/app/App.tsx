import { useCallback, useEffect, useState } from 'react';
import { openDatabase } from '../db/database';
import { describeDatabaseError, type DatabaseProblem } from '../db/errors';
import { createRepositories, type Repositories } from '../db/repositories';
import { requestPersistence, upgradePending } from '../db/storage';
import { platform } from '../platform';
import { RepositoriesProvider } from './data';
import { DatabaseErrorScreen } from './DatabaseErrorScreen';
import { Shell } from './Shell';
import { AttachmentSweeper } from './AttachmentSweeper';
import { DemoSeeder } from './DemoSeeder';
import { NoticeHost } from './NoticeHost';
import { ProfileGate } from '../features/profile/ProfileGate';

type State = { kind: 'opening' } | { kind: 'ready'; repos: Repositories } | { kind: 'failed'; problem: DatabaseProblem };

export function App() {
  const [state, setState] = useState<State>({ kind: 'opening' });
  const [upgrading, setUpgrading] = useState(false);

  const open = useCallback(() => {
    setState({ kind: 'opening' });
    setUpgrading(false);
    const db = openDatabase();
    void upgradePending(db.name, db.verno).then(setUpgrading);
    db.open().then(
      () => setState({ kind: 'ready', repos: createRepositories(db) }),
      (error: unknown) => setState({ kind: 'failed', problem: describeDatabaseError(error) }),
    );
  }, []);

  useEffect(() => {
    open();
    // Ask once at start so the browser does not evict the office's data under storage pressure.
    void requestPersistence();
  }, [open]);

  if (state.kind === 'opening') {
    return (
      <main className="fatal" aria-busy="true">
        {upgrading ? (
          <p role="status">
            Klachtenbalie werkt de opgeslagen gegevens bij naar deze versie. Bij een groot archief duurt dat enkele minuten; sluit het venster niet.
          </p>
        ) : (
          <p>Klachtenbalie wordt geopend…</p>
        )}
      </main>
    );
  }
  if (state.kind === 'failed') return <DatabaseErrorScreen problem={state.problem} onRetry={open} />;
  return (
    <RepositoriesProvider value={state.repos}>
      <NoticeHost>
        <DemoSeeder platform={platform()} />
        <AttachmentSweeper platform={platform()} />
        <ProfileGate>
          <Shell />
        </ProfileGate>
      </NoticeHost>
    </RepositoriesProvider>
  );
}
