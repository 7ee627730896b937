import { errorText } from '../../components/errorText';
import { useEffect, useRef, useState } from 'react';
import { useRepositories } from '../../app/data';
import { useNotice } from '../../app/notice';
import { useActor } from '../../app/profile';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { SWEEP_GRACE_DAYS } from '../../domain/attachmentSweep';
import { formatBytes, formatDateTime } from '../../components/format';
import type { Attachment, AttachmentKind } from '../../domain/model';
import { MAX_PINNED_FILE_BYTES } from '../../domain/pinLimits';
import { AttachmentPreview } from './AttachmentPreview';
import { ATTACHMENT_KIND_LABELS, ATTACHMENT_KIND_OPTIONS } from './kindLabels';
import { UploadList } from './UploadList';
import { usePinFiles, type PinTarget } from './usePinFiles';
import { FileActions } from './FileActions';

interface Props {
  target: PinTarget;
  /** The customer card shows the files of all the customer's complaints, read-only here. */
  attachments: Attachment[] | undefined;
  title?: string;
  /** Paste from the clipboard while this board is on screen. */
  acceptPaste?: boolean;
}

/** Everything about a complaint pinned to one board: drop, paste or pick files; preview, save, open, remove. */
export function Pinboard({ target, attachments, title = 'Prikbord', acceptPaste = true }: Props) {
  const repos = useRepositories();
  const actor = useActor();
  const notify = useNotice();
  const { uploads, pin } = usePinFiles(target);
  const [kind, setKind] = useState<AttachmentKind | 'auto'>('auto');
  const [dragging, setDragging] = useState(false);
  const [previewing, setPreviewing] = useState<Attachment | null>(null);
  const [removing, setRemoving] = useState<Attachment | null>(null);
  const pickRef = useRef<HTMLInputElement>(null);
  // `pin` is new on every render: the paste listener calls the latest one, with the kind chosen now, instead of re-subscribing each time.
  const pasteRef = useRef((files: File[]) => pin(files, kind));
  pasteRef.current = (files) => pin(files, kind);

  useEffect(() => {
    if (!acceptPaste) return;
    const onPaste = (event: ClipboardEvent) => {
      const files = Array.from(event.clipboardData?.files ?? []);
      if (files.length === 0) return;
      // Text pasted into a field stays text; only files (a screenshot) go to the board.
      event.preventDefault();
      void pasteRef.current(files);
    };
    document.addEventListener('paste', onPaste);
    return () => document.removeEventListener('paste', onPaste);
  }, [acceptPaste]);

  return (
    <section
      className={`panel pinboard${dragging ? ' dragging' : ''}`}
      aria-labelledby="pinboard-title"
      onDragOver={(event) => {
        if (Array.from(event.dataTransfer.types).includes('Files')) {
          event.preventDefault();
          setDragging(true);
        }
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(event) => {
        event.preventDefault();
        setDragging(false);
        void pin(Array.from(event.dataTransfer.files), kind);
      }}
    >
      <div className="panel-head">
        <h2 id="pinboard-title">{title}</h2>
      </div>
      <div className="pin-controls">
        <div className="field">
          <label htmlFor="pin-kind">Soort bij toevoegen</label>
          <select id="pin-kind" value={kind} onChange={(event) => setKind(event.target.value as AttachmentKind | 'auto')}>
            <option value="auto">Automatisch (foto, klacht of correspondentie)</option>
            {ATTACHMENT_KIND_OPTIONS.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          {/* The browser's own file button speaks the system language; this one speaks Dutch and opens the same picker. */}
          <button type="button" className="secondary" onClick={() => pickRef.current?.click()}>
            Bestanden kiezen…
          </button>
          <label htmlFor="pin-pick" className="visually-hidden">
            Bestanden kiezen
          </label>
          <input
            id="pin-pick"
            ref={pickRef}
            className="visually-hidden"
            tabIndex={-1}
            type="file"
            multiple
            onChange={(event) => {
              const files = Array.from(event.target.files ?? []);
              event.target.value = '';
              if (files.length) void pin(files, kind);
            }}
          />
        </div>
        <p className="hint drop-hint">Of sleep bestanden hierheen, of plak een schermafbeelding met Ctrl+V. Per bestand hoogstens {formatBytes(MAX_PINNED_FILE_BYTES)}.</p>
      </div>
      <UploadList uploads={uploads} />
      {attachments === undefined ? <p aria-busy="true">Laden…</p> : null}
      {attachments && attachments.length === 0 ? <p className="muted">Nog niets vastgepind.</p> : null}
      {attachments && attachments.length > 0 ? (
        <table className="files" aria-label="Vastgepinde bestanden">
          <thead>
            <tr>
              <th scope="col">Bestand</th>
              <th scope="col">
                <span className="visually-hidden">Acties</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {attachments.map((attachment) => (
              <tr key={attachment.id}>
                <th scope="row">
                  <span className="file-name">{attachment.name}</span>
                  <span className="file-meta">
                    {ATTACHMENT_KIND_LABELS[attachment.kind]} · {formatBytes(attachment.size)} · {formatDateTime(attachment.addedAt)} · {attachment.addedByName}
                  </span>
                </th>
                <td>
                  <FileActions attachment={attachment} onPreview={() => setPreviewing(attachment)} onRemove={() => setRemoving(attachment)} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {previewing ? <AttachmentPreview attachment={previewing} onClose={() => setPreviewing(null)} /> : null}
      <ConfirmDialog
        open={removing !== null}
        title={`„${removing?.name ?? ''}” verwijderen?`}
        message={`Het bestand verdwijnt van het prikbord. In de voortgang blijft staan dat het er was en wie het verwijderde. Het bestand zelf blijft nog ${SWEEP_GRACE_DAYS} dagen bewaard en wordt daarna verwijderd, tenzij het nog aan een andere klacht of klant hangt.`}
        confirmLabel="Verwijderen"
        cancelLabel="Annuleren"
        onConfirm={() => {
          const attachment = removing;
          setRemoving(null);
          if (attachment)
            void repos.attachments.remove(attachment.id, actor).then(
              () => notify({ text: `„${attachment.name}” is verwijderd van het prikbord.`, tone: 'success' }),
              (error: unknown) => notify({ text: `Niet verwijderd: ${errorText(error)}`, tone: 'error' }),
            );
        }}
        onCancel={() => setRemoving(null)}
      />
    </section>
  );
}
