/**
 * Makes one backup: the register and its files into a new file under a
 * temporary name, given its final name once all of it is on disk, then read
 * back whole and checked. Only a backup that passed that check counts as good;
 * one that did not is removed again.
 */
import { backupFileName } from '../domain/backup/generations';
import type { BackupManifest } from '../domain/backup/manifest';
import type { BackupSink, ExportedRegister } from '../db/backup/exportRegister';
import type { BackupFileInfo, BackupStore } from '../platform/platform';
import { concatBytes } from './bytes';
import { readBackup } from './reader';
import { createBackupWriter } from './writer';

export interface MakeBackupInput {
  store: BackupStore;
  exportTo(sink: BackupSink): Promise<ExportedRegister>;
  appVersion: string;
  passphrase?: string;
  /** Tests use fewer PBKDF2 iterations. */
  iterations?: number;
  now?: Date;
  /** Part of the file name: why this backup was made (e.g. "voor-terugzetten"). */
  label?: string;
  onStage?: (stage: 'writing' | 'checking') => void;
}

export interface MadeBackup {
  file: BackupFileInfo;
  manifest: BackupManifest;
  missingFiles: string[];
}

/** Two backups in one second (a manual one, then the one before a restore) get -2, -3: a backup is never overwritten. */
async function freeName(store: BackupStore, now: Date, label: string | undefined): Promise<string> {
  const taken = new Set((await store.list()).map((file) => file.name));
  let name = backupFileName(now, label);
  for (let n = 2; taken.has(name); n += 1) name = backupFileName(now, label ? `${label}-${n}` : String(n));
  return name;
}

/** IPC and OPFS writes cost per call: pieces are gathered to this size first. */
const WRITE_BYTES = 4 * 1024 * 1024;

export async function makeBackup(input: MakeBackupInput): Promise<MadeBackup> {
  const now = input.now ?? new Date();
  const target = await input.store.create();
  let made: { file: BackupFileInfo; manifest: BackupManifest; missingFiles: string[] };
  try {
    input.onStage?.('writing');
    let gathered: Uint8Array[] = [];
    let gatheredBytes = 0;
    const send = async () => {
      if (gatheredBytes === 0) return;
      const piece = concatBytes(gathered);
      gathered = [];
      gatheredBytes = 0;
      await target.write(piece);
    };
    const writer = await createBackupWriter(
      async (chunk) => {
        gathered.push(chunk);
        gatheredBytes += chunk.length;
        if (gatheredBytes >= WRITE_BYTES) await send();
      },
      { ...(input.passphrase ? { passphrase: input.passphrase } : {}), ...(input.iterations ? { iterations: input.iterations } : {}) },
    );
    const exported = await input.exportTo(writer);
    const manifest = await writer.finish({
      app: { name: 'Klachtenbalie', version: input.appVersion },
      schemaVersion: exported.schemaVersion,
      createdAt: now.toISOString(),
      office: exported.office,
      ...(exported.journal ? { journal: exported.journal } : {}),
    });
    await send();
    const file = await target.commit(await freeName(input.store, now, input.label));
    made = { file, manifest, missingFiles: exported.missingFiles };
  } catch (error) {
    await target.abort().catch(() => undefined);
    throw error;
  }

  input.onStage?.('checking');
  const source = await input.store.open(made.file.name);
  try {
    await readBackup(source, {
      schemaVersion: made.manifest.schemaVersion,
      expected: made.manifest,
      ...(input.passphrase ? { passphrase: input.passphrase } : {}),
    });
  } catch (error) {
    await input.store.remove(made.file.name).catch(() => undefined);
    throw new Error(`De back-up is geschreven, maar klopte bij het teruglezen niet en is verwijderd. ${error instanceof Error ? error.message : ''}`.trim());
  } finally {
    await source.close().catch(() => undefined);
  }
  return made;
}
