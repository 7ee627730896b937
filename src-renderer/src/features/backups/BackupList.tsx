import { errorText } from '../../components/errorText';
import { formatBytes, formatDateTime } from '../../components/format';
import { momentOfBackup } from '../../domain/backup/generations';
import { platform, type BackupFileInfo, type OpenedBackupFile } from '../../platform';

function reasonOf(name: string): string {
  if (name.includes('-voor-terugzetten')) return 'Vóór terugzetten';
  if (name.includes('-voor-upgrade')) return 'Vóór bijwerken';
  return '';
}

export function BackupList({ files, onRestore, onProblem }: { files: BackupFileInfo[]; onRestore: (file: OpenedBackupFile) => void; onProblem: (text: string) => void }) {
  const store = platform().backups;
  if (files.length === 0) return <p>Er staan nog geen back-ups in deze map. Maak er hierboven een, of wacht op de automatische back-up van vandaag.</p>;
  return (
    <table className="plain-table compact" aria-label="Back-ups in de map">
      <thead>
        <tr>
          <th scope="col">Gemaakt op</th>
          <th scope="col">Grootte</th>
          <th scope="col">Reden</th>
          <th scope="col">
            <span className="visually-hidden">Acties</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {files.map((file) => {
          const moment = momentOfBackup(file.name);
          const when = moment ? formatDateTime(moment.toISOString()) : file.name;
          return (
            <tr key={file.name}>
              <td>{when}</td>
              <td>{formatBytes(file.size)}</td>
              <td>{reasonOf(file.name)}</td>
              <td className="row-actions">
                <button
                  type="button"
                  className="secondary"
                  aria-label={`Terugzetten: back-up van ${when}`}
                  onClick={() => store.open(file.name).then(onRestore, (error: unknown) => onProblem(errorText(error)))}
                >
                  Terugzetten
                </button>
                {store.download ? (
                  <button
                    type="button"
                    className="secondary"
                    aria-label={`Downloaden: back-up van ${when}`}
                    onClick={() => store.download?.(file.name).catch((error: unknown) => onProblem(errorText(error)))}
                  >
                    Downloaden
                  </button>
                ) : null}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
