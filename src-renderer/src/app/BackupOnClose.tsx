import { useEffect, useState } from 'react';
import { Modal } from '../components/Modal';
import { platform } from '../platform';
import { useBackupService } from './backup';

/**
 * When the desktop window closes after the register changed, a backup is made
 * first, with a notice that says why the window stays a moment. A failure
 * shows at the next start (the backup warning); the window closes either way.
 */
export function BackupOnClose() {
  const service = useBackupService();
  const [busy, setBusy] = useState(false);
  useEffect(
    () =>
      platform().onBeforeClose(() => {
        if (!service.changedSinceBackup()) return void platform().closeAnswer(true);
        void platform().closeAnswer(false);
        setBusy(true);
        service
          .backupNow()
          .catch((error: unknown) => console.warn('Back-up bij afsluiten mislukt:', error))
          .finally(() => void platform().closeAnswer(true));
      }),
    [service],
  );
  if (!busy) return null;
  return (
    <Modal className="dialog" aria-labelledby="closing-backup-title" onClose={() => undefined}>
      <h2 id="closing-backup-title">Back-up maken voor het afsluiten</h2>
      <p role="status" aria-busy="true">
        Er is iets veranderd sinds de laatste back-up. Klachtenbalie maakt eerst een back-up en sluit daarna vanzelf. Nogmaals sluiten stopt de back-up.
      </p>
    </Modal>
  );
}
