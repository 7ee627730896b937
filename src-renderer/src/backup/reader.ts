/**
 * Reads a backup from start to end and checks every byte: each part against
 * the manifest's SHA-256 and count, each attachment against its own hash, and
 * the whole zip against the checksum in its comment. The same pass serves the
 * check after writing, the preview before a restore, and the restore itself
 * (which passes the manifest it was shown, so a file changed in between is
 * refused too). Where each entry starts and ends comes from the zip's
 * directory, read from the file's end first (zipDirectory.ts).
 */
import { inflateSync } from 'fflate';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, MANIFEST_ENTRY, fileOfEntry, manifestSchema, tableOfEntry, type BackupManifest } from '../domain/backup/manifest';
import { sha256Hex } from '../platform/sha256';
import { createBlockHash } from './blockHash';
import { decryptFrames, isEncrypted, unlock } from './crypto';
import { BackupError } from './errors';
import { inflateRaw, nativeDeflateAvailable } from './nativeDeflate';
import { sealedZip } from './sealedZip';
import { CHECKSUM_COMMENT_LENGTH, CHECKSUM_PREFIX } from './writer';
import { readZipDirectory, type ZipDirectory } from './zipDirectory';
import { createEntrySplitter, type StoredEntry } from './zipEntries';

import type { ByteSource } from '../platform/platform';

export type { ByteSource };

export interface ReadOptions {
  passphrase?: string;
  /** The schema this Klachtenbalie knows: a newer backup is refused. */
  schemaVersion: number;
  /** The manifest shown before a restore: every part must still match it before it is handed on. */
  expected?: BackupManifest;
  onPart?: (table: string, records: unknown[]) => Promise<void>;
  onFile?: (sha256: string, bytes: Uint8Array) => Promise<void>;
  onProgress?: (read: number, total: number) => void;
}

const READ_BYTES = 4 * 1024 * 1024;
const ZIP_START = [0x50, 0x4b, 0x03, 0x04];

export async function readBackup(source: ByteSource, options: ReadOptions): Promise<BackupManifest> {
  const start = await source.read(0, 64);
  const encrypted = isEncrypted(start);
  if (!encrypted && !ZIP_START.every((b, i) => start[i] === b)) throw new BackupError('notABackup');

  let offset = 0;
  const readNext = async (length: number) => {
    const bytes = length > 0 && offset < source.size ? await source.read(offset, Math.min(length, source.size - offset)) : new Uint8Array(0);
    offset += bytes.length;
    options.onProgress?.(offset, source.size);
    return bytes;
  };

  if (!encrypted) {
    const zip = createZipCheck(await readZipDirectory(source), options);
    for (let chunk = await readNext(READ_BYTES); chunk.length > 0; chunk = await readNext(READ_BYTES)) await zip.push(chunk);
    return zip.end();
  }
  const key = await unlock(options.passphrase, readNext);
  const framesStart = offset;
  let zip: ReturnType<typeof createZipCheck>;
  try {
    const plain = await sealedZip(key, source, framesStart);
    if (!plain) throw new BackupError('corrupted');
    zip = createZipCheck(await readZipDirectory(plain), options);
  } catch (error) {
    // Reading frame by frame tells a file cut off from one altered, as it did before the directory was read first.
    if (error instanceof BackupError) await decryptFrames(key, readNext, async () => undefined);
    throw error;
  }
  await decryptFrames(key, readNext, zip.push);
  return zip.end();
}

function inflate(bytes: Uint8Array): Promise<Uint8Array> {
  // The browser's zlib where there is one (nativeDeflate.ts): fflate's JavaScript took most of the check.
  if (nativeDeflateAvailable) return inflateRaw(bytes);
  return new Promise((resolve) => resolve(inflateSync(bytes)));
}

