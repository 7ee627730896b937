import { useState } from 'react';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { errorText } from '../../components/errorText';
import { useNotice } from '../../app/notice';
import { useSharing } from '../../app/sync';
import type { Attachment } from '../../domain/model';
import { platform } from '../../platform';

/** Preview always; save a copy anywhere; open in the system program only on the desktop and only for safe types. */
export function FileActions({ attachment, onPreview, onRemove }: { attachment: Attachment; onPreview: () => void; onRemove: () => void }) {
  const notify = useNotice();
  const sharing = useSharing();
  const fail = (error: unknown) => notify({ text: errorText(error), tone: 'error' });
  // A program, script or shortcut is saved only after this warning is confirmed; the platform refuses it otherwise.
  const [warning, setWarning] = useState<string | null>(null);
  const save = async (confirmedRunnable: boolean) => {
    try {
      // On a shared register the file may still be on the server only: fetched and checked first.
      await sharing.readFile(attachment.sha256);
      const result = await platform().saveAttachment(attachment.sha256, attachment.name, confirmedRunnable);
      if ('warning' in result) setWarning(result.warning);
      else if (result.saved) notify({ text: `Kopie van „${attachment.name}” opgeslagen.`, tone: 'success' });
    } catch (error) {
      fail(error);
    }
  };
  const open = async () => {
    try {
      await sharing.readFile(attachment.sha256);
      const result = await platform().openAttachment(attachment.sha256, attachment.name);
      if (!result.opened) notify({ text: result.reason, tone: 'error' });
    } catch (error) {
      fail(error);
    }
  };
  return (
    <div className="row-actions">
      <button type="button" className="secondary small" onClick={onPreview} aria-label={`${attachment.name} bekijken`}>
        Bekijken
      </button>
      <button type="button" className="secondary small" onClick={() => void save(false)} aria-label={`Kopie van ${attachment.name} opslaan`}>
        Opslaan
      </button>
      {platform().kind === 'desktop' ? (
        <button type="button" className="secondary small" onClick={() => void open()} aria-label={`${attachment.name} openen`}>
          Openen
        </button>
      ) : null}
      <button type="button" className="secondary small" onClick={onRemove} aria-label={`${attachment.name} verwijderen`}>
        Verwijderen
      </button>
      {warning !== null ? (
        <ConfirmDialog
          open
          title={`„${attachment.name}” toch opslaan?`}
          message={warning}
          confirmLabel="Toch opslaan"
          cancelLabel="Niet opslaan"
          onConfirm={() => {
            setWarning(null);
            void save(true);
          }}
          onCancel={() => setWarning(null)}
        />
      ) : null}
    </div>
  );
}
