import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { KlachtenbalieDb } from '../../../src-renderer/src/db/database';
import { createRepositories } from '../../../src-renderer/src/db/repositories';
import { RELEASED_STORES } from './schemas';

/**
 * Data written by `write` through a Dexie that knows only the released
 * versions 1 to `version`, as offices have it on disk, then opened by the
 * current KlachtenbalieDb, which runs the real upgrades.
 */
export async function upgradedFrom(version: number, write: (old: Dexie) => Promise<unknown>) {
  const indexedDB = new IDBFactory();
  const name = `v${version}-data`;
  const old = new Dexie(name, { indexedDB, IDBKeyRange });
  RELEASED_STORES.slice(0, version).forEach((stores, i) => old.version(i + 1).stores(stores));
  await old.open();
  await write(old);
  old.close();
  const db = new KlachtenbalieDb(name, { indexedDB, IDBKeyRange });
  await db.open();
  return { db, repos: createRepositories(db) };
}

/** An empty database on disk at `version`, as another Klachtenbalie (older or newer) left it. */
export async function emptyDatabaseAt(indexedDB: IDBFactory, name: string, version: number, stores: Record<string, string | null>): Promise<void> {
  const other = new Dexie(name, { indexedDB, IDBKeyRange });
  other.version(version).stores(stores);
  await other.open();
  other.close();
}

/** The schema version this Klachtenbalie declares: what every upgrade ends at. */
export const CURRENT_SCHEMA_VERSION = new KlachtenbalieDb('probe', { indexedDB: new IDBFactory(), IDBKeyRange }).verno;
