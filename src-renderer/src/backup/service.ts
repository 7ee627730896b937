/**
 * Backups as the office uses them: now, automatically once a day, before a
 * restore; old ones thinned out to generations; the outcome remembered so
 * every screen can warn when backups stop working.
 */
import { backupsToRemove } from '../domain/backup/generations';
import type { BackupManifest } from '../domain/backup/manifest';
import type { Repositories } from '../db/repositories';
import { registerWrites } from '../db/changeWatch';
import { switchRegister } from '../db/register';
import type { ByteSource, Platform } from '../platform/platform';
import { makeBackup, type MadeBackup } from './makeBackup';
import { checkBackup, restoreBackup } from './restoreBackup';
import { backupPassphrase, recordFailedBackup, recordGoodBackup } from './state';

export interface BackupNowOptions {
  label?: string;
  automatic?: boolean;
  onStage?: (stage: 'writing' | 'checking') => void;
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
      await prune(now).catch((error: unknown) => console.warn('Oude back-ups opruimen mislukt:', error));
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

    /** The current register is backed up first; then the backup becomes the register in use (after a reload). */
    async restore(
      source: ByteSource,
      manifest: BackupManifest,
      passphrase: string | undefined,
      onStage: (stage: 'safety' | 'restoring', read?: number, total?: number) => void,
    ): Promise<void> {
      onStage('safety');
      await backupNow({ label: 'voor-terugzetten' });
      onStage('restoring', 0, source.size);
      const name = await restoreBackup({
        source,
        manifest,
        schemaVersion,
        putFile: (bytes) => platform.putAttachment(bytes),
        onProgress: (read, total) => onStage('restoring', read, total),
        ...(passphrase ? { passphrase } : {}),
      });
      switchRegister(name);
    },
  };
}

export type BackupService = ReturnType<typeof createBackupService>;
