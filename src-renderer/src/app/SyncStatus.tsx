import { hrefFor } from './router';
import { useSyncState } from './sync';
import type { SyncState } from '../sync/state';

const time = new Intl.DateTimeFormat('nl-NL', { weekday: 'short', hour: '2-digit', minute: '2-digit' });

function changes(waiting: number): string {
  return waiting === 1 ? '1 wijziging wacht' : `${waiting} wijzigingen wachten`;
}

export function syncText(state: SyncState): { text: string; tone: 'ok' | 'busy' | 'warn' | 'error' } | null {
  switch (state.kind) {
    case 'alone':
      return null;
    case 'starting':
      return { text: 'Verbinden met de server…', tone: 'busy' };
    case 'upToDate':
      return { text: 'Gedeeld register: bijgewerkt', tone: 'ok' };
    case 'working':
      return { text: state.waiting > 0 ? `Bijwerken… ${changes(state.waiting)}` : 'Bijwerken…', tone: 'busy' };
    case 'offline':
      return { text: `Offline sinds ${time.format(new Date(state.since))}${state.waiting > 0 ? ` · ${changes(state.waiting)}` : ''}`, tone: 'warn' };
    case 'error':
      return { text: `${state.message}${state.waiting > 0 ? ` · ${changes(state.waiting)}` : ''}`, tone: 'error' };
  }
}

/** Always in the header of a shared register: whether this PC is in step with the office. */
export function SyncStatus() {
  const state = useSyncState();
  const shown = syncText(state);
  if (!shown) return null;
  return (
    <a className={`sync-status sync-${shown.tone}`} href={hrefFor({ name: 'sharing' })} role="status" title={state.kind === 'error' ? state.advice : undefined}>
      {shown.text}
    </a>
  );
}
