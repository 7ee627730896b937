import { useEffect, useState } from 'react';
import { platform } from '../platform';
import { AboutScreen } from '../features/about/AboutScreen';
import { ComplaintCard } from '../features/card/ComplaintCard';
import { ComplaintList } from '../features/complaints/ComplaintList';
import { CustomerCard } from '../features/customer/CustomerCard';
import { IntakeScreen } from '../features/intake/IntakeScreen';
import { LetterTemplateSettings } from '../features/settings/LetterTemplateSettings';
import { LetterheadSettings } from '../features/settings/LetterheadSettings';
import { ProcedureSettings } from '../features/settings/ProcedureSettings';
import { StaffSettings } from '../features/settings/StaffSettings';
import { ErrorBoundary } from './ErrorBoundary';
import { useProfile } from './profile';
import { hrefFor, navigate, parseRoute, useHash, type Route } from './router';

const SECTION_OF: Record<Route['name'], string> = {
  intake: 'intake',
  list: 'list',
  card: 'list',
  customer: 'list',
  about: 'about',
  staff: 'settings',
  procedure: 'settings',
  letterhead: 'settings',
  letterTemplates: 'settings',
};

export function Shell() {
  const route = parseRoute(useHash());
  const { staff, switchProfile } = useProfile();
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

  const section = SECTION_OF[route.name];
  const current = (name: string) => (section === name ? ('page' as const) : undefined);
  return (
    <>
      <header className="topbar">
        <a className="brand" href={hrefFor({ name: 'list' })}>
          Klachtenbalie
        </a>
        <nav aria-label="Hoofdmenu">
          <a href={hrefFor({ name: 'intake' })} aria-current={current('intake')}>
            Nieuwe klacht <kbd>Ctrl+N</kbd>
          </a>
          <a href={hrefFor({ name: 'list' })} aria-current={current('list')}>
            Klachten <kbd>Ctrl+F</kbd>
          </a>
          <a href={hrefFor({ name: 'procedure' })} aria-current={current('settings')}>
            Instellingen
          </a>
          <a href={hrefFor({ name: 'about' })} aria-current={current('about')}>
            Over
          </a>
        </nav>
        <div className="whoami">
          <span>
            Aan het werk: <strong>{staff.name}</strong>
          </span>
          <button type="button" className="link-button" onClick={switchProfile}>
            Wisselen
          </button>
        </div>
      </header>
      <main className="content">
        <ErrorBoundary resetKey={JSON.stringify(route)}>
          {route.name === 'intake' ? <IntakeScreen /> : null}
          {route.name === 'list' ? <ComplaintList focusSearch={searchRequest + (route.focusSearch ? 1 : 0)} /> : null}
          {route.name === 'card' ? <ComplaintCard complaintId={route.complaintId} /> : null}
          {route.name === 'about' ? <AboutScreen /> : null}
          {route.name === 'customer' ? <CustomerCard customerId={route.customerId} /> : null}
          {route.name === 'staff' ? <StaffSettings /> : null}
          {route.name === 'procedure' ? <ProcedureSettings /> : null}
          {route.name === 'letterhead' ? <LetterheadSettings /> : null}
          {route.name === 'letterTemplates' ? <LetterTemplateSettings /> : null}
        </ErrorBoundary>
      </main>
    </>
  );
}
