/**
 * Where this workstation shares its register: the server's address, the
 * database and who signed in. Never a password (the session cookie stands in
 * for it). Kept per register in this workstation's local storage.
 */
import { workstationStorage, type Storage } from '../platform/workstationStorage';

export interface SharingSettings {
  serverUrl: string;
  database: string;
  userName: string;
  /** ISO moment the register was first shared or joined from here. */
  since: string;
}

export const DEFAULT_SHARED_DATABASE = 'klachtenbalie';
const KEY = 'klachtenbalie.sharing';

export function loadSharingSettings(register: string, store: Storage | null = workstationStorage()): SharingSettings | null {
  const raw = store?.getItem(`${KEY}:${register}`);
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as Partial<SharingSettings>;
    if (typeof value.serverUrl !== 'string' || typeof value.database !== 'string' || typeof value.userName !== 'string') return null;
    return { serverUrl: value.serverUrl, database: value.database, userName: value.userName, since: String(value.since ?? '') };
  } catch {
    return null;
  }
}

export function saveSharingSettings(register: string, settings: SharingSettings, store: Storage | null = workstationStorage()): void {
  if (!store) throw new Error('Deze browser kan de instellingen voor samenwerken niet onthouden.');
  store.setItem(`${KEY}:${register}`, JSON.stringify(settings));
}
