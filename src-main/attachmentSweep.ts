/**
 * Deletes stored attachment files no record refers to any more, after the
 * grace period of domain/attachmentSweep.ts, and temp files that failed writes
 * left behind. The ledger of "unreferenced since" moments lives next to the
 * files, in the main process, so the page can never shorten the grace period.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { parseSweepLedger, planSweep, type StoredFileInfo } from '../src-renderer/src/domain/attachmentSweep';
import { SHA256_PATTERN, type SweepAttachmentsResult } from './api';
import type { AttachmentStore } from './attachmentStore';
import { isTempFileName, writeFileAtomic } from './atomicWrite';

export const SWEEP_LEDGER_NAME = 'sweep-ledger.json';

export function sweepAttachmentStore(store: AttachmentStore, referenced: readonly string[], now = Date.now()): Promise<SweepAttachmentsResult> {
  // Exclusive with put: the same bytes pinned again during the sweep must not be deleted under it.
  return store.exclusive(async () => {
    const ledgerPath = path.join(store.root, SWEEP_LEDGER_NAME);
    const { stored, temps, pathOf } = await listStore(store.root);
    const ledger = parseSweepLedger(await fs.readFile(ledgerPath, 'utf8').catch(() => null));
    const plan = planSweep({ stored, temps, referenced: new Set(referenced), ledger, now });
    let removed = 0;
    for (const sha256 of plan.remove) {
      if (await removeQuietly(pathOf.get(sha256))) removed += 1;
      // Locked or not allowed: keep its moment, so the next sweep tries again.
      else plan.ledger[sha256] = ledger[sha256] ?? now;
    }
    let tempsRemoved = 0;
    for (const name of plan.removeTemps) if (await removeQuietly(pathOf.get(name))) tempsRemoved += 1;
    await writeFileAtomic(ledgerPath, new TextEncoder().encode(JSON.stringify(plan.ledger)), { mode: 0o600 });
    return { removed, tempsRemoved, waiting: Object.keys(plan.ledger).length };
  });
}

/** Stored files by hash and temp leftovers by bucket-relative name, with where each one is. */
async function listStore(root: string) {
  const stored: StoredFileInfo[] = [];
  const temps: StoredFileInfo[] = [];
  const pathOf = new Map<string, string>();
  for (const bucket of await readDirOrEmpty(root)) {
    if (!bucket.isDirectory() || !/^[0-9a-f]{2}$/.test(bucket.name)) continue;
    for (const entry of await readDirOrEmpty(path.join(root, bucket.name))) {
      const isStored = SHA256_PATTERN.test(entry.name) && entry.name.startsWith(bucket.name);
      if (!entry.isFile() || !(isStored || isTempFileName(entry.name))) continue;
      const filePath = path.join(root, bucket.name, entry.name);
      const stat = await fs.stat(filePath).catch(() => null);
      if (!stat) continue;
      const name = isStored ? entry.name : `${bucket.name}/${entry.name}`;
      (isStored ? stored : temps).push({ name, modifiedMs: stat.mtimeMs });
      pathOf.set(name, filePath);
    }
  }
  return { stored, temps, pathOf };
}

async function removeQuietly(filePath: string | undefined): Promise<boolean> {
  if (!filePath) return false;
  try {
    await fs.rm(filePath);
    return true;
  } catch (error) {
    console.warn('Opruimen van een bijlagebestand mislukt:', error);
    return false;
  }
}

async function readDirOrEmpty(dir: string) {
  return fs.readdir(dir, { withFileTypes: true }).catch(() => []);
}
