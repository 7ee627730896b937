import { useEffect, useState } from 'react';
import { platform } from '../platform';
import { AboutScreen } from '../features/about/AboutScreen';
import { ComplaintCard } from '../features/card/ComplaintCard';
import { ComplaintList } from '../features/complaints/ComplaintList';
import { IntakeScreen } from '../features/intake/IntakeScreen';
import { hrefFor, navigate, parseRoute, useHash } from './router';
import { ErrorBoundary } from './ErrorBoundary';
import { Notice, NoticeContext, type NoticeMessage } from './notice';

export function Shell() {
  const route = parseRoute(useHash());
  const [notice, setNotice] = useState<NoticeMessage | null>(null);
  const [searchRequest, setSearchRequest] = useState(0);

  useEffect(
    () =>
      platform().onMenuCommand((command) => {
        if (command === 'new-complaint') navigate({ name: 'intake' });
        if (command === 'complaint-list') navigate({ name: 'list' });
        if (command === 'about') navigate({ name: 'about' });
        if (command === 'search') {
          navigate({ name: 'list' });
          setSearchRequest((n) => n + 1);
        }
      }),
    [],
  );

  const current = route.name === 'card' ? 'list' : route.name;
  return (
    <NoticeContext.Provider value={setNotice}>
      <header className="topbar">
        <a className="brand" href={hrefFor({ name: 'list' })}>
          Klachtenbalie
        </a>
        <nav aria-label="Hoofdmenu">
          <a href={hrefFor({ name: 'intake' })} aria-current={current === 'intake' ? 'page' : undefined}>
            Nieuwe klacht <kbd>Ctrl+N</kbd>
          </a>
          <a href={hrefFor({ name: 'list' })} aria-current={current === 'list' ? 'page' : undefined}>
            Klachten <kbd>Ctrl+F</kbd>
          </a>
          <a href={hrefFor({ name: 'about' })} aria-current={current === 'about' ? 'page' : undefined}>
            Over
          </a>
        </nav>
      </header>
      <Notice notice={notice} onDismiss={() => setNotice(null)} />
      <main className="content">
        <ErrorBoundary resetKey={JSON.stringify(route)}>
        {route.name === 'intake' ? <IntakeScreen /> : null}
        {route.name === 'list' ? <ComplaintList focusSearch={searchRequest + (route.focusSearch ? 1 : 0)} /> : null}
        {route.name === 'card' ? <ComplaintCard complaintId={route.complaintId} /> : null}
        {route.name === 'about' ? <AboutScreen /> : null}
        </ErrorBoundary>
      </main>
    </NoticeContext.Provider>
  );
}
