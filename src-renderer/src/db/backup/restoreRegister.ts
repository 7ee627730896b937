/**
 * Builds a register from a backup under a new database name, at the schema
 * version the backup was made with, then opens it with this Klachtenbalie so
 * the normal migrations bring an older backup up to date. Nothing touches the
 * register in use: on any failure the new database is deleted and the office
 * works on as before.
 */
import Dexie, { type DexieOptions } from 'dexie';
import type { BackupManifest } from '../../domain/backup/manifest';
import { KlachtenbalieDb } from '../database';
import { restoredJournal } from './restoredJournal';

export interface RestoreInput {
  name: string;
  manifest: BackupManifest;
  /** Reads the backup again, handing over each checked part and file. */
  read(handlers: { onPart(table: string, records: unknown[]): Promise<void>; onFile(sha256: string, bytes: Uint8Array): Promise<void> }): Promise<unknown>;
  putFile(sha256: string, bytes: Uint8Array): Promise<void>;
  /** Tests pass fake-indexeddb here. */
  dexieOptions?: DexieOptions;
  /** Aborted: the register will not be used, so building it stops (and it is removed). */
  signal?: AbortSignal;
}

export class RestoreMismatch extends Error {}

/** Parts written while the next is read and parsed: IndexedDB writes in another process, so the two overlap. */
const WRITES_IN_FLIGHT = 3;

export async function restoreRegister(input: RestoreInput): Promise<void> {
  const options = input.dexieOptions ?? {};
  // Relaxed: nothing uses this database until the last, strict write below has put all of it on disk.
  const staging = new KlachtenbalieDb(input.name, { ...options, chromeTransactionDurability: 'relaxed' }, { schemaVersion: input.manifest.schemaVersion, populate: false });
  try {
    await staging.open();
    const known = new Set(staging.tables.map((t) => t.name));
    const unknown = Object.keys(input.manifest.tables).filter((table) => !known.has(table));
    if (unknown.length > 0) throw new RestoreMismatch(`De back-up bevat tabellen die bij versie ${input.manifest.schemaVersion} niet bestaan: ${unknown.join(', ')}`);
    const journal = restoredJournal(input.manifest);
    const writing: Promise<unknown>[] = [];
    let last: { table: string; record: unknown } | null = null;
    await input.read({
      onPart: async (table, records) => {
        input.signal?.throwIfAborted();
        journal.part(table, records);
        writing.push(staging.table(table).bulkAdd(records));
        if (records.length > 0) last = { table, record: records[records.length - 1] };
        if (writing.length >= WRITES_IN_FLIGHT) await writing.shift();
      },
      onFile: (sha256, bytes) => {
        input.signal?.throwIfAborted();
        return input.putFile(sha256, bytes);
      },
    });
    await Promise.all(writing);
    journal.end();
    if (last) {
      const { table, record } = last;
      // A strict commit flushes the log with every relaxed one before it.
      const strict = new KlachtenbalieDb(input.name, options, { schemaVersion: input.manifest.schemaVersion, populate: false });
      try {
        await strict.table(table).put(record);
      } finally {
        strict.close();
      }
    }
    for (const [table, { count }] of Object.entries(input.manifest.tables)) {
      const stored = await staging.table(table).count();
      if (stored !== count) throw new RestoreMismatch(`Tabel ${table}: ${stored} records teruggezet, ${count} verwacht.`);
    }
    staging.close();
    // Opening with every version runs the upgrades from the backup's version to today's.
    const upgraded = new KlachtenbalieDb(input.name, options);
    await upgraded.open();
    upgraded.close();
  } catch (error) {
    staging.close();
    await discardRegister(input.name, options).catch(() => undefined);
    throw error;
  }
}

/** A register built by a restore that is not to be used after all. */
export function discardRegister(name: string, dexieOptions: DexieOptions = {}): Promise<void> {
  return new Dexie(name, dexieOptions).delete();
}
