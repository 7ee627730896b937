import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_ATTACHMENT_BYTES } from '../../src-main/api';
import { defaultIo, TEMP_PREFIX, type AtomicWriteIo } from '../../src-main/atomicWrite';
import { AttachmentStore } from '../../src-main/attachmentStore';

let root: string;
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'kb-attachments-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const bytes = new TextEncoder().encode('Klacht van mevrouw Jansen over de levering');
const sha = createHash('sha256').update(bytes).digest('hex');

/** Every file below the root, as paths relative to it. */
function allFiles(dir = root): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)));
}

describe('AttachmentStore', () => {
  it('stores bytes under <aa>/<sha256> and reads them back', async () => {
    const store = await AttachmentStore.open(root);
    expect(await store.put(bytes)).toEqual({ sha256: sha, size: bytes.byteLength });
    expect(allFiles()).toEqual([path.join(sha.slice(0, 2), sha)]);
    const read = await store.get(sha);
    expect(read).toEqual(bytes);
    // IPC clones the whole underlying buffer: it must hold nothing but these bytes.
    expect(read.buffer.byteLength).toBe(read.byteLength);
  });

  it('stores the same bytes once', async () => {
    const store = await AttachmentStore.open(root);
    await store.put(bytes);
    await store.put(new Uint8Array(bytes));
    expect(allFiles()).toHaveLength(1);
  });

  it('stores an empty file too', async () => {
    const store = await AttachmentStore.open(root);
    const empty = await store.put(new Uint8Array());
    expect(empty.size).toBe(0);
    expect(await store.get(empty.sha256)).toEqual(new Uint8Array());
  });

  it('refuses bytes above the cap with a clear message', async () => {
    const store = await AttachmentStore.open(root);
    // Zero-filled pages are allocated lazily, so this costs no real memory.
    await expect(store.put(new Uint8Array(MAX_ATTACHMENT_BYTES + 1))).rejects.toThrow(/te groot.*maximum is 250 MB/);
    expect(allFiles()).toEqual([]);
  });

  it('reports a file whose bytes no longer match as damaged', async () => {
    const store = await AttachmentStore.open(root);
    await store.put(bytes);
    await writeFile(store.pathFor(sha), 'iets anders');
    await expect(store.get(sha)).rejects.toThrow(/beschadigd/);
  });

  it('repairs a damaged copy when the same bytes are stored again', async () => {
    const store = await AttachmentStore.open(root);
    await store.put(bytes);
    await writeFile(store.pathFor(sha), 'kapot');
    await store.put(bytes);
    expect(await store.get(sha)).toEqual(bytes);
  });

  it('reports a missing file as missing', async () => {
    const store = await AttachmentStore.open(root);
    await expect(store.get('0'.repeat(64))).rejects.toThrow(/ontbreekt/);
  });

  it('deletes files whose retention ended at once, leaving the others, and counts what was there', async () => {
    const store = await AttachmentStore.open(root);
    const other = await store.put(new TextEncoder().encode('Foto van een andere klacht'));
    await store.put(bytes);
    expect(await store.delete([sha, '0'.repeat(64)])).toBe(1);
    expect(allFiles()).toEqual([path.join(other.sha256.slice(0, 2), other.sha256)]);
    await expect(store.get(sha)).rejects.toThrow(/Bijlage ontbreekt/);
  });

  it('refuses a malformed hash before touching the disk', async () => {
    const store = await AttachmentStore.open(root);
    await expect(store.get('../../etc/passwd')).rejects.toThrow(/Ongeldige bijlagecode/);
    await expect(store.get(sha.toUpperCase())).rejects.toThrow(/Ongeldige bijlagecode/);
  });
});

describe('interrupted writes', () => {
  const failing = (step: keyof AtomicWriteIo): AtomicWriteIo => ({
    ...defaultIo,
    [step]: async (...args: Parameters<AtomicWriteIo[typeof step]>) => {
      if (step === 'write') {
        // Half the bytes reach the temp file, then the disk "fills up".
        const [handle, data] = args as Parameters<AtomicWriteIo['write']>;
        await handle.write(data.subarray(0, data.byteLength / 2));
      }
      throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
    },
  });

  it.each(['write', 'rename'] as const)('a failing %s leaves no file under the final name and no temp file', async (step) => {
    const store = await AttachmentStore.open(root, failing(step));
    await expect(store.put(bytes)).rejects.toThrow(/ENOSPC/);
    expect(existsSync(store.pathFor(sha))).toBe(false);
    expect(allFiles()).toEqual([]);
    // And a later attempt with a healthy disk succeeds.
    const healthy = await AttachmentStore.open(root);
    await healthy.put(bytes);
    expect(await healthy.get(sha)).toEqual(bytes);
  });

  it('sweeps temp files that a crash left behind when the store opens', async () => {
    const bucket = path.join(root, sha.slice(0, 2));
    await mkdir(bucket, { recursive: true });
    await writeFile(path.join(bucket, `${TEMP_PREFIX}deadbeef`), bytes.subarray(0, 5));
    await writeFile(path.join(root, 'readme.txt'), 'niet van ons');
    const store = await AttachmentStore.open(root);
    expect(allFiles()).toEqual(['readme.txt']);
    expect(await store.removeTempFiles()).toBe(0);
    await expect(store.get(sha)).rejects.toThrow(/ontbreekt/);
  });

  it('opens on a folder that does not exist yet', async () => {
    const store = await AttachmentStore.open(path.join(root, 'nieuw', 'attachments'));
    await store.put(bytes);
    expect(await readFile(store.pathFor(sha))).toEqual(Buffer.from(bytes));
  });
});
