import { afterEach, describe, expect, it, vi } from 'vitest';
import { concatBytes } from '../../src-renderer/src/backup/bytes';
import type { ByteSource } from '../../src-renderer/src/backup/reader';
import type { BackupWriterOptions } from '../../src-renderer/src/backup/writer';
import { sha256Hex } from '../../src-renderer/src/platform/sha256';

const HEADING = { app: { name: 'Klachtenbalie', version: '0.1.0' }, schemaVersion: 8, createdAt: '2026-12-07T09:30:00.000Z', office: 'Zorgkantoor Gouda' };
const RECORDS = [{ id: 'a', summary: 'Foto van de lekkage bijgevoegd' }];

function source(bytes: Uint8Array): ByteSource {
  return { size: bytes.length, read: async (offset, length) => bytes.slice(offset, offset + length) };
}

/** A photo or PDF is random bytes to the zip: now and then they spell a zip signature, with plausible bytes after it. */
function attachmentHolding(signature: number[], index: number, size = 5000): Uint8Array {
  const bytes = new Uint8Array(size).map((_, i) => (i * 31 + index * 17) % 251);
  const at = 1200 + index * 300;
  bytes.set(signature, at);
  // What follows a data descriptor or local header: a CRC-32, sizes, name lengths that fit inside the file.
  bytes.set([0x14, 0x00, 0x08, 0x00, 0x00, 0x00, 0, 0, 0, 0, 0x10, 0, 0, 0, 0x10, 0, 0, 0, 0x10, 0, 0, 0, 0x05, 0x00, 0x00, 0x00], at + 4);
  return bytes;
}

const DATA_DESCRIPTOR = [0x50, 0x4b, 0x07, 0x08];
const LOCAL_HEADER = [0x50, 0x4b, 0x03, 0x04];
const DIRECTORY_RECORD = [0x50, 0x4b, 0x01, 0x02];

async function roundTrip(attachments: Uint8Array[], options: BackupWriterOptions = {}) {
  const { readBackup } = await import('../../src-renderer/src/backup/reader');
  const { createBackupWriter } = await import('../../src-renderer/src/backup/writer');
  const chunks: Uint8Array[] = [];
  const writer = await createBackupWriter(async (chunk) => void chunks.push(chunk.slice()), options);
  await writer.addPart('complaints', RECORDS);
  for (const bytes of attachments) await writer.addFile(await sha256Hex(bytes), bytes);
  const manifest = await writer.finish(HEADING);
  const bytes = concatBytes(chunks);
  const passphrase = options.passphrase ? { passphrase: options.passphrase } : {};

  const checked = await readBackup(source(bytes), { schemaVersion: 8, ...passphrase });
  const records: unknown[] = [];
  const files: Uint8Array[] = [];
  await readBackup(source(bytes), {
    schemaVersion: 8,
    ...passphrase,
    expected: manifest,
    onPart: async (_table, page) => void records.push(...page),
    onFile: async (_sha, file) => void files.push(file),
  });
  return { manifest, checked, records, files };
}

describe('a backup whose attachments contain zip signatures by chance', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  for (const [kind, signature] of [['data descriptor', DATA_DESCRIPTOR], ['local header', LOCAL_HEADER], ['directory record', DIRECTORY_RECORD]] as const) {
    it(`is checked and restored whole with a ${kind} signature inside a photo: entries end where the zip says`, async () => {
      const photo = attachmentHolding([...signature], 0);
      const { manifest, checked, records, files } = await roundTrip([photo]);
      expect(checked).toEqual(manifest);
      expect(records).toEqual(RECORDS);
      expect(files).toEqual([photo]);
    });
  }

  it('is checked and restored whole when encrypted, over several frames, with the directory read from the last ones', async () => {
    // Larger than two of the encryption's 1 MiB frames, so the zip's directory lies in a later frame than its first entries.
    const attachments = [attachmentHolding(DATA_DESCRIPTOR, 0, 2_500_000), attachmentHolding(LOCAL_HEADER, 1), attachmentHolding(DIRECTORY_RECORD, 2)];
    const { manifest, checked, records, files } = await roundTrip(attachments, { passphrase: 'paard batterij nietje', iterations: 100_000 });
    expect(checked).toEqual(manifest);
    expect(records).toEqual(RECORDS);
    // By hash: comparing megabytes element by element takes the test runner longer than the test may.
    expect(await Promise.all(files.map(sha256Hex))).toEqual(await Promise.all(attachments.map(sha256Hex)));
  });

  it('is checked and restored whole where the browser has no (De)CompressionStream and fflate deflates and inflates', async () => {
    vi.stubGlobal('CompressionStream', undefined);
    vi.stubGlobal('DecompressionStream', undefined);
    vi.resetModules();
    const attachments = [attachmentHolding(DATA_DESCRIPTOR, 0), attachmentHolding(LOCAL_HEADER, 1)];
    const { manifest, checked, records, files } = await roundTrip(attachments);
    expect(checked).toEqual(manifest);
    expect(records).toEqual(RECORDS);
    expect(files).toEqual(attachments);
  });
});
