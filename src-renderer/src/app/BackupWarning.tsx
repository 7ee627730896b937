import { useBackupState } from '../backup/state';
import { backupWarning } from '../domain/backup/generations';
import { hrefFor, type Route } from './router';

/** Said on every screen until backups work again: a register without a recent backup is one disk failure from gone. */
export function BackupWarning({ route }: { route: Route['name'] }) {
  const state = useBackupState();
  const warning = backupWarning(state, new Date());
  if (!warning) return null;
  return (
    <div className="warning problem backup-warning" role="status" aria-label="Back-upwaarschuwing">
      {warning}{' '}
      {route === 'backups' ? null : <a href={hrefFor({ name: 'backups' })}>Naar Back-ups</a>}
    </div>
  );
}
