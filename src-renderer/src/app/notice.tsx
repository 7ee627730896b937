import { createContext, useContext, useEffect } from 'react';

export interface NoticeMessage {
  text: string;
  tone: 'success' | 'error';
}

export const NoticeContext = createContext<(notice: NoticeMessage | null) => void>(() => undefined);

export function useNotice() {
  return useContext(NoticeContext);
}

/** A live region, so a screen reader hears "Klacht K-2026-0001 is opgeslagen" too. */
export function Notice({ notice, onDismiss }: { notice: NoticeMessage | null; onDismiss: () => void }) {
  useEffect(() => {
    if (!notice || notice.tone === 'error') return;
    const timer = setTimeout(onDismiss, 8000);
    return () => clearTimeout(timer);
  }, [notice, onDismiss]);
  return (
    <div className="notice-region" role="status" aria-live="polite">
      {notice ? (
        <div className={`notice ${notice.tone}`}>
          <span>{notice.text}</span>
          <button type="button" className="link" onClick={onDismiss} aria-label="Melding sluiten">
            ×
          </button>
        </div>
      ) : null}
    </div>
  );
}
