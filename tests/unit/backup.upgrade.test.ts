import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { memoryBackups } from './support/memoryBackups';
import { RELEASED_STORES } from './support/schemas';

// The app's door to the OS, replaced by a backup folder in memory (or one that fails).
const backups = { current: memoryBackups() };
let failing = false;
vi.mock('../../src-renderer/src/platform', () => ({
  platform: () => ({
    appInfo: async () => ({ version: '0.2.0' }),
    getAttachment: async () => new Uint8Array(0),
    backups: failing
      ? { ...backups.current.store, create: async () => Promise.reject(new Error('De back-upmap is vol (E:\\). Maak ruimte vrij of kies een andere map.')) }
      : backups.current.store,
  }),
}));

const indexedDB = new IDBFactory();
beforeEach(() => {
  backups.current = memoryBackups();
  failing = false;
  // The app opens the stored register with Dexie's defaults: point them at the fake.
  Dexie.dependencies.indexedDB = indexedDB;
  Dexie.dependencies.IDBKeyRange = IDBKeyRange;
  const values = new Map<string, string>();
  vi.stubGlobal('localStorage', { getItem: (k: string) => values.get(k) ?? null, setItem: (k: string, v: string) => void values.set(k, v), removeItem: (k: string) => void values.delete(k) });
});

async function version6Register(name: string) {
  const old = new Dexie(name, { indexedDB, IDBKeyRange });
  RELEASED_STORES.slice(0, 6).forEach((stores, i) => old.version(i + 1).stores(stores));
  await old.open();
  await old.table('customers').add({ id: 'cu-1', name: 'Jan de Vries', searchTerms: ['jan'], updatedAt: '2026-04-24T08:00:00.000Z' });
  old.close();
}

describe('before an upgrade', () => {
  it('backs up the register as the older version left it', async () => {
    await version6Register('v6-register');
    const { backupBeforeUpgrade } = await import('../../src-renderer/src/app/upgradeSafety');
    expect(await backupBeforeUpgrade('v6-register')).toBeNull();
    const [file] = await backups.current.store.list();
    expect(file?.name).toMatch(/-voor-upgrade\.klachtenbalie$/);
    const { readBackup } = await import('../../src-renderer/src/backup/reader');
    const manifest = await readBackup(await backups.current.store.open(file!.name), { schemaVersion: 8 });
    expect(manifest.schemaVersion).toBe(6);
    expect(manifest.tables.customers?.count).toBe(1);
  });

  it('refuses the upgrade with the reason when the backup cannot be made, and leaves the data as it was', async () => {
    await version6Register('v6-vol');
    failing = true;
    const { backupBeforeUpgrade } = await import('../../src-renderer/src/app/upgradeSafety');
    const problem = await backupBeforeUpgrade('v6-vol');
    expect(problem?.title).toBe('Eerst een back-up, dan bijwerken');
    expect(problem?.detail).toMatch(/back-upmap is vol/);
    const still = new Dexie('v6-vol', { indexedDB, IDBKeyRange });
    await still.open();
    expect(still.verno).toBe(6);
    still.close();
  });
});
