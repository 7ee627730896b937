import Dexie, { type DexieOptions } from 'dexie';
import type { KlachtenbalieDb } from '../database';
import { exportRegister, type BackupSink, type ExportedRegister } from '../backup/exportRegister';

/** The register in use, read whole into a backup. */
export function createBackupRepository(db: KlachtenbalieDb) {
  return {
    exportTo: (sink: BackupSink, readFile: (sha256: string) => Promise<Uint8Array>): Promise<ExportedRegister> => exportRegister(db, sink, readFile),
  };
}

/**
 * A register as it is on disk, in whatever version an earlier Klachtenbalie
 * left it: Dexie opened without versions reads the stored schema. For the
 * copy made before an upgrade.
 */
export async function exportStoredRegister(
  name: string,
  sink: BackupSink,
  readFile: (sha256: string) => Promise<Uint8Array>,
  options: DexieOptions = {},
): Promise<ExportedRegister> {
  const stored = new Dexie(name, options);
  try {
    return await exportRegister(stored, sink, readFile);
  } finally {
    stored.close();
  }
}
