import { useEffect, useState } from 'react';
import { frameDocument } from './docx/frameDocument';
import { renderDocx } from './docx/renderDocx';
import { damagedText } from './damagedText';

/**
 * A Word document someone sent in, as pages. It is untrusted: it is drawn
 * sanitised and shown in a frame sandboxed without scripts and without the
 * app's origin, so neither markup nor a link in it can reach the app.
 */
export function DocxPreview({ bytes }: { bytes: Uint8Array }) {
  const [page, setPage] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let cancelled = false;
    setPage(null);
    setFailed(false);
    renderDocx(bytes).then(
      (pages) => !cancelled && setPage(frameDocument(pages)),
      () => !cancelled && setFailed(true),
    );
    return () => {
      cancelled = true;
    };
  }, [bytes]);
  if (failed) return <p role="alert">{damagedText('Word-document')}</p>;
  if (page === null) return <p aria-busy="true">Word-document lezen…</p>;
  return <iframe className="docx-frame" title="Voorbeeld van het Word-document" sandbox="" referrerPolicy="no-referrer" srcDoc={page} />;
}
