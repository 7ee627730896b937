import { errorText } from '../../../components/errorText';
import { useEffect, useState } from 'react';
import { frameDocument } from './docx/frameDocument';
import { renderDocx } from './docx/renderDocx';

/**
 * A Word document someone sent in, as pages. It is untrusted: it is drawn
 * sanitised and shown in a frame sandboxed without scripts and without the
 * app's origin, so neither markup nor a link in it can reach the app.
 */
export function DocxPreview({ bytes }: { bytes: Uint8Array }) {
  const [page, setPage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let cancelled = false;
    setPage(null);
    setError(null);
    renderDocx(bytes).then(
      (pages) => !cancelled && setPage(frameDocument(pages)),
      (caught: unknown) => !cancelled && setError(errorText(caught)),
    );
    return () => {
      cancelled = true;
    };
  }, [bytes]);
  if (error) return <p role="alert">Dit Word-document kan niet worden getoond ({error}). Sla een kopie op en open het in Word.</p>;
  if (page === null) return <p aria-busy="true">Word-document lezen…</p>;
  return <iframe className="docx-frame" title="Voorbeeld van het Word-document" sandbox="" referrerPolicy="no-referrer" srcDoc={page} />;
}
