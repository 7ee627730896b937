import { useState } from 'react';
import { useBackupService } from '../../app/backup';
import { useBackupState } from '../../backup/state';
import { errorText } from '../../components/errorText';
import { formatBytes, formatDateTime } from '../../components/format';

type Progress = { kind: 'idle' } | { kind: 'busy'; stage: 'writing' | 'checking' } | { kind: 'done'; text: string } | { kind: 'failed'; text: string };

export function BackupNow({ onMade }: { onMade: () => void }) {
  const service = useBackupService();
  const state = useBackupState();
  const [progress, setProgress] = useState<Progress>({ kind: 'idle' });

  const run = async () => {
    setProgress({ kind: 'busy', stage: 'writing' });
    try {
      const made = await service.backupNow({ onStage: (stage) => setProgress({ kind: 'busy', stage }) });
      const missing = made.missingFiles.length > 0 ? ` Let op: ${made.missingFiles.length} bestand(en) ontbraken al in de opslag en zitten er niet in.` : '';
      setProgress({ kind: 'done', text: `Back-up gemaakt en gecontroleerd: ${made.file.name} (${formatBytes(made.file.size)}).${missing}` });
    } catch (error) {
      setProgress({ kind: 'failed', text: `De back-up is mislukt. ${errorText(error)}` });
    }
    onMade();
  };

  return (
    <section aria-labelledby="backup-now-title" className="panel">
      <h2 id="backup-now-title">Laatste back-up</h2>
      <p>
        {state.lastGoodAt ? (
          <>
            Laatste goede back-up: <strong>{formatDateTime(state.lastGoodAt)}</strong>
          </>
        ) : (
          'Er is op deze computer nog geen back-up gemaakt.'
        )}
      </p>
      <button type="button" onClick={() => void run()} disabled={progress.kind === 'busy'}>
        Nu een back-up maken
      </button>
      {progress.kind === 'busy' ? (
        <p role="status" aria-busy="true">
          {progress.stage === 'writing' ? 'Back-up wordt gemaakt…' : 'Back-up wordt teruggelezen en gecontroleerd…'}
        </p>
      ) : null}
      {progress.kind === 'done' ? <p role="status">{progress.text}</p> : null}
      {progress.kind === 'failed' ? (
        <p className="error" role="alert">
          {progress.text}
        </p>
      ) : null}
    </section>
  );
}
