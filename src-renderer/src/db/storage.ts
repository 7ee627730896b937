/**
 * Browser storage without persistence may be cleared under disk pressure;
 * asking for it protects the register. These touch no tables.
 */
import { schemaVersionOf } from './database';

export interface StorageEstimate {
  /** null when the browser cannot tell. */
  persisted: boolean | null;
  usage: number | null;
  quota: number | null;
}

export async function requestPersistence(): Promise<boolean> {
  const storage = globalThis.navigator?.storage;
  if (!storage?.persist) return false;
  try {
    return (await storage.persisted?.()) || (await storage.persist());
  } catch {
    return false;
  }
}

export async function storageEstimate(): Promise<StorageEstimate> {
  const storage = globalThis.navigator?.storage;
  const persisted = storage?.persisted ? await storage.persisted().catch(() => null) : null;
  const estimate = storage?.estimate ? await storage.estimate().catch(() => null) : null;
  return { persisted, usage: estimate?.usage ?? null, quota: estimate?.quota ?? null };
}

/**
 * Whether opening will first upgrade data an earlier Klachtenbalie wrote (the
 * database on disk has a lower version than `declared`), so the opening screen
 * can say why it takes longer: moving years of data takes minutes. False where
 * the browser cannot tell.
 */
export async function upgradePending(name: string, declared: number, factory: IDBFactory | undefined = globalThis.indexedDB): Promise<boolean> {
  if (typeof factory?.databases !== 'function') return false;
  try {
    const stored = (await factory.databases()).find((database) => database.name === name)?.version;
    return stored !== undefined && schemaVersionOf(stored) < declared;
  } catch {
    return false;
  }
}
