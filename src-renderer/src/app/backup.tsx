import { createContext, useContext, type ReactNode } from 'react';
import type { BackupService } from '../backup/service';

const BackupContext = createContext<BackupService | null>(null);

export function BackupProvider({ value, children }: { value: BackupService; children: ReactNode }) {
  return <BackupContext.Provider value={value}>{children}</BackupContext.Provider>;
}

export function useBackupService(): BackupService {
  const service = useContext(BackupContext);
  if (!service) throw new Error('useBackupService buiten BackupProvider');
  return service;
}
