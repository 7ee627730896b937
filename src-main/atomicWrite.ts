/**
 * Write-then-rename, so a crash or a full disk never leaves a half-written file
 * under the name a reader trusts: the final name either holds the old bytes or
 * all of the new ones.
 */
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import path from 'node:path';

/** Every temp file starts with this, so a start-up sweep can recognise leftovers. */
export const TEMP_PREFIX = '.kb-tmp-';

/** The two steps a test may make fail to simulate an interrupted write. */
export interface AtomicWriteIo {
  write(handle: FileHandle, bytes: Uint8Array): Promise<void>;
  rename(from: string, to: string): Promise<void>;
}

export const defaultIo: AtomicWriteIo = {
  write: (handle, bytes) => handle.writeFile(bytes),
  rename: (from, to) => fs.rename(from, to),
};

export function isTempFileName(name: string): boolean {
  return name.startsWith(TEMP_PREFIX);
}

export async function writeFileAtomic(
  finalPath: string,
  bytes: Uint8Array,
  options: { mode?: number; io?: AtomicWriteIo } = {},
): Promise<void> {
  const io = options.io ?? defaultIo;
  const dir = path.dirname(finalPath);
  const tempPath = path.join(dir, `${TEMP_PREFIX}${randomBytes(8).toString('hex')}`);
  let handle: FileHandle | undefined;
  try {
    handle = await fs.open(tempPath, 'wx', options.mode ?? 0o666);
    await io.write(handle, bytes);
    // Without fsync the rename can reach the disk before the data does.
    await handle.sync();
    await handle.close();
    handle = undefined;
    await io.rename(tempPath, finalPath);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await fs.rm(tempPath, { force: true }).catch(() => undefined);
    throw error;
  }
  await syncDirectory(dir);
}

/** Makes the rename itself durable; Windows cannot open a directory, and NTFS journals it anyway. */
async function syncDirectory(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  let handle: FileHandle | undefined;
  try {
    handle = await fs.open(dir, 'r');
    await handle.sync();
  } catch {
    // Some file systems refuse fsync on a directory; the data itself is already synced.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}
