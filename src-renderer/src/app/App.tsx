import { useCallback, useEffect, useState } from 'react';
import { createBackupService, type BackupService } from '../backup/service';
import { openDatabase } from '../db/database';
import { describeDatabaseError, type DatabaseProblem } from '../db/errors';
import { activeRegisterName } from '../db/register';
import { createRepositories, type Repositories } from '../db/repositories';
import { requestPersistence, upgradePending } from '../db/storage';
import { platform } from '../platform';
import { BackupProvider } from './backup';
import { SyncProvider } from './sync';
import { createSharingService, type SharingService } from '../sync/service';
import { browserPouch } from '../sync/browserPouch';
import { BackupOnClose } from './BackupOnClose';
import { backupBeforeUpgrade, removeStaleRegisters } from './upgradeSafety';
import { RepositoriesProvider } from './data';
import { DatabaseErrorScreen } from './DatabaseErrorScreen';
import { Shell } from './Shell';
import { AttachmentSweeper } from './AttachmentSweeper';
import { DemoSeeder } from './DemoSeeder';
import { NoticeHost } from './NoticeHost';
import { ProfileGate } from '../features/profile/ProfileGate';

type State =
  | { kind: 'opening' }
  | { kind: 'ready'; repos: Repositories; backups: BackupService; sharing: SharingService }
  | { kind: 'failed'; problem: DatabaseProblem };

export function App() {
  const [state, setState] = useState<State>({ kind: 'opening' });
  const [upgrading, setUpgrading] = useState(false);

  const open = useCallback(() => {
    setState({ kind: 'opening' });
    setUpgrading(false);
    const db = openDatabase(activeRegisterName());
    void (async () => {
      const pending = await upgradePending(db.name, db.verno);
      setUpgrading(pending);
      if (pending) {
        // Years of complaints are not moved to a new shape without a copy of the old one.
        const refused = await backupBeforeUpgrade(db.name);
        if (refused) return setState({ kind: 'failed', problem: refused });
      }
      await db.open();
      const repos = createRepositories(db);
      const files = {
        read: (sha256: string) => platform().getAttachment(sha256),
        store: async (bytes: Uint8Array) => (await platform().putAttachment(bytes)).sha256,
        remove: (sha256s: readonly string[]) => platform().deleteAttachments([...sha256s]),
      };
      const sharing = createSharingService({
        db,
        register: db.name,
        fetch: platform().serverFetch,
        setServerAddress: (url) => platform().setServerAddress(url),
        pouch: browserPouch,
        files,
      });
      setState({ kind: 'ready', repos, backups: createBackupService(platform(), repos, db.verno), sharing });
      void removeStaleRegisters(db.name);
    })().catch((error: unknown) => setState({ kind: 'failed', problem: describeDatabaseError(error) }));
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
      <BackupProvider value={state.backups}>
        <SyncProvider value={state.sharing}>
          <NoticeHost>
            <DemoSeeder platform={platform()} />
            <AttachmentSweeper platform={platform()} />
            <BackupOnClose />
            <ProfileGate>
              <Shell />
            </ProfileGate>
          </NoticeHost>
        </SyncProvider>
      </BackupProvider>
    </RepositoriesProvider>
  );
}
