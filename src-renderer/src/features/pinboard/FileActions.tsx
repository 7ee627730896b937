import { errorText } from '../../components/errorText';
import { useNotice } from '../../app/notice';
import type { Attachment } from '../../domain/model';
import { platform } from '../../platform';

/** Preview always; save a copy anywhere; open in the system program only on the desktop and only for safe types. */
export function FileActions({ attachment, onPreview, onRemove }: { attachment: Attachment; onPreview: () => void; onRemove: () => void }) {
  const notify = useNotice();
  const fail = (error: unknown) => notify({ text: errorText(error), tone: 'error' });
  const save = async () => {
    try {
      const bytes = await platform().getAttachment(attachment.sha256);
      const result = await platform().saveFile({ suggestedName: attachment.name, bytes: bytes as Uint8Array<ArrayBuffer> });
      if (result.saved) notify({ text: `Kopie van „${attachment.name}” opgeslagen.`, tone: 'success' });
    } catch (error) {
      fail(error);
    }
  };
  const open = async () => {
    try {
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
      <button type="button" className="secondary small" onClick={() => void save()} aria-label={`Kopie van ${attachment.name} opslaan`}>
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
    </div>
  );
}
