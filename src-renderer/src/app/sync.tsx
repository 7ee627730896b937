import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import type { SharingService } from '../sync/service';
import type { SyncState } from '../sync/state';

const SyncContext = createContext<SharingService | null>(null);

export function SyncProvider({ value, children }: { value: SharingService; children: ReactNode }) {
  return <SyncContext.Provider value={value}>{children}</SyncContext.Provider>;
}

export function useSharing(): SharingService {
  const service = useContext(SyncContext);
  if (!service) throw new Error('useSharing buiten SyncProvider');
  return service;
}

/** The sync state, as every screen shows it in the header. */
export function useSyncState(): SyncState {
  const service = useSharing();
  return useSyncExternalStore(
    (onChange) => service.subscribe(onChange),
    () => service.state(),
  );
}

// What the Samenwerken screen needs of the sync, handed on here: screens know the sync only through app/.
export type { ConnectionCheck } from '../sync/checkConnection';
export { serverAddress } from '../sync/checkConnection';
export type { SharingOutcome } from '../sync/service';
export type { SyncProgress, SyncState } from '../sync/state';
export { FileNotOnServerError } from '../sync/files';
export type { PersonSignIn } from '../sync/service';
export type { SignedInAccount } from '../sync/accounts';
