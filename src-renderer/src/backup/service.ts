/**
 * Backups as the office uses them: now, automatically once a day, before a
 * restore; old ones thinned out to generations; the outcome remembered so
 * every screen can warn when backups stop working.
 */
import { backupsToRemove } from '../domain/backup/generations';
import type { BackupManifest } from '../domain/backup/manifest';
import type { Repositories } from '../db/repositories';
import { registerWrites } from '../db/changeWatch';
import { discardRegister } from '../db/backup/restoreRegister';
import { switchRegister } from '../db/register';
import type { ByteSource, Platform } from '../platform/platform';
import { makeBackup, type MadeBackup } from './makeBackup';
import { checkBackup, restoreBackup } from './restoreBackup';
import { restoreSafely } from './safeRestore';
import { backupPassphrase, recordFailedBackup, recordGoodBackup } from './state';

export interface BackupNowOptions {
  label?: string;
  automatic?: boolean;
  onStage?: (stage: 'writing' | 'checking') => void;
  /** false: leave old backups for the next backup to thin out (a restore may be reading one of them). */
  thin?: boolean;
}

/** Both halves of a restore as they run side by side: the backup of the current data, and how far the chosen backup has been read. */
export interface RestoreProgress {
  safety: 'writing' | 'checking' | 'done';
  read: number;
  total: number;
}

export function createBackupService(platform: Platform, repos: Repositories, schemaVersion: number) {
  const store = platform.backups;
  // Writes seen when the last good backup began: more since then means there is something new to keep.
  let writesAtBackup = registerWrites();

  async function backupNow(options: BackupNowOptions = {}): Promise<MadeBackup> {
    const now = new Date();
    const writesBefore = registerWrites();
    try {
      const passphrase = backupPassphrase();
      const made = await makeBackup({
        store,
        exportTo: (sink) => repos.backups.exportTo(sink, (sha256) => platform.getAttachment(sha256)),
        appVersion: (await platform.appInfo()).version,
        now,
        ...(passphrase ? { passphrase } : {}),
        ...(options.label ? { label: options.label } : {}),
        ...(options.onStage ? { onStage: options.onStage } : {}),
      });
      recordGoodBackup(now, made.file.name, options.automatic ?? false);
      writesAtBackup = writesBefore;
      if (options.thin !== false) await prune(now).catch((error: unknown) => console.warn('Oude back-ups opruimen mislukt:', error));
      return made;
    } catch (error) {
      recordFailedBackup(now, error instanceof Error ? error.message : String(error));
      throw error;
    }
  }

  async function prune(now: Date): Promise<void> {
    const names = (await store.list()).map((file) => file.name);
    for (const name of backupsToRemove(names, now)) await store.remove(name);
  }

  return {
    backupNow,
    /** Whether the register changed since the last good backup of this session (or since it opened). */
    changedSinceBackup: (): boolean => registerWrites() > writesAtBackup,
    check: (source: ByteSource, passphrase: string | undefined, onProgress?: (read: number, total: number) => void): Promise<BackupManifest> =>
      checkBackup({ source, schemaVersion, ...(passphrase ? { passphrase } : {}), ...(onProgress ? { onProgress } : {}) }),

    /** The current register is backed up while the backup is built beside it; then the backup becomes the register in use (after a reload). */
    async restore(source: ByteSource, manifest: BackupManifest, passphrase: string | undefined, onProgress: (progress: RestoreProgress) => void): Promise<void> {
      const progress: RestoreProgress = { safety: 'writing', read: 0, total: source.size };
      const report = (change: Partial<RestoreProgress>) => {
        Object.assign(progress, change);
        onProgress({ ...progress });
      };
      await restoreSafely({
        backUpCurrent: async () => {
          // Thinning now could remove the very backup being restored, while it is still being read.
          await backupNow({ label: 'voor-terugzetten', thin: false, onStage: (safety) => report({ safety }) });
          report({ safety: 'done' });
        },
        build: (signal) =>
          restoreBackup({
            source,
            manifest,
            schemaVersion,
            signal,
            putFile: (bytes) => platform.putAttachment(bytes),
            onProgress: (read, total) => report({ read, total }),
            ...(passphrase ? { passphrase } : {}),
          }),
        discard: (name) => discardRegister(name),
        switchTo: (name) => switchRegister(name),
      });
    },
  };
}

export type BackupService = ReturnType<typeof createBackupService>;
