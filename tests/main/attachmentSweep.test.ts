import { existsSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SWEEP_LEDGER_NAME, sweepAttachmentStore } from '../../src-main/attachmentSweep';
import { AttachmentStore } from '../../src-main/attachmentStore';
import { TEMP_PREFIX } from '../../src-main/atomicWrite';
import { SWEEP_GRACE_MS } from '../../src-renderer/src/domain/attachmentSweep';

const DAY = 24 * 60 * 60 * 1000;
let root: string;
let store: AttachmentStore;

beforeEach(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'kb-sweep-'));
  store = await AttachmentStore.open(root);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** Stores distinct bytes and dates the file `ageDays` back, as if written then. */
async function stored(label: string, ageDays: number): Promise<string> {
  const { sha256 } = await store.put(new TextEncoder().encode(label));
  age(store.pathFor(sha256), ageDays);
  return sha256;
}

function age(filePath: string, days: number): void {
  const when = new Date(Date.now() - days * DAY);
  utimesSync(filePath, when, when);
}

const present = (sha256: string) => existsSync(store.pathFor(sha256));

describe('sweepAttachmentStore', () => {
  it('keeps a fresh unreferenced file (a pin whose record is still being written)', async () => {
    const fresh = await stored('vers', 0);
    await sweepAttachmentStore(store, []);
    await expect(sweepAttachmentStore(store, [], Date.now() + 2 * DAY)).resolves.toMatchObject({ removed: 0, waiting: 1 });
    expect(present(fresh)).toBe(true);
  });

  it('never removes an old file at the first sweep that finds it unreferenced, but 30 days later', async () => {
    const old = await stored('oud', 400);
    await expect(sweepAttachmentStore(store, [])).resolves.toEqual({ removed: 0, tempsRemoved: 0, waiting: 1 });
    expect(present(old)).toBe(true);
    await sweepAttachmentStore(store, [], Date.now() + SWEEP_GRACE_MS - DAY);
    expect(present(old)).toBe(true);
    await expect(sweepAttachmentStore(store, [], Date.now() + SWEEP_GRACE_MS)).resolves.toEqual({ removed: 1, tempsRemoved: 0, waiting: 0 });
    expect(present(old)).toBe(false);
  });

  it('keeps an old file that a record refers to, and starts its clock again once referenced in between', async () => {
    const kept = await stored('vastgepind', 400);
    const repinned = await stored('opnieuw vastgepind', 400);
    await sweepAttachmentStore(store, []);
    await sweepAttachmentStore(store, [kept, repinned], Date.now() + 10 * DAY);
    await sweepAttachmentStore(store, [kept], Date.now() + SWEEP_GRACE_MS + DAY);
    expect(present(kept)).toBe(true);
    expect(present(repinned)).toBe(true);
    expect(JSON.parse(readFileSync(path.join(root, SWEEP_LEDGER_NAME), 'utf8'))).toEqual({ [repinned]: expect.any(Number) });
  });

  it('does not shorten the grace period when the file was written (again) recently', async () => {
    const rewritten = await stored('herschreven', 400);
    await sweepAttachmentStore(store, []);
    age(store.pathFor(rewritten), -SWEEP_GRACE_MS / DAY + 1);
    await sweepAttachmentStore(store, [], Date.now() + SWEEP_GRACE_MS);
    expect(present(rewritten)).toBe(true);
  });

  it('sweeps temp leftovers of failed writes older than a day, not a write in progress', async () => {
    await store.put(new Uint8Array([1]));
    const { sha256 } = await store.put(new Uint8Array([2]));
    const bucketOf = path.join(root, sha256.slice(0, 2));
    const leftover = path.join(bucketOf, `${TEMP_PREFIX}0011223344556677`);
    const inProgress = path.join(bucketOf, `${TEMP_PREFIX}8899aabbccddeeff`);
    writeFileSync(leftover, 'half');
    writeFileSync(inProgress, 'half');
    age(leftover, 2);
    // Stamped from the process's clock, as the sweep reads it, not left to the file system's (faketime moves only the former).
    age(inProgress, 0);
    await expect(sweepAttachmentStore(store, [sha256])).resolves.toMatchObject({ tempsRemoved: 1 });
    expect(existsSync(leftover)).toBe(false);
    expect(existsSync(inProgress)).toBe(true);
  });

  it('leaves files it does not know alone (not named by a hash, or outside the buckets)', async () => {
    const stray = path.join(root, 'leesmij.txt');
    writeFileSync(stray, 'x');
    age(stray, 400);
    await sweepAttachmentStore(store, []);
    await sweepAttachmentStore(store, [], Date.now() + SWEEP_GRACE_MS + DAY);
    expect(existsSync(stray)).toBe(true);
  });

  it('starts the clock again when the ledger is damaged', async () => {
    const old = await stored('oud', 400);
    await sweepAttachmentStore(store, []);
    writeFileSync(path.join(root, SWEEP_LEDGER_NAME), '{kapot');
    await sweepAttachmentStore(store, [], Date.now() + SWEEP_GRACE_MS + DAY);
    expect(present(old)).toBe(true);
  });

  it('runs puts and sweeps one at a time, so a sweep never deletes bytes a put just found intact', async () => {
    const bytes = new Uint8Array([7]);
    const { createHash } = await import('node:crypto');
    const target = store.pathFor(createHash('sha256').update(bytes).digest('hex'));
    // A task holding the store watches for the put's file while it runs; the put must wait for it.
    let sawPutWhileHeld = false;
    const held = store.exclusive(async () => {
      for (let turn = 0; turn < 1000 && !sawPutWhileHeld; turn++) {
        await new Promise((resolve) => setImmediate(resolve));
        sawPutWhileHeld = existsSync(target);
      }
    });
    const put = store.put(bytes);
    await Promise.all([held, put]);
    expect(sawPutWhileHeld).toBe(false);
    expect(existsSync(target)).toBe(true);
  });

  it('keeps going when a file cannot be removed, and tries it again next time', async () => {
    const old = await stored('vergrendeld', 400);
    await sweepAttachmentStore(store, []);
    const fsModule = await import('node:fs');
    const rm = vi.spyOn(fsModule.promises, 'rm').mockRejectedValueOnce(Object.assign(new Error('EBUSY'), { code: 'EBUSY' }));
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await expect(sweepAttachmentStore(store, [], Date.now() + SWEEP_GRACE_MS + DAY)).resolves.toMatchObject({ removed: 0, waiting: 1 });
    rm.mockRestore();
    await expect(sweepAttachmentStore(store, [], Date.now() + SWEEP_GRACE_MS + DAY)).resolves.toMatchObject({ removed: 1 });
    expect(present(old)).toBe(false);
    vi.restoreAllMocks();
  });
});
