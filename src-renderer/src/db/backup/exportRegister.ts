/**
 * Reads every table of a register a page at a time into a backup. It works on
 * any version of the schema (Dexie opened without versions reads what is on
 * disk), so the copy before an upgrade is made by the same code.
 */
import Dexie from 'dexie';
import { RECORDS_PER_PART } from '../../domain/backup/manifest';
import { foldHeads, NO_HEADS, type JournalHeads } from '../../domain/journal/journalHeads';
import type { EventLog } from '../../domain/model';
import { schemaVersionOf } from '../database';
import { SETTING_KEYS } from '../settingKeys';

export interface BackupSink {
  declareTable(table: string): void;
  addPart(table: string, records: readonly unknown[]): Promise<void>;
  addFile(sha256: string, bytes: Uint8Array): Promise<void>;
}

export interface ExportedRegister {
  schemaVersion: number;
  office: string;
  /** Stored files whose bytes were already gone: the backup says so rather than failing for ever. */
  missingFiles: string[];
  /** From schema version 14 on (the sealed journal). */
  journal?: JournalHeads;
}

/** The version from which every event is sealed (migrations/v14). */
export const SEALED_JOURNAL_VERSION = 14;

export async function exportRegister(
  db: Dexie,
  sink: BackupSink,
  readFile: (sha256: string) => Promise<Uint8Array>,
  pageSize = RECORDS_PER_PART,
): Promise<ExportedRegister> {
  if (!db.isOpen()) await db.open();
  const schemaVersion = schemaVersionOf(db.backendDB().version);
  let journal = NO_HEADS;
  for (const table of [...db.tables].sort((a, b) => a.name.localeCompare(b.name))) {
    sink.declareTable(table.name);
    const keyPath = table.schema.primKey.keyPath;
    if (typeof keyPath !== 'string') throw new Error(`Tabel ${table.name} heeft geen enkelvoudige sleutel.`);
    const pageAfter = (last: unknown): Promise<Record<string, unknown>[]> =>
      last === undefined ? table.orderBy(':id').limit(pageSize).toArray() : table.where(':id').above(last).limit(pageSize).toArray();
    // The next page is read while this one is compressed and written: IndexedDB answers from another process.
    let page = await pageAfter(undefined);
    while (page.length > 0) {
      const next = page.length < pageSize ? Promise.resolve([]) : pageAfter(page[page.length - 1]![keyPath]);
      if (table.name === 'eventLogs') journal = foldHeads(journal, page as unknown as EventLog[]);
      await sink.addPart(table.name, page);
      page = await next;
    }
  }
  const missingFiles: string[] = [];
  const fileTable = db.tables.find((t) => t.name === 'files');
  if (fileTable) {
    const hashes = (await fileTable.toCollection().primaryKeys()) as string[];
    for (const sha256 of hashes) {
      const bytes = await readFile(sha256).catch(() => null);
      if (bytes) await sink.addFile(sha256, bytes);
      else missingFiles.push(sha256);
    }
  }
  const settings = db.tables.find((t) => t.name === 'settings');
  const letterhead = (await settings?.get(SETTING_KEYS.letterhead)) as { value?: { officeName?: unknown } } | undefined;
  const office = typeof letterhead?.value?.officeName === 'string' ? letterhead.value.officeName : '';
  return { schemaVersion, office, missingFiles, ...(schemaVersion >= SEALED_JOURNAL_VERSION ? { journal } : {}) };
}
