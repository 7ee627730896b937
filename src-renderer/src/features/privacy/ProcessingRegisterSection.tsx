import { useState } from 'react';
import { useRepositories } from '../../app/data';
import { useSyncState } from '../../app/sync';
import { useNotice } from '../../app/notice';
import { useBackupPassphraseSet } from '../../backup/state';
import { errorText } from '../../components/errorText';
import { processingRegister } from '../../domain/privacy/processingRegister';
import { platform } from '../../platform';
import { processingRegisterDocx } from './processingRegisterDocx';

/** AVG art. 30: what the app stores, why, how long and who sees it, written from the settings for the privacy officer. */
export function ProcessingRegisterSection({ today }: { today: string }) {
  const repos = useRepositories();
  const notify = useNotice();
  const encrypted = useBackupPassphraseSet();
  const shared = useSyncState().kind !== 'alone';
  const [busy, setBusy] = useState(false);

  const save = async () => {
    setBusy(true);
    try {
      const stored = await repos.processingFacts.read();
      const bytes = await processingRegisterDocx(processingRegister({ ...stored, backupsEncrypted: encrypted, shared, today }));
      const suggestedName = `Verwerkingsregister klachten ${today}.docx`;
      const result = await platform().saveFile({ suggestedName, bytes: bytes as Uint8Array<ArrayBuffer> });
      if (result.saved) notify({ text: `„${suggestedName}” opgeslagen.`, tone: 'success' });
    } catch (error) {
      notify({ text: `Het verwerkingsregister is niet gemaakt: ${errorText(error)}`, tone: 'error' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="panel" aria-labelledby="processing-register-title">
      <h2 id="processing-register-title">Verwerkingsregister</h2>
      <p>
        Het register van verwerkingen dat de AVG (artikel 30) vraagt, voor de klachtenbehandeling: welke gegevens de app bewaart, waarom, hoe lang, wie ze ziet en
        hoe ze beveiligd zijn. Gemaakt uit de instellingen van dit kantoor, als Word-document om aan te vullen en aan de privacyverantwoordelijke te geven.
      </p>
      <button type="button" onClick={() => void save()} disabled={busy}>
        {busy ? 'Bezig…' : 'Verwerkingsregister opslaan (Word)'}
      </button>
    </section>
  );
}
