/**
 * The browser twin of src-main/attachmentSweep.ts: the same decision
 * (domain/attachmentSweep.ts) over the Origin Private File System, where a
 * stored file is named by its hash and a write in progress by `<hash>.tmp`.
 */
import { SHA256_PATTERN, type SweepAttachmentsResult } from '../../../src-main/api';
import { parseSweepLedger, planSweep, type StoredFileInfo } from '../domain/attachmentSweep';

const LEDGER_NAME = 'sweep-ledger.json';

export async function sweepOpfsAttachments(folder: FileSystemDirectoryHandle, referenced: readonly string[], now: number): Promise<SweepAttachmentsResult> {
  const stored: StoredFileInfo[] = [];
  const temps: StoredFileInfo[] = [];
  // entries() is in every browser with OPFS; TypeScript's DOM types lack it.
  const entries = (folder as unknown as { entries(): AsyncIterable<[string, FileSystemHandle]> }).entries();
  for await (const [name, handle] of entries) {
    if (handle.kind !== 'file') continue;
    const isStored = SHA256_PATTERN.test(name);
    if (!isStored && !name.endsWith('.tmp')) continue;
    const modifiedMs = (await (handle as FileSystemFileHandle).getFile()).lastModified;
    (isStored ? stored : temps).push({ name, modifiedMs });
  }
  const ledgerText = await folder
    .getFileHandle(LEDGER_NAME)
    .then(async (handle) => (await handle.getFile()).text())
    .catch(() => null);
  const ledger = parseSweepLedger(ledgerText);
  const plan = planSweep({ stored, temps, referenced: new Set(referenced), ledger, now });
  let removed = 0;
  for (const name of plan.remove) {
    if (await folder.removeEntry(name).then(() => true, () => false)) removed += 1;
    else plan.ledger[name] = ledger[name] ?? now;
  }
  let tempsRemoved = 0;
  for (const name of plan.removeTemps) if (await folder.removeEntry(name).then(() => true, () => false)) tempsRemoved += 1;
  const writable = await (await folder.getFileHandle(LEDGER_NAME, { create: true })).createWritable();
  await writable.write(JSON.stringify(plan.ledger));
  await writable.close();
  return { removed, tempsRemoved, waiting: Object.keys(plan.ledger).length };
}
