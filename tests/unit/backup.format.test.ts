import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { concatBytes } from '../../src-renderer/src/backup/bytes';
import { BackupError } from '../../src-renderer/src/backup/errors';
import { readBackup, type ByteSource } from '../../src-renderer/src/backup/reader';
import { createBackupWriter, type BackupWriterOptions } from '../../src-renderer/src/backup/writer';
import { sha256Hex } from '../../src-renderer/src/platform/sha256';

const HEADING = { app: { name: 'Klachtenbalie', version: '0.1.0' }, schemaVersion: 8, createdAt: '2026-12-07T09:30:00.000Z', office: 'Zorgkantoor Gouda' };
const TEST_ITERATIONS = 100_000;

async function makeBackup(options: BackupWriterOptions = {}, heading = HEADING) {
  const chunks: Uint8Array[] = [];
  const writer = await createBackupWriter(async (chunk) => void chunks.push(chunk.slice()), options);
  await writer.addPart('complaints', [{ id: 'a', summary: 'Lekkende kraan' }, { id: 'b', summary: 'Factuur € 12,50 klopt niet' }]);
  await writer.addPart('complaints', [{ id: 'c', summary: 'Te laat' }]);
  writer.declareTable('notifiedDeadlines');
  const photo = new Uint8Array(3000).map((_, i) => (i * 7) % 256);
  await writer.addFile(await sha256Hex(photo), photo);
  const manifest = await writer.finish(heading);
  const bytes = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.length;
  }
  return { bytes, manifest, photo };
}

function source(bytes: Uint8Array): ByteSource {
  return { size: bytes.length, read: async (offset, length) => bytes.slice(offset, offset + length) };
}

async function problemOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'read';
  } catch (error) {
    return error instanceof BackupError ? error.problem : `other: ${String(error)}`;
  }
}

describe('backup file', () => {
  it('holds a manifest with counts and hashes per part, and reads back every record and file', async () => {
    const { bytes, manifest, photo } = await makeBackup();
    expect(manifest.tables.complaints).toMatchObject({ count: 3, parts: [{ name: 'tables/complaints/00000.ndjson', count: 2 }, { count: 1 }] });
    expect(manifest.tables.notifiedDeadlines).toEqual({ count: 0, parts: [] });
    const records: unknown[] = [];
    const files: Uint8Array[] = [];
    const read = await readBackup(source(bytes), {
      schemaVersion: 8,
      expected: manifest,
      onPart: async (table, page) => void records.push(...page.map((r) => ({ table, r }))),
      onFile: async (_sha, file) => void files.push(file),
    });
    expect(read).toEqual(manifest);
    expect(records).toEqual([
      { table: 'complaints', r: { id: 'a', summary: 'Lekkende kraan' } },
      { table: 'complaints', r: { id: 'b', summary: 'Factuur € 12,50 klopt niet' } },
      { table: 'complaints', r: { id: 'c', summary: 'Te laat' } },
    ]);
    expect(files).toEqual([photo]);
  });

  it('is a zip with the manifest as an entry', async () => {
    const { unzipSync } = await import('fflate');
    const { bytes } = await makeBackup();
    const entries = unzipSync(bytes);
    expect(Object.keys(entries)).toContain('manifest.json');
    expect(JSON.parse(new TextDecoder().decode(entries['manifest.json']))).toMatchObject({ office: 'Zorgkantoor Gouda', schemaVersion: 8 });
  });

  it('refuses a file cut off anywhere', async () => {
    const { bytes } = await makeBackup();
    for (const length of [10, 100, Math.floor(bytes.length / 2), bytes.length - 80, bytes.length - 1]) {
      expect([length, await problemOf(readBackup(source(bytes.slice(0, length)), { schemaVersion: 8 }))]).toEqual([length, expect.stringMatching(/^(truncated|corrupted)$/)]);
    }
  });

  it('refuses every single flipped byte, wherever it is', async () => {
    const { bytes } = await makeBackup();
    const survivors: number[] = [];
    for (let i = 0; i < bytes.length; i += 1) {
      const copy = bytes.slice();
      copy[i]! ^= 0x01;
      const problem = await problemOf(readBackup(source(copy), { schemaVersion: 8 }));
      if (problem === 'read' || problem.startsWith('other')) survivors.push(i);
    }
    expect(survivors).toEqual([]);
    // Thousands of reads, one per byte of the file: on a busy 2-core machine that can pass the default 20 s. The limit is no speed claim.
  }, 120_000);

  it('refuses what is not a backup', async () => {
    expect(await problemOf(readBackup(source(new TextEncoder().encode('Geachte heer, hierbij mijn klacht.')), { schemaVersion: 8 }))).toBe('notABackup');
    const { zipSync } = await import('fflate');
    const otherZip = zipSync({ 'brief.txt': new TextEncoder().encode('hallo') });
    expect(await problemOf(readBackup(source(otherZip), { schemaVersion: 8 }))).toMatch(/^(notABackup|truncated|corrupted)$/);
  });

  it('refuses a backup made by a newer schema', async () => {
    const { bytes } = await makeBackup({}, { ...HEADING, schemaVersion: 9 });
    expect(await problemOf(readBackup(source(bytes), { schemaVersion: 8 }))).toBe('newerSchema');
    expect(await problemOf(readBackup(source(bytes), { schemaVersion: 9 }))).toBe('read');
  });

  it('refuses a backup whose parts differ from the manifest shown before the restore', async () => {
    const first = await makeBackup();
    const second = await makeBackup({}, { ...HEADING, office: 'Ander kantoor' });
    expect(await problemOf(readBackup(source(second.bytes), { schemaVersion: 8, expected: first.manifest }))).toBe('corrupted');
  });
});

