/**
 * Opening a pinned file in the system's own program. The renderer names a
 * stored hash and the name it was pinned under; what reaches the disk is
 * decided here: the bytes come from the store (hash-checked), fileSafety.ts
 * judges name and content together, and only then is a copy written under a
 * cleaned name with the checked extension, into a folder of our own.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { classifyFile, normalizeFileName } from '../src-renderer/src/domain/fileSafety';
import type { OpenAttachmentRequest, OpenAttachmentResult } from './api';
import { holdsIntactCopy } from './attachmentStore';
import { writeFileAtomic } from './atomicWrite';
import { explainingFileErrors } from './fileErrors';
import { ensurePrivateFolder } from './privateFolder';
import { sanitizeFileName } from './saveFile';

export interface OpenAttachmentDeps {
  /** Bytes from the attachment store; rejects when missing or damaged. */
  read(sha256: string): Promise<Uint8Array>;
  /** Our own folder, private to this user (privateFolder.ts); copies older than a day are swept from it. */
  folder: string;
  /** shell.openPath: resolves to '' on success, else to the system's error text. */
  openPath(filePath: string): Promise<string>;
  /** markAsFromInternet for this platform. */
  mark(filePath: string): Promise<void>;
}

const DAY_MS = 24 * 60 * 60 * 1000;

export async function openAttachment(request: OpenAttachmentRequest, deps: OpenAttachmentDeps): Promise<OpenAttachmentResult> {
  const bytes = await deps.read(request.sha256);
  const verdict = classifyFile(request.name, bytes);
  if (!verdict.canOpen) return { opened: false, reason: verdict.reason ?? 'Dit bestand wordt niet geopend.' };

  // One folder per file: the same name pinned twice with other content never collides,
  // and a copy still open in Word (locked on Windows) is reused, not overwritten.
  const folder = path.join(deps.folder, request.sha256.slice(0, 32));
  const filePath = path.join(folder, copyName(request.name, verdict.extension));
  // Unreadable counts as absent: the copy is then written again.
  if (!(await holdsIntactCopy(filePath, request.sha256, bytes.byteLength).catch(() => false))) {
    await ensurePrivateFolder(deps.folder);
    await explainingFileErrors('de kopie om te openen', async () => {
      await fs.mkdir(folder, { recursive: true, mode: 0o700 });
      await fs.rm(filePath, { force: true });
      await writeFileAtomic(filePath, bytes, { mode: 0o600 });
    });
    // Marked before it turns read-only: Windows refuses to add a stream to a read-only file.
    await deps.mark(filePath);
    // Read-only, so nobody edits the copy believing it is the pinned file.
    await fs.chmod(filePath, 0o400);
  }
  const error = await deps.openPath(filePath);
  return error === '' ? { opened: true } : { opened: false, reason: `Het bestand kon niet worden geopend: ${error}` };
}

/** The pinned name, cleaned, always ending in the extension that was checked. */
function copyName(name: string, extension: string): string {
  const normalized = normalizeFileName(name);
  const stem = normalized.slice(0, normalized.length - extension.length - 1);
  return `${sanitizeFileName(stem || 'bijlage').slice(0, 120)}.${extension}`;
}

/** Copies are for looking at, not for keeping: remove those of earlier days. Never fails the caller. */
export async function sweepOpenedCopies(folder: string, now = Date.now()): Promise<void> {
  const entries = await fs.readdir(folder, { withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    const entryPath = path.join(folder, entry.name);
    try {
      const stat = await fs.stat(entryPath);
      if (now - stat.mtimeMs > DAY_MS) await fs.rm(entryPath, { recursive: true, force: true });
    } catch {
      // Still open in another program (Windows locks it): try again next start.
    }
  }
}
