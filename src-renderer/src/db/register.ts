/**
 * Which IndexedDB database holds the office's register. It is 'klachtenbalie'
 * until a backup is restored: a restore builds the register under a new name
 * beside the old one, and only when it is complete does this pointer move, in
 * one write. A crash at any moment before leaves the old register in use; the
 * old one is removed at the next start on the new one.
 */
import { workstationStorage, type Storage } from '../platform/workstationStorage';
import { DEFAULT_DATABASE_NAME } from './database';

const POINTER_KEY = 'klachtenbalie.register';
const RESTORED = /^klachtenbalie-hersteld-\d{13}$/;

export function activeRegisterName(store: Storage | null = workstationStorage()): string {
  const name = store?.getItem(POINTER_KEY);
  return name && RESTORED.test(name) ? name : DEFAULT_DATABASE_NAME;
}

export function switchRegister(name: string, store: Storage | null = workstationStorage()): void {
  if (!RESTORED.test(name)) throw new Error(`Geen geldige registernaam: ${name}`);
  if (!store) throw new Error('Deze browser kan niet onthouden welk register in gebruik is.');
  store.setItem(POINTER_KEY, name);
}

/** A fresh name for a register being restored. */
export function restoredRegisterName(now: Date): string {
  return `klachtenbalie-hersteld-${String(now.getTime()).padStart(13, '0')}`;
}

/** Registers that are neither in use nor being built: left by an earlier restore. */
export async function staleRegisters(factory: IDBFactory = globalThis.indexedDB, active = activeRegisterName()): Promise<string[]> {
  if (typeof factory?.databases !== 'function') return [];
  const names = (await factory.databases()).map((d) => d.name ?? '');
  return names.filter((name) => name !== active && (name === DEFAULT_DATABASE_NAME || RESTORED.test(name)));
}
