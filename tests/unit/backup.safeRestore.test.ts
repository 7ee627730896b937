import { IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { BackupError } from '../../src-renderer/src/backup/errors';
import { makeBackup } from '../../src-renderer/src/backup/makeBackup';
import { checkBackup, restoreBackup } from '../../src-renderer/src/backup/restoreBackup';
import { restoreSafely } from '../../src-renderer/src/backup/safeRestore';
import { discardRegister } from '../../src-renderer/src/db/backup/restoreRegister';
import { KlachtenbalieDb } from '../../src-renderer/src/db/database';
import { activeRegisterName, switchRegister } from '../../src-renderer/src/db/register';
import type { ByteSource } from '../../src-renderer/src/platform/platform';
import { ACTOR, freshDb, intake, NOW } from './support/db';
import { memoryBackups, memoryFiles } from './support/memoryBackups';
import { CURRENT_SCHEMA_VERSION } from './support/upgrade';

const LATER = new Date(NOW.getTime() + 60_000);

/** An office with two complaints and a checked backup of them; a third complaint came after the backup. */
async function office() {
  const context = await freshDb();
  const files = memoryFiles();
  await context.repos.complaints.create(intake(), ACTOR, NOW);
  await context.repos.complaints.create(intake({ customer: { name: 'Ria Jansen', customerNumber: '' } }), ACTOR, NOW);
  const backups = memoryBackups();
  const backUp = (now: Date, label?: string) =>
    makeBackup({ store: backups.store, exportTo: (sink) => context.repos.backups.exportTo(sink, files.get), appVersion: '0.1.0', now, ...(label ? { label } : {}) });
  const made = await backUp(NOW);
  await context.repos.complaints.create(intake({ customer: { name: 'Later Toegevoegd', customerNumber: '' } }), ACTOR, NOW);
  const source = await backups.store.open(made.file.name);
  const manifest = await checkBackup({ source, schemaVersion: CURRENT_SCHEMA_VERSION });
  const pointer = new Map<string, string>();
  const storage = { getItem: (key: string) => pointer.get(key) ?? null, setItem: (key: string, value: string) => void pointer.set(key, value), removeItem: (key: string) => void pointer.delete(key) };
  const dexieOptions = { indexedDB: context.indexedDB, IDBKeyRange };
  const buildFrom = (from: ByteSource) => (signal: AbortSignal) =>
    restoreBackup({ source: from, manifest, schemaVersion: CURRENT_SCHEMA_VERSION, putFile: memoryFiles().put, now: LATER, dexieOptions, signal });
  const steps = {
    backUpCurrent: () => backUp(LATER, 'voor-terugzetten'),
    build: buildFrom(source),
    discard: (name: string) => discardRegister(name, dexieOptions),
    switchTo: (name: string) => switchRegister(name, storage),
  };
  const restoredRegisters = async () => (await context.indexedDB.databases()).map((d) => d.name).filter((name) => name?.startsWith('klachtenbalie-hersteld'));
  return { ...context, backups, steps, storage, restoredRegisters, source, buildFrom };
}

describe('a restore beside the register in use', () => {
  it('builds the restored register while the current data is backed up, and switches only once that backup is made', async () => {
    const { steps, storage, backups, indexedDB } = await office();
    let built = false;
    let releaseSafety!: () => void;
    const safetyMayFinish = new Promise<void>((resolve) => (releaseSafety = resolve));
    const restoring = restoreSafely({
      ...steps,
      // The backup of the current data waits until the build is done: a restore that built only after it would never get here.
      backUpCurrent: async () => {
        await safetyMayFinish;
        return steps.backUpCurrent();
      },
      build: async (signal) => {
        const name = await steps.build(signal);
        built = true;
        releaseSafety();
        return name;
      },
    });
    await safetyMayFinish;
    expect(built).toBe(true);
    expect(activeRegisterName(storage)).toBe('klachtenbalie');
    await restoring;

    const active = activeRegisterName(storage);
    expect(active).toMatch(/^klachtenbalie-hersteld-/);
    const restored = new KlachtenbalieDb(active, { indexedDB, IDBKeyRange });
    expect(await restored.complaints.count()).toBe(2);
    restored.close();
    expect((await backups.store.list()).map((f) => f.name)).toContain('klachtenbalie-2026-03-10-143100-voor-terugzetten.klachtenbalie');
  });

  it('keeps the register in use and leaves no restored one when the backup of the current data fails, early or late', async () => {
    for (const when of ['before the build is done', 'after the build is done'] as const) {
      const { steps, storage, db, restoredRegisters } = await office();
      let buildDone!: () => void;
      const done = new Promise<void>((resolve) => (buildDone = resolve));
      const failure = await restoreSafely({
        ...steps,
        backUpCurrent: async () => {
          if (when === 'after the build is done') await done;
          throw new Error('De back-upmap is niet beschrijfbaar.');
        },
        build: (signal) => steps.build(signal).finally(buildDone),
      }).catch((error: unknown) => error);

      expect(failure, when).toEqual(new Error('De back-upmap is niet beschrijfbaar.'));
      expect(activeRegisterName(storage), when).toBe('klachtenbalie');
      expect(await restoredRegisters(), when).toEqual([]);
      expect(await db.complaints.count(), when).toBe(3);
    }
  });

  it('keeps the register in use when the backup cannot be restored, with the current data backed up all the same', async () => {
    const { steps, storage, db, backups, restoredRegisters, source, buildFrom } = await office();
    // One byte flipped after the check: found only while the register is being built.
    const flipped: ByteSource = {
      size: source.size,
      read: async (offset, length) => {
        const bytes = await source.read(offset, length);
        const middle = Math.floor(source.size / 2) - offset;
        if (middle >= 0 && middle < bytes.length) bytes[middle]! ^= 0x20;
        return bytes;
      },
    };
    const failure = await restoreSafely({ ...steps, build: buildFrom(flipped) }).catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(BackupError);
    expect(activeRegisterName(storage)).toBe('klachtenbalie');
    expect(await db.complaints.count()).toBe(3);
    expect((await backups.store.list()).map((f) => f.name)).toContain('klachtenbalie-2026-03-10-143100-voor-terugzetten.klachtenbalie');
    expect(await restoredRegisters()).toEqual([]);
  });
});
