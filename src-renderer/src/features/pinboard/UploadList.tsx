import { formatBytes } from '../../components/format';
import type { Upload } from './usePinFiles';

const STATE_TEXT = { reading: 'inlezen', storing: 'opslaan', done: 'vastgepind', failed: 'mislukt' } as const;

export function UploadList({ uploads }: { uploads: Upload[] }) {
  if (uploads.length === 0) return null;
  return (
    <ul className="uploads" aria-label="Bestanden die worden toegevoegd">
      {uploads.map((upload) => (
        <li key={upload.key} className={`upload ${upload.state}`}>
          <span className="file-name">{upload.name}</span>
          <span className="muted">{formatBytes(upload.size)}</span>
          <progress max={1} value={upload.progress} aria-label={`Voortgang ${upload.name}`} />
          <span>{STATE_TEXT[upload.state]}</span>
          {upload.message ? (
            <span className="error" role="alert">
              {upload.message}
            </span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
