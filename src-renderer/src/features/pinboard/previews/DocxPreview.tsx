import { errorText } from '../../../components/errorText';
import { useEffect, useRef, useState } from 'react';

/** A Word document rendered as pages with docx-preview, loaded only when needed. */
export function DocxPreview({ bytes }: { bytes: Uint8Array }) {
  const container = useRef<HTMLDivElement>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let cancelled = false;
    void (async () => {
      try {
        const { renderAsync } = await import('docx-preview');
        if (cancelled || !container.current) return;
        await renderAsync(new Blob([bytes as Uint8Array<ArrayBuffer>]), container.current, undefined, { inWrapper: true, breakPages: true });
        // docx-preview draws Word's non-breaking hyphen as <wbr>, which shows no
        // hyphen at all: "K-2026-0042" would preview and print as "K20260042".
        container.current?.querySelectorAll('wbr').forEach((element) => element.replaceWith('\u2011'));
      } catch (caught) {
        if (!cancelled) setError(errorText(caught));
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [bytes]);
  return (
    <div>
      {error ? <p role="alert">Dit Word-document kan niet worden getoond ({error}). Sla een kopie op en open het in Word.</p> : null}
      <div ref={container} className="docx-pages" />
    </div>
  );
}
