/**
 * "Opslaan" of a pinned file. Unlike a letter we made ourselves, a pinned file
 * came from outside, so the main process reads the bytes from the store itself
 * (the renderer names only the hash), refuses a program, script or shortcut
 * until the user has confirmed the warning, and marks the saved copy as
 * downloaded, as a browser would.
 */
import path from 'node:path';
import { runnableWarning } from '../src-renderer/src/domain/fileSafety';
import type { SaveAttachmentRequest, SaveAttachmentResult } from './api';
import { askSavePath, writeChosenFile, type SaveFileDeps } from './saveFile';

export interface SaveAttachmentDeps extends SaveFileDeps {
  /** Bytes from the attachment store; rejects when missing or damaged. */
  read(sha256: string): Promise<Uint8Array>;
  /** markAsFromInternet for this platform. */
  mark(filePath: string): Promise<void>;
}

export async function saveAttachment(request: SaveAttachmentRequest, deps: SaveAttachmentDeps): Promise<SaveAttachmentResult> {
  const bytes = await deps.read(request.sha256);
  const warning = runnableWarning(request.name, bytes);
  if (warning !== null && !request.confirmedRunnable) return { saved: false, warning };
  const filePath = await askSavePath(request.name, undefined, deps);
  if (filePath === null) return { saved: false };
  // The name typed in the dialog counts too: "notities.txt" saved as "notities.bat" would run.
  const chosenWarning = runnableWarning(path.basename(filePath), bytes);
  if (chosenWarning !== null && !request.confirmedRunnable) return { saved: false, warning: chosenWarning };
  await writeChosenFile(filePath, bytes, deps);
  await deps.mark(filePath);
  return { saved: true, path: filePath };
}