function createZipCheck(directory: ZipDirectory, options: ReadOptions) {
  const whole = createBlockHash();
  const hashedSize = directory.size - CHECKSUM_COMMENT_LENGTH;
  let at = 0;
  let manifest: BackupManifest | null = null;
  const seenParts = new Map<string, { sha256: string; count: number }>();
  const seenFiles = new Map<string, number>();
  const splitter = createEntrySplitter(directory, take);

  async function take(stored: StoredEntry): Promise<void> {
    if (manifest) throw new BackupError('corrupted');
    const entry = stored.deflated ? { ...stored, bytes: await inflate(stored.bytes).catch(() => Promise.reject(new BackupError('corrupted'))) } : stored;
    if (entry.name === MANIFEST_ENTRY) {
      manifest = parseManifest(entry.bytes, options.schemaVersion);
      return;
    }
    const table = tableOfEntry(entry.name);
    if (table) {
      const sha256 = await sha256Hex(entry.bytes);
      // Every record ends its line: counting newlines needs no decoding, which the check before a restore does not need.
      const count = countLines(entry.bytes);
      seenParts.set(entry.name, { sha256, count });
      if (options.expected) {
        const part = options.expected.tables[table]?.parts.find((p) => p.name === entry.name);
        if (!part || part.sha256 !== sha256 || part.count !== count) throw new BackupError('corrupted');
        if (options.onPart) {
          const text = new TextDecoder('utf-8', { fatal: true }).decode(entry.bytes);
          await options.onPart(table, text === '' ? [] : text.replace(/\n$/, '').split('\n').map((line) => JSON.parse(line) as unknown));
        }
      }
      return;
    }
    const file = fileOfEntry(entry.name);
    if (file) {
      if ((await sha256Hex(entry.bytes)) !== file) throw new BackupError('corrupted');
      seenFiles.set(file, entry.bytes.byteLength);
      if (options.expected) await options.onFile?.(file, entry.bytes);
      return;
    }
    throw new BackupError('corrupted');
  }

  return {
    /** The zip's bytes in order: all but the checksum comment go to the hash, all to the splitter. */
    async push(chunk: Uint8Array): Promise<void> {
      if (at < hashedSize) await whole.update(chunk.subarray(0, hashedSize - at));
      at += chunk.length;
      await splitter.push(chunk);
    },

    async end(): Promise<BackupManifest> {
      splitter.end();
      if (!manifest) throw new BackupError('truncated');
      const found: BackupManifest = manifest;
      if (directory.checksum !== CHECKSUM_PREFIX + (await whole.digest())) throw new BackupError('corrupted');
      const listed = Object.values(found.tables).flatMap((t) => t.parts);
      if (listed.length !== seenParts.size) throw new BackupError('corrupted');
      for (const part of listed) {
        const seen = seenParts.get(part.name);
        if (!seen || seen.sha256 !== part.sha256 || seen.count !== part.count) throw new BackupError('corrupted');
      }
      for (const table of Object.values(found.tables)) {
        if (table.count !== table.parts.reduce((sum, p) => sum + p.count, 0)) throw new BackupError('corrupted');
      }
      if (found.files.length !== seenFiles.size || found.files.some((f) => seenFiles.get(f.sha256) !== f.size)) throw new BackupError('corrupted');
      if (options.expected && JSON.stringify(options.expected) !== JSON.stringify(found)) throw new BackupError('corrupted');
      return found;
    },
  };
}

function parseManifest(bytes: Uint8Array, schemaVersion: number): BackupManifest {
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new BackupError('corrupted');
  }
  const format = (parsed as { format?: unknown; formatVersion?: unknown } | null) ?? {};
  if (format.format !== BACKUP_FORMAT) throw new BackupError('notABackup');
  const result = manifestSchema.safeParse(parsed);
  if (!result.success) throw new BackupError('corrupted');
  if (result.data.formatVersion > BACKUP_FORMAT_VERSION || result.data.schemaVersion > schemaVersion) throw new BackupError('newerSchema');
  return result.data;
}

function countLines(bytes: Uint8Array): number {
  let lines = 0;
  for (let i = bytes.indexOf(0x0a); i !== -1; i = bytes.indexOf(0x0a, i + 1)) lines += 1;
  return lines;
}
