import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { BackupError } from '../../src-renderer/src/backup/errors';
import { makeBackup } from '../../src-renderer/src/backup/makeBackup';
import { checkBackup, restoreBackup } from '../../src-renderer/src/backup/restoreBackup';
import { KlachtenbalieDb } from '../../src-renderer/src/db/database';
import { createRepositories } from '../../src-renderer/src/db/repositories';
import { exportStoredRegister } from '../../src-renderer/src/db/repositories/backup';
import { ACTOR, freshDb, intake, NOW, storedEvents } from './support/db';
import { memoryBackups, memoryFiles } from './support/memoryBackups';
import { RELEASED_STORES } from './support/schemas';
import { CURRENT_SCHEMA_VERSION } from './support/upgrade';

const ITERATIONS = 100_000;

/** Every record of every table, as the app would read it. */
async function everything(db: Dexie) {
  const out: Record<string, unknown[]> = {};
  for (const table of [...db.tables].sort((a, b) => a.name.localeCompare(b.name))) out[table.name] = await table.toArray();
  return out;
}

/** A backup of the office's register into `backups`, at `now`. */
function backupOf(office: Awaited<ReturnType<typeof officeWithData>>, backups: ReturnType<typeof memoryBackups>, now = NOW, extra: { passphrase?: string; iterations?: number } = {}) {
  return makeBackup({ store: backups.store, exportTo: (sink) => office.repos.backups.exportTo(sink, office.files.get), appVersion: '0.1.0', now, ...extra });
}

async function officeWithData() {
  const context = await freshDb();
  const files = memoryFiles();
  const { repos } = context;
  const first = await repos.complaints.create(intake(), ACTOR, NOW);
  await repos.complaints.create(intake({ customer: { name: 'Ria Jansen', customerNumber: '' }, complaint: { summary: 'Factuur klopt niet' } }), ACTOR, NOW);
  const photo = new Uint8Array(5000).map((_, i) => (i * 31) % 251);
  const { sha256 } = await files.put(photo);
  await repos.attachments.add({ complaintId: first.complaint.id, name: 'foto.jpg', type: 'image/jpeg', size: photo.length, sha256, kind: 'photo' }, ACTOR, NOW);
  await repos.letters.saveLetterhead(
    { officeName: 'Zorgkantoor De Linde', addressLines: ['Lindelaan 1', '2801 AB Gouda'], phone: '', email: '', website: '', kvkNumber: '', placeName: 'Gouda', signatoryName: 'M. Jansen', signatoryFunction: 'Klachtencoördinator', formOfAddress: 'u' },
    ACTOR,
    NOW,
  );
  return { ...context, files, photo, sha256, complaintId: first.complaint.id };
}

