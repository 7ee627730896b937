import { createHash } from 'node:crypto';
import { unzipSync, Zip, type ZipInputFile } from 'fflate';
import { describe, expect, it } from 'vitest';
import { concatBytes } from '../../src-renderer/src/backup/bytes';
import { readBackup, type ByteSource } from '../../src-renderer/src/backup/reader';
import { createBackupWriter } from '../../src-renderer/src/backup/writer';
import { withZip64 } from '../../src-renderer/src/backup/zip64';
import { readZipDirectory } from '../../src-renderer/src/backup/zipDirectory';

const HEADING = { app: { name: 'Klachtenbalie', version: '0.1.0' }, schemaVersion: 8, createdAt: '2026-12-07T09:30:00.000Z', office: 'Zorgkantoor Gouda' };
const END_RECORD_BYTES = 22;

function source(bytes: Uint8Array): ByteSource {
  return { size: bytes.length, read: async (offset, length) => bytes.slice(offset, offset + length) };
}

/** A backup with `files` attachments of a few bytes each, and one page of complaints. */
async function backupWithFiles(files: number) {
  const chunks: Uint8Array[] = [];
  const writer = await createBackupWriter(async (chunk) => void chunks.push(chunk.slice()));
  await writer.addPart('complaints', [{ id: 'a', summary: 'Lekkende kraan' }]);
  const hashes: string[] = [];
  for (let i = 0; i < files; i += 1) {
    const bytes = new TextEncoder().encode(`foto ${i}`);
    // node's own hash: 70,000 WebCrypto calls one after another took longer than the backup itself.
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    hashes.push(sha256);
    await writer.addFile(sha256, bytes);
  }
  const manifest = await writer.finish(HEADING);
  return { bytes: concatBytes(chunks), manifest, hashes };
}

/** The end record: entries on this disk, in all, and the directory's size and offset, as 16- and 32-bit fields. */
function endRecord(bytes: Uint8Array, checksumComment = 71) {
  const view = new DataView(bytes.buffer, bytes.byteOffset + bytes.length - checksumComment - END_RECORD_BYTES, END_RECORD_BYTES);
  return { entries: view.getUint16(10, true), size: view.getUint32(12, true), offset: view.getUint32(16, true) };
}

describe('a backup with more than 65,535 entries', () => {
  it('is a zip in which any unzip tool finds every attachment, and is checked and read back whole', async () => {
    const { bytes, manifest, hashes } = await backupWithFiles(70_000);
    const entries = unzipSync(bytes, { filter: (file) => file.name === 'manifest.json' || file.name.endsWith(hashes[69_999]!) });
    // fflate's unzip, like other unzip tools, goes through as many entries as the end of the zip states: only the right count reaches the last two.
    expect(Object.keys(entries)).toHaveLength(2);
    expect(new TextDecoder().decode(Object.values(entries).find((e) => e.length < 20))).toBe('foto 69999');
    expect(endRecord(bytes).entries).toBe(0xffff);

    const read: string[] = [];
    const checked = await readBackup(source(bytes), { schemaVersion: 8, expected: manifest, onFile: async (sha256) => void read.push(sha256) });
    expect(checked.files).toHaveLength(70_000);
    expect(read).toEqual(hashes);
  }, 120_000);

  it('a small backup keeps the plain end record older readers know, without Zip64', async () => {
    const { bytes } = await backupWithFiles(3);
    // Entries: the part, three files and the manifest.
    expect(endRecord(bytes)).toMatchObject({ entries: 5, offset: expect.any(Number) });
    const view = new DataView(bytes.buffer, bytes.byteOffset);
    const signatures = new Set<number>();
    for (let at = 0; at + 4 <= bytes.length; at += 1) signatures.add(view.getUint32(at, true));
    expect(signatures.has(0x06064b50)).toBe(false);
    expect(signatures.has(0x07064b50)).toBe(false);
  });
});

/**
 * A zip whose entries lie past 4 GB, made by fflate as the writer makes one,
 * without holding 4 GB: every entry is the same gigabyte of zeros, passed on
 * with its size and CRC already known, as the writer does with deflated parts.
 */
function zipPast4Gb() {
  const gigabyte = new Uint8Array(2 ** 30);
  const pieces: Uint8Array[] = [];
  let emitted = 0;
  const zip = new Zip((error, chunk, final) => {
    if (error) throw error;
    pieces.push(final ? withZip64(chunk, emitted) : chunk);
    if (!final) emitted += chunk.length;
  });
  for (let i = 0; i < 5; i += 1) {
    const entry: ZipInputFile = { filename: `files/${i}`, compression: 0, size: gigabyte.length, crc: 0 };
    zip.add(entry);
    entry.ondata!(null, gigabyte, true);
  }
  zip.end();
  const comment = new TextEncoder().encode(`sha256:${'0'.repeat(64)}`);
  const last = pieces[pieces.length - 1]!;
  last[last.length - 2] = comment.length;
  pieces.push(comment);
  return { pieces, directoryOffset: emitted };
}

/** Reads across the pieces without joining them. */
function piecesSource(pieces: Uint8Array[]): ByteSource {
  const starts: number[] = [];
  let size = 0;
  for (const piece of pieces) {
    starts.push(size);
    size += piece.length;
  }
  return {
    size,
    read: async (offset, length) => {
      const out = new Uint8Array(length);
      pieces.forEach((piece, i) => {
        const from = Math.max(offset, starts[i]!);
        const to = Math.min(offset + length, starts[i]! + piece.length);
        if (from < to) out.set(piece.subarray(from - starts[i]!, to - starts[i]!), from - offset);
      });
      return out;
    },
  };
}

describe('a backup past 4 GB', () => {
  it('has a directory that states where each entry lies, beyond the 32-bit offsets of a plain zip', async () => {
    const { pieces, directoryOffset } = zipPast4Gb();
    const directory = await readZipDirectory(piecesSource(pieces));
    expect(directory.directoryOffset).toBe(directoryOffset);
    expect(directoryOffset).toBeGreaterThan(2 ** 32);
    // Each entry: a 30-byte local header with its 7-byte name, the gigabyte, a 16-byte data descriptor.
    const entryBytes = 30 + 7 + 2 ** 30 + 16;
    expect(directory.entries.map((e) => [e.name, e.offset, e.storedSize])).toEqual([0, 1, 2, 3, 4].map((i) => [`files/${i}`, i * entryBytes, 2 ** 30]));
    expect(directory.entries[4]!.offset).toBeGreaterThan(2 ** 32);
  });
});
