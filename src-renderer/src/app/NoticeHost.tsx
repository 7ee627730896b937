import { useState, type ReactNode } from 'react';
import { Notice, NoticeContext, type NoticeMessage } from './notice';

export function NoticeHost({ children }: { children: ReactNode }) {
  const [notice, setNotice] = useState<NoticeMessage | null>(null);
  return (
    <NoticeContext.Provider value={setNotice}>
      {children}
      <Notice notice={notice} onDismiss={() => setNotice(null)} />
    </NoticeContext.Provider>
  );
}
