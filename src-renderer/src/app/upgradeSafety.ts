import Dexie from 'dexie';
import { makeBackup } from '../backup/makeBackup';
import { backupPassphrase, recordFailedBackup, recordGoodBackup } from '../backup/state';
import { errorText } from '../components/errorText';
import { staleRegisters } from '../db/register';
import { exportStoredRegister } from '../db/repositories/backup';
import type { DatabaseProblem } from '../db/errors';
import { platform } from '../platform';

/**
 * Backs up the register as an earlier Klachtenbalie left it, before this one
 * upgrades it. Returns why the upgrade must wait, or null when the copy is made.
 */
export async function backupBeforeUpgrade(name: string): Promise<DatabaseProblem | null> {
  const now = new Date();
  try {
    const passphrase = backupPassphrase();
    const made = await makeBackup({
      store: platform().backups,
      exportTo: (sink) => exportStoredRegister(name, sink, (sha256) => platform().getAttachment(sha256)),
      appVersion: (await platform().appInfo()).version,
      now,
      label: 'voor-upgrade',
      ...(passphrase ? { passphrase } : {}),
    });
    recordGoodBackup(now, made.file.name, false);
    return null;
  } catch (error) {
    recordFailedBackup(now, errorText(error));
    return {
      title: 'Eerst een back-up, dan bijwerken',
      message: 'Deze versie van Klachtenbalie moet de opgeslagen gegevens bijwerken, en doet dat pas nadat er een back-up van is gemaakt. Die back-up is mislukt.',
      whatToDo:
        'Controleer of de back-upmap bereikbaar is (is de USB-stick aangesloten, is de netwerkschijf er?) en of er ruimte op is, en kies dan Opnieuw proberen. Uw gegevens zijn niet veranderd.',
      detail: errorText(error),
    };
  }
}

/** The register a restore replaced is removed at the next start, once the new one opened. */
export async function removeStaleRegisters(active: string): Promise<void> {
  for (const name of await staleRegisters(globalThis.indexedDB, active).catch(() => [])) {
    await Dexie.delete(name).catch((error: unknown) => console.warn(`Oud register ${name} niet verwijderd:`, error));
  }
}
