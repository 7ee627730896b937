/**
 * What this workstation knows about its backups: when the last good one was
 * made, whether the last one failed, the day of the last automatic one, and
 * the passphrase. Kept in the browser's localStorage, not in the register, so
 * restoring an old backup does not restore old facts about backups.
 *
 * The passphrase sits beside the register it protects, on the same PC: it
 * makes the copies on a USB stick or network drive unreadable to others, not
 * the PC itself (that is the disk encryption's job).
 */
import { useSyncExternalStore } from 'react';
import type { BackupHealth } from '../domain/backup/generations';
import { workstationStorage } from '../platform/workstationStorage';

export interface BackupState extends BackupHealth {
  /** Local day (yyyy-mm-dd) of the last automatic backup. */
  lastAutomaticDay: string | null;
  lastFile: string | null;
}

const STATE_KEY = 'klachtenbalie.backups';
const PASSPHRASE_KEY = 'klachtenbalie.backups.passphrase';
const EMPTY: BackupState = { lastGoodAt: null, lastFailure: null, firstStartAt: null, lastAutomaticDay: null, lastFile: null };

const listeners = new Set<() => void>();
let cached: { raw: string | null; state: BackupState } | null = null;

export function readBackupState(): BackupState {
  const raw = workstationStorage()?.getItem(STATE_KEY) ?? null;
  if (cached && cached.raw === raw) return cached.state;
  let state = EMPTY;
  try {
    state = raw ? { ...EMPTY, ...(JSON.parse(raw) as Partial<BackupState>) } : EMPTY;
  } catch {
    state = EMPTY;
  }
  cached = { raw, state };
  return state;
}

function write(change: Partial<BackupState>): void {
  workstationStorage()?.setItem(STATE_KEY, JSON.stringify({ ...readBackupState(), ...change }));
  for (const listener of listeners) listener();
}

export function localDay(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

/** Remembered once, so a workstation that never made a backup is warned after a week. */
export function recordFirstStart(at: Date): void {
  if (!readBackupState().firstStartAt) write({ firstStartAt: at.toISOString() });
}

export function recordGoodBackup(at: Date, file: string, automatic: boolean): void {
  write({ lastGoodAt: at.toISOString(), lastFile: file, lastFailure: null, ...(automatic ? { lastAutomaticDay: localDay(at) } : {}) });
}

export function recordFailedBackup(at: Date, message: string): void {
  // A failed automatic backup is tried again at the next start, not only tomorrow.
  write({ lastFailure: { at: at.toISOString(), message } });
}

export function backupPassphrase(): string | null {
  return workstationStorage()?.getItem(PASSPHRASE_KEY) || null;
}

export function setBackupPassphrase(passphrase: string | null): void {
  if (passphrase) workstationStorage()?.setItem(PASSPHRASE_KEY, passphrase);
  else workstationStorage()?.removeItem(PASSPHRASE_KEY);
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  // Another window of the same browser profile may make a backup too.
  const onStorage = (event: StorageEvent) => {
    if (event.key === STATE_KEY || event.key === PASSPHRASE_KEY) listener();
  };
  globalThis.addEventListener?.('storage', onStorage);
  return () => {
    listeners.delete(listener);
    globalThis.removeEventListener?.('storage', onStorage);
  };
}

export function useBackupState(): BackupState {
  return useSyncExternalStore(subscribe, readBackupState);
}

export function useBackupPassphraseSet(): boolean {
  return useSyncExternalStore(subscribe, () => backupPassphrase() !== null);
}
