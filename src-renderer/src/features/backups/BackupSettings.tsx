import { useState } from 'react';
import { errorText } from '../../components/errorText';
import { KEEP } from '../../domain/backup/generations';
import { fileSource, platform } from '../../platform';
import { SettingsNav } from '../settings/SettingsNav';
import { BackupList } from './BackupList';
import { BackupNow } from './BackupNow';
import { PassphraseSection } from './PassphraseSection';
import { RestoreDialog } from './RestoreDialog';
import { useBackupFolder } from './useBackupFolder';
import { useRestore } from './useRestore';

/** A restored register is opened as at start-up: every screen reads it fresh. */
function reopen() {
  window.location.reload();
}

export function BackupSettings() {
  const folder = useBackupFolder();
  const restore = useRestore(reopen);
  const [problem, setProblem] = useState<string | null>(null);
  const store = platform().backups;

  const pick = async () => {
    try {
      const file = await store.pickFile();
      if (file) restore.start(file);
    } catch (error) {
      setProblem(errorText(error));
    }
  };

  return (
    <section aria-labelledby="backups-title" className="settings">
      <SettingsNav current="backups" />
      <div className="page-head">
        <h1 id="backups-title">Back-ups</h1>
      </div>
      <p className="lead">
        Klachtenbalie maakt bij de eerste start van elke dag een back-up van alle klachten, klanten, medewerkers, brieven en bestanden, en bewaart er een van elk van de
        laatste {KEEP.daily} dagen, {KEEP.weekly} weken en {KEEP.monthly} maanden. Oudere back-ups ruimt het zelf op. Elke back-up wordt na het schrijven helemaal
        teruggelezen en gecontroleerd.
      </p>

      <section aria-labelledby="backup-folder-title" className="panel">
        <h2 id="backup-folder-title">Back-upmap</h2>
        <p>
          {folder.location ? <strong>{folder.location.label}</strong> : 'Laden…'}
          {folder.location && !folder.location.writable ? <span className="error"> Klachtenbalie kan niet in deze map schrijven. Kies een andere map.</span> : null}
        </p>
        {folder.location?.canChoose ? (
          <>
            <p className="hint">Kies bij voorkeur een netwerkschijf of een USB-stick: een back-up op dezelfde schijf helpt niet als die kapotgaat.</p>
            <button type="button" className="secondary" onClick={() => void folder.chooseFolder()}>
              Andere map kiezen…
            </button>
          </>
        ) : (
          <p className="hint">In de browser staan back-ups in de opslag van deze browser. Download ze geregeld naar een andere plek.</p>
        )}
        {folder.problem ? (
          <p className="error" role="alert">
            {folder.problem}
          </p>
        ) : null}
      </section>

      <BackupNow onMade={() => void folder.refresh()} />
      <PassphraseSection />

      <section aria-labelledby="backup-list-title" className="panel">
        <h2 id="backup-list-title">Back-ups</h2>
        {folder.files ? <BackupList files={folder.files} onRestore={restore.start} onProblem={setProblem} /> : <p aria-busy="true">Laden…</p>}
      </section>

      <section aria-labelledby="backup-other-title" className="panel">
        <h2 id="backup-other-title">Een back-up van elders terugzetten</h2>
        {platform().kind === 'desktop' ? (
          <button type="button" className="secondary" onClick={() => void pick()}>
            Back-upbestand kiezen…
          </button>
        ) : (
          <div className="field">
            <label htmlFor="backup-file">Back-upbestand</label>
            <input
              id="backup-file"
              type="file"
              accept=".klachtenbalie"
              onChange={(event) => {
                const file = event.target.files?.[0];
                event.target.value = '';
                if (file) restore.start(fileSource(file));
              }}
            />
          </div>
        )}
        {problem ? (
          <p className="error" role="alert">
            {problem}
          </p>
        ) : null}
      </section>

      <RestoreDialog step={restore.step} onPassphrase={restore.givePassphrase} onConfirm={() => void restore.confirm()} onClose={restore.close} />
    </section>
  );
}
