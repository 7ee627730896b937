import { errorText } from '../../components/errorText';
import { useEffect, useState } from 'react';
import { Modal } from '../../components/Modal';
import { formatBytes } from '../../components/format';
import { classifyFile } from '../../domain/fileSafety';
import type { Attachment } from '../../domain/model';
import { FileNotOnServerError, useSharing } from '../../app/sync';
import { BlobImage } from './previews/BlobImage';
import { DocxPreview } from './previews/DocxPreview';
import { EmailPreview } from './previews/EmailPreview';
import { PdfPreview } from './previews/PdfPreview';
import { TextPreview } from './previews/TextPreview';
import { damagedText } from './previews/damagedText';

type State =
  | { kind: 'loading' }
  | { kind: 'ready'; bytes: Uint8Array; preview: ReturnType<typeof classifyFile> }
  | { kind: 'damaged'; message: string }
  | { kind: 'waiting' };

/** A file pinned on another workstation a moment ago may not be on the server yet: asked again this often while the preview is open. */
const ASK_AGAIN_MS = 2_000;

/** Shows the file itself inside the app; a damaged or missing file says so and what to do, never a blank. */
export function AttachmentPreview({ attachment, onClose }: { attachment: Attachment; onClose: () => void }) {
  const [state, setState] = useState<State>({ kind: 'loading' });
  const sharing = useSharing();

  useEffect(() => {
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const read = () =>
      sharing.readFile(attachment.sha256).then(
        (bytes) => {
          if (!cancelled) setState({ kind: 'ready', bytes, preview: classifyFile(attachment.name, bytes) });
        },
        (error: unknown) => {
          if (cancelled) return;
          if (error instanceof FileNotOnServerError) {
            setState({ kind: 'waiting' });
            timer = setTimeout(() => void read(), ASK_AGAIN_MS);
          } else setState({ kind: 'damaged', message: errorText(error) });
        },
      );
    void read();
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [attachment, sharing]);

  return (
    <Modal className="preview-dialog" aria-labelledby="preview-title" onClose={onClose}>
      <div className="preview-head">
        <h2 id="preview-title">{attachment.name}</h2>
        <span className="muted">
          {formatBytes(attachment.size)} · SHA-256 <code className="hash">{attachment.sha256.slice(0, 12)}…</code>
        </span>
        <button type="button" className="secondary small" onClick={onClose} autoFocus>
          Sluiten
        </button>
      </div>
      <div className="preview-body">
        {state.kind === 'loading' ? <p aria-busy="true">Bestand laden…</p> : null}
        {state.kind === 'waiting' ? (
          <p aria-busy="true" role="status">
            Dit bestand is op een andere computer vastgepind en staat nog niet op de server. Klachtenbalie haalt het op zodra het er is; u kunt dit venster ook sluiten en het later
            opnieuw bekijken.
          </p>
        ) : null}
        {state.kind === 'damaged' ? (
          <div className="damaged" role="alert">
            <h3>Dit bestand is beschadigd of ontbreekt</h3>
            <p>{state.message}</p>
            <p>
              Wat u kunt doen: zoek het origineel op (de e-mail, de scan of de foto) en pin het opnieuw vast. Verwijder daarna deze versie van het
              prikbord. Gebeurt dit vaker, meld het dan aan uw beheerder: de schijf kan defect zijn.
            </p>
          </div>
        ) : null}
        {state.kind === 'ready' && state.preview.damagedAs ? (
          <p role="alert">{damagedText(state.preview.damagedAs)}</p>
        ) : state.kind === 'ready' ? (
          <PreviewContent name={attachment.name} bytes={state.bytes} kind={state.preview.previewKind} type={attachment.type} />
        ) : null}
      </div>
    </Modal>
  );
}

function PreviewContent({ name, bytes, kind, type }: { name: string; bytes: Uint8Array; kind: string; type: string }) {
  switch (kind) {
    case 'image':
      return <BlobImage bytes={bytes} type={type} alt={name} />;
    case 'pdf':
      return <PdfPreview bytes={bytes} />;
    case 'text':
      return <TextPreview bytes={bytes} />;
    case 'docx':
      return <DocxPreview bytes={bytes} />;
    case 'email':
      return <EmailPreview name={name} bytes={bytes} />;
    default:
      return <p className="muted">Van dit soort bestand is geen voorbeeld te tonen. Sla een kopie op om het te bekijken.</p>;
  }
}
