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