describe('encrypted backup', () => {
  it('reads back with the passphrase and shows nothing without it', async () => {
    const { bytes, manifest } = await makeBackup({ passphrase: 'Lange zin van de praktijk 2026', iterations: TEST_ITERATIONS });
    expect(new TextDecoder('latin1').decode(bytes)).not.toContain('Zorgkantoor');
    expect(new TextDecoder('latin1').decode(bytes)).not.toContain('Lekkende');
    expect(await problemOf(readBackup(source(bytes), { schemaVersion: 8 }))).toBe('passphraseNeeded');
    expect(await problemOf(readBackup(source(bytes), { schemaVersion: 8, passphrase: 'lange zin van de praktijk 2026' }))).toBe('wrongPassphrase');
    expect(await readBackup(source(bytes), { schemaVersion: 8, passphrase: 'Lange zin van de praktijk 2026' })).toEqual(manifest);
  });

  it('uses 600,000 PBKDF2 iterations unless told otherwise', async () => {
    const { bytes } = await makeBackup({ passphrase: 'x' });
    const text = new TextDecoder('latin1').decode(bytes.slice(0, 300));
    expect(text).toContain('"iterations":600000');
  });

  it('refuses a cut-off or altered encrypted file', async () => {
    const passphrase = 'geheim genoeg';
    const { bytes } = await makeBackup({ passphrase, iterations: TEST_ITERATIONS });
    expect(await problemOf(readBackup(source(bytes.slice(0, bytes.length - 20)), { schemaVersion: 8, passphrase }))).toBe('truncated');
    for (const at of [bytes.length - 1, bytes.length - 200, Math.floor(bytes.length / 2), 250]) {
      const copy = bytes.slice();
      copy[at]! ^= 0x80;
      expect([at, await problemOf(readBackup(source(copy), { schemaVersion: 8, passphrase }))]).toEqual([at, expect.stringMatching(/^(corrupted|truncated|wrongPassphrase)$/)]);
    }
  });
});

describe('backups written before the browser compressed them', () => {
  // Made with fflate's level-1 deflate, as every backup was until the writer used the browser's own zlib.
  const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/backups/${name}`, import.meta.url)));

  for (const [name, passphrase] of [['fflate-level1.klachtenbalie', undefined], ['fflate-level1-versleuteld.klachtenbalie', 'paard batterij nietje']] as const) {
    it(`still read whole and checked: ${name}`, async () => {
      const bytes = fixture(name);
      const manifest = await readBackup(source(bytes), { schemaVersion: 8, ...(passphrase ? { passphrase } : {}) });
      expect(manifest.tables.complaints?.count).toBe(300);
      const records: { id: string }[] = [];
      const files: Uint8Array[] = [];
      await readBackup(source(bytes), {
        schemaVersion: 8,
        expected: manifest,
        ...(passphrase ? { passphrase } : {}),
        onPart: async (_table, page) => void records.push(...(page as { id: string }[])),
        onFile: async (_sha, file) => void files.push(file),
      });
      expect(records.map((r) => r.id)).toEqual(Array.from({ length: 300 }, (_, i) => `k${String(i).padStart(4, '0')}`));
      expect(records[299]).toEqual({ id: 'k0299', summary: 'Klacht 299: lekkende kraan, factuur € 299,50', searchKeys: [['kraan', 1700000000299]] });
      expect(files).toEqual([new Uint8Array(3000).map((_, i) => (i * 7) % 256)]);
    });
  }

  it('and a new backup is an ordinary zip whose entries any unzip tool inflates and checks (CRC-32)', async () => {
    const { unzipSync } = await import('fflate');
    const { bytes } = await makeBackup();
    const entries = unzipSync(bytes);
    expect(new TextDecoder().decode(entries['tables/complaints/00000.ndjson'])).toBe('{"id":"a","summary":"Lekkende kraan"}\n{"id":"b","summary":"Factuur € 12,50 klopt niet"}\n');
    const { crc32 } = await import('node:zlib');
    const view = new DataView(bytes.buffer, bytes.byteOffset);
    // Every data descriptor (PK\x07\x08) carries the CRC-32 of its entry's inflated bytes.
    const crcs: number[] = [];
    for (let at = 0; at + 16 <= bytes.length; at += 1) if (view.getUint32(at, true) === 0x08074b50) crcs.push(view.getUint32(at + 4, true));
    expect(crcs).toContain(crc32(entries['tables/complaints/00000.ndjson']!));
    expect(crcs).toContain(crc32(entries['manifest.json']!));
  });
});

describe('NDJSON parts', () => {
  it('carry any text byte for byte, in a page larger than the first buffer', async () => {
    const records = Array.from({ length: 3000 }, (_, i) => ({ id: `r${i}`, text: `€ ${i} — naïef 👩‍⚕️ ${'x'.repeat(i % 700)}`, note: i % 3 === 0 ? null : ['a', { b: i }] }));
    const chunks: Uint8Array[] = [];
    const writer = await createBackupWriter(async (chunk) => void chunks.push(chunk.slice()));
    await writer.addPart('complaints', records);
    const manifest = await writer.finish(HEADING);
    const { unzipSync } = await import('fflate');
    const text = new TextDecoder().decode(unzipSync(concatBytes(chunks))['tables/complaints/00000.ndjson']);
    expect(text.length).toBeGreaterThan(1 << 20);
    expect(text).toBe(records.map((r) => `${JSON.stringify(r)}\n`).join(''));
    expect(manifest.tables.complaints?.parts[0]?.sha256).toBe(await sha256Hex(new TextEncoder().encode(text)));
  });
});
