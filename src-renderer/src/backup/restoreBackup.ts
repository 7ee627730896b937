/**
 * A restore in two readings of the same file: the first checks all of it and
 * shows what it holds; only after the office confirms does the second build
 * the register from it, refusing any part that differs from what was shown.
 */
import type { DexieOptions } from 'dexie';
import type { BackupManifest } from '../domain/backup/manifest';
import { restoreRegister } from '../db/backup/restoreRegister';
import { restoredRegisterName } from '../db/register';
import type { ByteSource } from '../platform/platform';
import { readBackup } from './reader';

export interface CheckInput {
  source: ByteSource;
  passphrase?: string;
  schemaVersion: number;
  onProgress?: (read: number, total: number) => void;
}

export function checkBackup(input: CheckInput): Promise<BackupManifest> {
  return readBackup(input.source, {
    schemaVersion: input.schemaVersion,
    ...(input.passphrase ? { passphrase: input.passphrase } : {}),
    ...(input.onProgress ? { onProgress: input.onProgress } : {}),
  });
}

export interface RestoreInput extends CheckInput {
  manifest: BackupManifest;
  putFile(bytes: Uint8Array): Promise<{ sha256: string }>;
  now?: Date;
  /** Tests pass fake-indexeddb here. */
  dexieOptions?: DexieOptions;
  signal?: AbortSignal;
}

/** Builds the restored register beside the one in use and returns its name; the caller switches to it. */
export async function restoreBackup(input: RestoreInput): Promise<string> {
  const name = restoredRegisterName(input.now ?? new Date());
  await restoreRegister({
    name,
    ...(input.dexieOptions ? { dexieOptions: input.dexieOptions } : {}),
    ...(input.signal ? { signal: input.signal } : {}),
    manifest: input.manifest,
    read: (handlers) =>
      readBackup(input.source, {
        schemaVersion: input.schemaVersion,
        expected: input.manifest,
        ...(input.passphrase ? { passphrase: input.passphrase } : {}),
        ...(input.onProgress ? { onProgress: input.onProgress } : {}),
        ...handlers,
      }),
    putFile: async (sha256, bytes) => {
      const stored = await input.putFile(bytes);
      if (stored.sha256 !== sha256) throw new Error('Een bestand uit de back-up kwam anders in de opslag terecht.');
    },
  });
  return name;
}