describe('backup and restore of a register', () => {
  it('brings back every record of every table and every file, byte for byte, beside the register in use', async () => {
    const office = await officeWithData();
    const backups = memoryBackups();
    const made = await backupOf(office, backups);
    expect(made.file.name).toBe('klachtenbalie-2026-03-10-143000.klachtenbalie');
    expect(made.manifest.tables.complaints?.count).toBe(2);
    expect(made.manifest.files).toEqual([{ sha256: office.sha256, size: 5000 }]);
    expect(made.manifest.office).toBe('Zorgkantoor De Linde');
    const before = await everything(office.db);

    // The office goes on working, then regrets it: a complaint more, a file gone.
    await office.repos.complaints.create(intake({ customer: { name: 'Later Toegevoegd', customerNumber: '' } }), ACTOR, NOW);
    const restoredFiles = memoryFiles();
    const source = await backups.store.open(made.file.name);
    const manifest = await checkBackup({ source, schemaVersion: CURRENT_SCHEMA_VERSION });
    const name = await restoreBackup({ source, manifest, schemaVersion: CURRENT_SCHEMA_VERSION, putFile: restoredFiles.put, now: new Date(2026, 11, 7, 10, 0), dexieOptions: { indexedDB: office.indexedDB, IDBKeyRange } });
    expect(name).toMatch(/^klachtenbalie-hersteld-\d{13}$/);

    const restored = new KlachtenbalieDb(name, { indexedDB: office.indexedDB, IDBKeyRange });
    await restored.open();
    expect(await everything(restored)).toEqual(before);
    expect(restoredFiles.stored.get(office.sha256)).toEqual(office.photo);
    // The register in use was not touched by the restore.
    expect(await office.db.complaints.count()).toBe(3);
    const repos = createRepositories(restored);
    expect((await repos.complaints.search('Jansen')).length).toBeGreaterThan(0);
    restored.close();
  });

  it('with a passphrase, restores only with that passphrase', async () => {
    const office = await officeWithData();
    const backups = memoryBackups();
    const made = await backupOf(office, backups, NOW, { passphrase: 'Praktijk De Linde bewaart', iterations: ITERATIONS });
    const source = await backups.store.open(made.file.name);
    await expect(checkBackup({ source, schemaVersion: CURRENT_SCHEMA_VERSION, passphrase: 'fout' })).rejects.toMatchObject({ problem: 'wrongPassphrase' });
    const manifest = await checkBackup({ source, schemaVersion: CURRENT_SCHEMA_VERSION, passphrase: 'Praktijk De Linde bewaart' });
    const name = await restoreBackup({ source, manifest, schemaVersion: CURRENT_SCHEMA_VERSION, passphrase: 'Praktijk De Linde bewaart', putFile: memoryFiles().put, dexieOptions: { indexedDB: office.indexedDB, IDBKeyRange } });
    const restored = new KlachtenbalieDb(name, { indexedDB: office.indexedDB, IDBKeyRange });
    await restored.open();
    expect(await restored.complaints.count()).toBe(2);
    restored.close();
  });

  it('leaves nothing behind when the file changed between the check and the restore', async () => {
    const office = await officeWithData();
    const backups = memoryBackups();
    const first = await backupOf(office, backups);
    const manifest = await checkBackup({ source: await backups.store.open(first.file.name), schemaVersion: CURRENT_SCHEMA_VERSION });
    await office.repos.complaints.create(intake({ customer: { name: 'Ander', customerNumber: '' } }), ACTOR, NOW);
    const second = await backupOf(office, backups, new Date(NOW.getTime() + 1000));
    const swapped = await backups.store.open(second.file.name);
    const error = await restoreBackup({ source: swapped, manifest, schemaVersion: CURRENT_SCHEMA_VERSION, putFile: memoryFiles().put, now: NOW, dexieOptions: { indexedDB: office.indexedDB, IDBKeyRange } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BackupError);
    const names = (await office.indexedDB.databases()).map((d) => d.name);
    expect(names.filter((n) => n?.startsWith('klachtenbalie-hersteld'))).toEqual([]);
  });

  it('restores a backup of an older schema and upgrades it with the normal migrations', async () => {
    const indexedDB = new IDBFactory();
    const old = new Dexie('oud', { indexedDB, IDBKeyRange });
    RELEASED_STORES.slice(0, 6).forEach((stores, i) => old.version(i + 1).stores(stores));
    await old.open();
    await old.table('customers').add({ id: 'cu-1', name: 'Jan de Vries', searchTerms: ['jan', 'vries'], updatedAt: '2026-04-24T08:00:00.000Z' });
    await old.table('events').add({ id: 'e-1', complaintId: null, customerId: 'cu-1', at: '2026-04-24T08:00:00.000Z', type: 'customer_created', actor: ACTOR, data: {}, updatedAt: '2026-04-24T08:00:00.000Z' });
    old.close();

    const backups = memoryBackups();
    const made = await makeBackup({
      store: backups.store,
      exportTo: (sink) => exportStoredRegister('oud', sink, async () => new Uint8Array(0), { indexedDB, IDBKeyRange }),
      appVersion: '0.0.9',
      now: NOW,
      label: 'voor-upgrade',
    });
    expect(made.manifest.schemaVersion).toBe(6);
    expect(made.file.name).toBe('klachtenbalie-2026-03-10-143000-voor-upgrade.klachtenbalie');
    expect(Object.keys(made.manifest.tables)).toContain('events');

    const source = await backups.store.open(made.file.name);
    const manifest = await checkBackup({ source, schemaVersion: CURRENT_SCHEMA_VERSION });
    const { restoreRegister } = await import('../../src-renderer/src/db/backup/restoreRegister');
    await restoreRegister({
      name: 'teruggezet',
      manifest,
      read: (handlers) => import('../../src-renderer/src/backup/reader').then(({ readBackup }) => readBackup(source, { schemaVersion: CURRENT_SCHEMA_VERSION, expected: manifest, ...handlers })),
      putFile: async () => undefined,
      dexieOptions: { indexedDB, IDBKeyRange },
    });
    const restored = new KlachtenbalieDb('teruggezet', { indexedDB, IDBKeyRange });
    await restored.open();
    expect(restored.tables.map((t) => t.name)).not.toContain('events');
    expect((await storedEvents(restored)).map((e) => e.id)).toEqual(['e-1']);
    expect(await restored.customers.get('cu-1')).toMatchObject({ name: 'Jan de Vries' });
    restored.close();
  });
});
