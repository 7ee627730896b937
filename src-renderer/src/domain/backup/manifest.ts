/**
 * What a backup file says about itself. The manifest is the last entry of the
 * zip, because only then are the hashes and counts of every part known; a
 * reader checks each part against it before anything is written.
 */
import { z } from 'zod';

export const BACKUP_FORMAT = 'klachtenbalie-backup';
export const BACKUP_FORMAT_VERSION = 1;
export const BACKUP_EXTENSION = '.klachtenbalie';
export const MANIFEST_ENTRY = 'manifest.json';
/** Records per NDJSON part: small enough to hash and parse in one piece, large enough to keep the zip short. */
export const RECORDS_PER_PART = 2_000;

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
const partName = z.string().regex(/^tables\/[A-Za-z][A-Za-z0-9]{0,40}\/\d{5}\.ndjson$/);

export const manifestSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.number().int().min(1),
  app: z.object({ name: z.string().max(100), version: z.string().max(50) }),
  schemaVersion: z.number().int().min(1),
  createdAt: z.string().max(40),
  office: z.string().max(200),
  tables: z.record(
    z.string().regex(/^[A-Za-z][A-Za-z0-9]{0,40}$/),
    z.object({ count: z.number().int().min(0), parts: z.array(z.object({ name: partName, sha256, count: z.number().int().min(0) })) }),
  ),
  files: z.array(z.object({ sha256, size: z.number().int().min(0) })),
  /** The journal's chain heads (domain/journal/journalHeads); every backup of schema version 14 on has them. */
  journal: z.object({ logs: z.number().int().min(0), heads: sha256 }).optional(),
});
export type BackupManifest = z.infer<typeof manifestSchema>;

export function partEntryName(table: string, index: number): string {
  return `tables/${table}/${String(index).padStart(5, '0')}.ndjson`;
}

export function fileEntryName(sha256: string): string {
  return `files/${sha256}`;
}

/** The entry name a part of `table` must have, or null for an entry that is not a table part. */
export function tableOfEntry(name: string): string | null {
  return /^tables\/([A-Za-z][A-Za-z0-9]{0,40})\/\d{5}\.ndjson$/.exec(name)?.[1] ?? null;
}

export function fileOfEntry(name: string): string | null {
  return /^files\/([0-9a-f]{64})$/.exec(name)?.[1] ?? null;
}

/** Records in the whole backup, per table, for the restore confirmation. */
export function countsOf(manifest: BackupManifest): Record<string, number> {
  return Object.fromEntries(Object.entries(manifest.tables).map(([table, { count }]) => [table, count]));
}
