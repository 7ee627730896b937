import { useEffect, useState } from 'react';
import { platform } from '../platform';
import { AboutScreen } from '../features/about/AboutScreen';
import { ComplaintCard } from '../features/card/ComplaintCard';
import { ComplaintList } from '../features/complaints/ComplaintList';
import { CustomerCard } from '../features/customer/CustomerCard';
import { countOf, dutchNumber } from '../domain/dutchNumber';
import { DeskScreen } from '../features/desk/DeskScreen';
import { ReminderNotices } from '../features/desk/ReminderNotices';
import { useOverdueReminder } from '../features/desk/useOverdueReminder';
import { useTermReminders } from '../features/desk/useTermReminders';
import { IntakeScreen } from '../features/intake/IntakeScreen';
import { LetterTemplateSettings } from '../features/settings/LetterTemplateSettings';
import { LetterheadSettings } from '../features/settings/LetterheadSettings';
import { ProcedureSettings } from '../features/settings/ProcedureSettings';
import { StaffSettings } from '../features/settings/StaffSettings';
import { BackupSettings } from '../features/backups/BackupSettings';
import { SharingSettings } from '../features/sharing/SharingSettings';
import { PrivacyScreen } from '../features/privacy/PrivacyScreen';
import { MeasureRegister } from '../features/measures/MeasureRegister';
import { CauseCategorySettings } from '../features/measures/CauseCategorySettings';
import { AnalysisScreen } from '../features/analysis/AnalysisScreen';
import { BackupWarning } from './BackupWarning';
import { SyncStatus } from './SyncStatus';
import { ErrorBoundary } from './ErrorBoundary';
import { useAutomaticBackup } from './useAutomaticBackup';
import { useProfile } from './profile';
import { useSharing } from './sync';
import { hrefFor, isDefaultHash, navigate, parseRoute, useHash, type Route } from './router';
import { startRoute } from './startRoute';
import { reminderScope } from '../domain/desk';

const SECTION_OF: Record<Route['name'], string> = {
  desk: 'desk',
  intake: 'intake',
  list: 'list',
  analysis: 'analysis',
  card: 'list',
  customer: 'list',
  about: 'about',
  staff: 'settings',
  procedure: 'settings',
  letterhead: 'settings',
  letterTemplates: 'settings',
  backups: 'settings',
  sharing: 'settings',
  privacy: 'settings',
  measures: 'measures',
  causeCategories: 'settings',
};

export function Shell() {
  const hash = useHash();
  const { staff, switchProfile } = useProfile();
  // On a shared register each colleague signs in with their own account, and signs out again.
  const signedIn = useSharing().settings() !== null;
  // Opened bare (no route asked for): start where this person works; an explicit route always wins.
  const route = isDefaultHash(hash) ? startRoute(staff) : parseRoute(hash);
  const [searchRequest, setSearchRequest] = useState(0);
  const scope = reminderScope(staff);
  const overdue = useOverdueReminder(route.name === 'desk' && !route.ownerId, scope && 'ownerId' in scope ? scope.ownerId : undefined);
  const reminders = useTermReminders(staff, overdue);
  useAutomaticBackup();

  const startHref = isDefaultHash(hash) ? hrefFor(route) : null;
  useEffect(() => {
    // Written into the address, so a reload or Back stays on the start screen.
    if (startHref) window.history.replaceState(null, '', startHref);
  }, [hash, startHref]);

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
          <a href={hrefFor({ name: 'desk' })} aria-current={current('desk')}>
            {/* The count is spoken with the name, not as an aria-label: that would make the link a match for fields labelled "termijn". */}
            <span>
              Bureau
              {overdue ? <span className="visually-hidden">{` (${countOf(overdue, 'klacht', 'klachten')} te laat)`}</span> : null}
            </span>
            {overdue ? (
              <span className="nav-badge" aria-hidden="true">
                {dutchNumber(overdue)}
              </span>
            ) : null}
          </a>
          <a href={hrefFor({ name: 'intake' })} aria-current={current('intake')} aria-keyshortcuts="Control+N" title="Sneltoets: Ctrl+N">
            Nieuwe klacht <kbd>Ctrl+N</kbd>
          </a>
          <a href={hrefFor({ name: 'list' })} aria-current={current('list')} aria-keyshortcuts="Control+F" title="Sneltoets: Ctrl+F">
            Klachten <kbd>Ctrl+F</kbd>
          </a>
          <a href={hrefFor({ name: 'measures' })} aria-current={current('measures')}>
            Maatregelen
          </a>
          <a href={hrefFor({ name: 'analysis' })} aria-current={current('analysis')}>
            Analyse
          </a>
          <a href={hrefFor({ name: 'procedure' })} aria-current={current('settings')}>
            Instellingen
          </a>
          <a href={hrefFor({ name: 'about' })} aria-current={current('about')}>
            Over
          </a>
        </nav>
        <SyncStatus />
        <div className="whoami">
          <span>
            Aan het werk: <strong>{staff.name}</strong>
          </span>
          <button type="button" className="link-button" onClick={switchProfile}>
            {signedIn ? 'Afmelden' : 'Wisselen'}
          </button>
        </div>
      </header>
      <ReminderNotices messages={reminders.inApp} onDismiss={reminders.dismiss} />
      <BackupWarning route={route.name} />
      <main className="content">
        <ErrorBoundary resetKey={JSON.stringify(route)}>
          {route.name === 'desk' ? <DeskScreen ownerId={route.ownerId} /> : null}
          {route.name === 'intake' ? <IntakeScreen /> : null}
          {route.name === 'list' ? <ComplaintList focusSearch={searchRequest + (route.focusSearch ? 1 : 0)} figure={route.figure} /> : null}
          {route.name === 'card' ? <ComplaintCard complaintId={route.complaintId} step={route.step} /> : null}
          {route.name === 'about' ? <AboutScreen /> : null}
          {route.name === 'customer' ? <CustomerCard customerId={route.customerId} /> : null}
          {route.name === 'staff' ? <StaffSettings /> : null}
          {route.name === 'procedure' ? <ProcedureSettings /> : null}
          {route.name === 'letterhead' ? <LetterheadSettings /> : null}
          {route.name === 'letterTemplates' ? <LetterTemplateSettings /> : null}
          {route.name === 'backups' ? <BackupSettings /> : null}
          {route.name === 'sharing' ? <SharingSettings /> : null}
          {route.name === 'privacy' ? <PrivacyScreen /> : null}
          {route.name === 'measures' ? <MeasureRegister /> : null}
          {route.name === 'causeCategories' ? <CauseCategorySettings /> : null}
          {route.name === 'analysis' ? <AnalysisScreen /> : null}
        </ErrorBoundary>
      </main>
    </>
  );
}
