import { useEffect } from 'react';
import { localDay, readBackupState, recordFirstStart } from '../backup/state';
import { useBackupService } from './backup';

/** Waits this long after the app opens, so the first phone call of the day is not slowed by the backup. */
export const AUTOMATIC_BACKUP_DELAY_MS = 60_000;

/** The first start of each day makes a backup in the background; a failure shows in the backup warning. */
export function useAutomaticBackup(): void {
  const service = useBackupService();
  useEffect(() => {
    recordFirstStart(new Date());
    const timer = window.setTimeout(() => {
      if (readBackupState().lastAutomaticDay === localDay(new Date())) return;
      service.backupNow({ automatic: true }).catch((error: unknown) => console.warn('Automatische back-up mislukt:', error));
    }, AUTOMATIC_BACKUP_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [service]);
}
