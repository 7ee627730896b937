/**
 * Writes a backup as it is made: each NDJSON part and each attachment goes
 * into the zip (fflate, streaming) and out to `write` before the next one is
 * read, so a register of any size never sits in memory as one string.
 *
 * The zip's comment carries a SHA-256 of every byte before it (blockHash.ts). The manifest
 * guards what is restored; this guards the rest (the zip's own directory), so
 * any flipped byte in the file is noticed.
 */
import { Zip, ZipDeflate, ZipPassThrough, type ZipInputFile } from 'fflate';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, MANIFEST_ENTRY, fileEntryName, partEntryName, type BackupManifest } from '../domain/backup/manifest';
import { createBlockHash } from './blockHash';
import { createEncryptor, type Write } from './crypto';
import { deflateForZip } from './nativeDeflate';
import { MAX_32, withZip64 } from './zip64';
import { sha256Hex } from '../platform/sha256';

export const CHECKSUM_PREFIX = 'sha256:';
export const CHECKSUM_COMMENT_LENGTH = CHECKSUM_PREFIX.length + 64;

export interface BackupWriterOptions {
  passphrase?: string;
  /** Tests use fewer: the real count is what makes guessing slow, not what is being tested. */
  iterations?: number;
}

export type ManifestHeading = Pick<BackupManifest, 'app' | 'schemaVersion' | 'createdAt' | 'office' | 'journal'>;

const encoder = new TextEncoder();

/**
 * Records as NDJSON in UTF-8, each line encoded into one growing buffer. Joining
 * the lines first and encoding the page's string took three times as long in
 * Chromium (a rope of 2,000 lines flattened, then transcoded in one piece): at
 * 100,000 complaints that was the largest part of a backup.
 */
function ndjson(records: readonly unknown[]): Uint8Array {
  let buffer = new Uint8Array(1 << 20);
  let at = 0;
  for (const record of records) {
    const line = `${JSON.stringify(record)}\n`;
    // A UTF-16 code unit becomes at most three bytes.
    if (buffer.length - at < line.length * 3) {
      const grown = new Uint8Array(Math.max(buffer.length * 2, at + line.length * 3));
      grown.set(buffer.subarray(0, at));
      buffer = grown;
    }
    at += encoder.encodeInto(line, buffer.subarray(at)).written;
  }
  return buffer.subarray(0, at);
}

export async function createBackupWriter(write: Write, options: BackupWriterOptions = {}) {
  const encryptor = options.passphrase ? await createEncryptor(options.passphrase, write, options.iterations) : null;
  const out: Write = encryptor ? (chunk) => encryptor.push(chunk) : write;
  const whole = createBlockHash();
  const tables: BackupManifest['tables'] = {};
  const files: BackupManifest['files'] = [];
  let queue: Uint8Array[] = [];
  let failure: Error | null = null;

  // Bytes of the zip so far: where the directory starts, which fflate only keeps the low 32 bits of.
  let emitted = 0;

  const zip = new Zip((error, chunk, final) => {
    if (error) failure = error;
    else if (final) {
      try {
        const end = withZip64(chunk, emitted);
        // The end-of-directory record closes the last chunk: its last two bytes are the comment's length.
        end[end.length - 2] = CHECKSUM_COMMENT_LENGTH & 0xff;
        end[end.length - 1] = CHECKSUM_COMMENT_LENGTH >> 8;
        queue.push(end);
      } catch (cause) {
        failure = cause instanceof Error ? cause : new Error(String(cause));
      }
    } else {
      emitted += chunk.length;
      queue.push(chunk);
    }
  });

  async function flush(): Promise<void> {
    if (failure) throw failure;
    const chunks = queue;
    queue = [];
    for (const chunk of chunks) {
      await whole.update(chunk);
      await out(chunk);
    }
  }

  async function addEntry(name: string, bytes: Uint8Array, compress: boolean): Promise<void> {
    // Zip64 is written for the directory only: each entry's own sizes stay 32-bit, and the offsets rely on that.
    if (bytes.length >= MAX_32) throw new Error('Een deel van de back-up is groter dan 4 GB.');
    const native = compress ? await deflateForZip(bytes) : null;
    if (native) {
      // Already deflated: handed to the zip as it is, with the size and CRC-32 of what went in.
      const entry: ZipInputFile = { filename: name, compression: 8, size: bytes.length, crc: native.crc };
      zip.add(entry);
      entry.ondata!(null, native.deflated as Uint8Array<ArrayBuffer>, true);
      return;
    }
    // fflate's level 1 where the browser has no CompressionStream: level 6 there spent 20 s at 100,000 complaints for a file a sixth smaller.
    const entry = compress ? new ZipDeflate(name, { level: 1 }) : new ZipPassThrough(name);
    zip.add(entry);
    entry.push(bytes, true);
  }

  return {
    /** One page of a table's records, as NDJSON. */
    async addPart(table: string, records: readonly unknown[]): Promise<void> {
      const current = (tables[table] ??= { count: 0, parts: [] });
      const name = partEntryName(table, current.parts.length);
      const bytes = ndjson(records);
      const part = { name, sha256: '', count: records.length };
      current.parts.push(part);
      current.count += records.length;
      [part.sha256] = await Promise.all([sha256Hex(bytes), addEntry(name, bytes, true)]);
      await flush();
    },

    /** A table with no records still belongs in the backup, so a restore knows to leave it empty. */
    declareTable(table: string): void {
      tables[table] ??= { count: 0, parts: [] };
    },

    /** An attachment's bytes under their SHA-256, which the caller has checked. */
    async addFile(sha256: string, bytes: Uint8Array): Promise<void> {
      files.push({ sha256, size: bytes.byteLength });
      await addEntry(fileEntryName(sha256), bytes, false);
      await flush();
    },

    async finish(heading: ManifestHeading): Promise<BackupManifest> {
      const { journal, ...rest } = heading;
      // In the schema's order: the check after writing compares this with the manifest read back, as JSON.
      const manifest: BackupManifest = { format: BACKUP_FORMAT, formatVersion: BACKUP_FORMAT_VERSION, ...rest, tables, files, ...(journal ? { journal } : {}) };
      await addEntry(MANIFEST_ENTRY, new TextEncoder().encode(JSON.stringify(manifest, null, 1)), true);
      zip.end();
      await flush();
      const comment = new TextEncoder().encode(CHECKSUM_PREFIX + (await whole.digest()));
      await out(comment);
      await encryptor?.finish();
      return manifest;
    },
  };
}

export type BackupWriter = Awaited<ReturnType<typeof createBackupWriter>>;
