import { useEffect, useRef, useState } from 'react';

const MAX_PAGES = 20;

/** pdf.js says why in English ("Invalid PDF structure"); the office reads what it means and what to do. */
function pdfProblem(error: unknown): string {
  if ((error as { name?: unknown } | null)?.name === 'PasswordException') {
    return 'Deze PDF is beveiligd met een wachtwoord en kan hier niet worden getoond. Sla een kopie op en open hem met een PDF-lezer.';
  }
  return 'Deze PDF is beschadigd en kan niet worden getoond. Vraag de afzender het bestand opnieuw te sturen, of sla een kopie op en probeer het met een andere PDF-lezer.';
}

/** PDF pages drawn by pdf.js, loaded only when a PDF is opened so the app itself starts light. */
export function PdfPreview({ bytes }: { bytes: Uint8Array }) {
  const container = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<{ pages: number; shown: number } | { error: string } | null>(null);

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      try {
        const pdfjs = await import('pdfjs-dist');
        pdfjs.GlobalWorkerOptions.workerSrc = new URL('pdfjs-dist/build/pdf.worker.min.mjs', import.meta.url).toString();
        // A copy: pdf.js transfers the buffer to its worker.
        const doc = await pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false }).promise;
        const shown = Math.min(doc.numPages, MAX_PAGES);
        for (let number = 1; number <= shown && !cancelled; number += 1) {
          const page = await doc.getPage(number);
          const viewport = page.getViewport({ scale: 1.3 });
          const canvas = document.createElement('canvas');
          canvas.width = viewport.width;
          canvas.height = viewport.height;
          canvas.setAttribute('role', 'img');
          canvas.setAttribute('aria-label', `Pagina ${number} van ${doc.numPages}`);
          container.current?.appendChild(canvas);
          await page.render({ canvas, viewport }).promise;
        }
        if (!cancelled) setState({ pages: doc.numPages, shown });
      } catch (error) {
        if (!cancelled) setState({ error: pdfProblem(error) });
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [bytes]);

  return (
    <div>
      {state && 'error' in state ? (
        <p role="alert">{state.error}</p>
      ) : null}
      {state && 'pages' in state && state.pages > state.shown ? (
        <p className="muted">
          De eerste {state.shown} van {state.pages} pagina's worden getoond.
        </p>
      ) : null}
      <div ref={container} className="pdf-pages" />
    </div>
  );
}
