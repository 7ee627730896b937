import { errorText } from '../../components/errorText';
import { useEffect, useRef, useState } from 'react';
import { renderDocx } from '../pinboard/previews/docx/renderDocx';

/**
 * docx-preview draws no fields: the footer's "Pagina {PAGE} van {NUMPAGES}"
 * would read "Pagina  van ". Word and LibreOffice number the pages of the
 * letter itself; the drawing leaves the empty line out.
 */
function withoutEmptyPageNumbers(pages: DocumentFragment): DocumentFragment {
  pages.querySelectorAll('footer p').forEach((line) => {
    if (/^Pagina\s+van$/.test((line.textContent ?? '').trim())) line.remove();
  });
  return pages;
}

/**
 * A letter the app made itself, drawn as pages in the page itself (not in a
 * frame) so that printing the window prints the letter. It still goes through
 * the same sanitised drawing as any Word document.
 */
export function LetterPages({ bytes }: { bytes: Uint8Array }) {
  const container = useRef<HTMLDivElement>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let cancelled = false;
    renderDocx(bytes).then(
      (pages) => !cancelled && container.current?.replaceChildren(withoutEmptyPageNumbers(pages)),
      (caught: unknown) => !cancelled && setError(errorText(caught)),
    );
    return () => {
      cancelled = true;
    };
  }, [bytes]);
  return (
    <div>
      {error ? <p role="alert">Deze brief kan niet worden getoond ({error}). Sla hem op en open hem in Word.</p> : null}
      <div ref={container} className="docx-pages" />
    </div>
  );
}
