/**
 * Saving a letter or export where the user chooses. The renderer only
 * suggests a name: it never decides a path on disk.
 */
import path from 'node:path';
import type { SaveFileRequest, SaveFileResult } from './api';
import { writeFileAtomic } from './atomicWrite';
import { explainingFileErrors } from './fileErrors';

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])(\.|$)/i;
const MAX_NAME_LENGTH = 200;

/** A bare file name: separators, control and Windows-forbidden characters become "_" or go. */
export function sanitizeFileName(suggested: string): string {
  let name = suggested
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .replace(/[\\/:*?"<>|]/g, '_')
    // Leading dots hide a file on Unix; trailing dots and spaces vanish on Windows.
    .replace(/^[\s._]+|[\s.]+$/g, '');
  if (name === '') name = 'document';
  if (WINDOWS_RESERVED.test(name)) name = `_${name}`;
  if (name.length > MAX_NAME_LENGTH) {
    const ext = path.extname(name).slice(0, 16);
    name = name.slice(0, MAX_NAME_LENGTH - ext.length) + ext;
  }
  return name;
}

export interface SaveDialog {
  (options: {
    defaultPath: string;
    filters?: { name: string; extensions: string[] }[];
    properties: ('createDirectory' | 'showOverwriteConfirmation')[];
  }): Promise<{
    canceled: boolean;
    filePath?: string;
  }>;
}

export interface SaveFileDeps {
  showSaveDialog: SaveDialog;
  defaultDirectory: string;
  write?: typeof writeFileAtomic;
}

/** The user's choice of where to save, or null when they cancelled. */
export async function askSavePath(
  suggestedName: string,
  filters: SaveFileRequest['filters'],
  deps: Pick<SaveFileDeps, 'showSaveDialog' | 'defaultDirectory'>,
): Promise<string | null> {
  const result = await deps.showSaveDialog({
    defaultPath: path.join(deps.defaultDirectory, sanitizeFileName(suggestedName)),
    // Linux asks before overwriting only when told to; the others always ask.
    properties: ['createDirectory', 'showOverwriteConfirmation'],
    ...(filters ? { filters } : {}),
  });
  return result.canceled || !result.filePath ? null : result.filePath;
}

/** Writes where the user chose; a full disk or a folder without rights is said in Dutch. */
export function writeChosenFile(filePath: string, bytes: Uint8Array, deps: Pick<SaveFileDeps, 'write'>): Promise<void> {
  return explainingFileErrors(`„${path.basename(filePath)}” in ${path.dirname(filePath)}`, () =>
    (deps.write ?? writeFileAtomic)(filePath, bytes),
  );
}

export async function saveFile(request: SaveFileRequest, deps: SaveFileDeps): Promise<SaveFileResult> {
  const filePath = await askSavePath(request.suggestedName, request.filters, deps);
  if (filePath === null) return { saved: false };
  await writeChosenFile(filePath, request.bytes, deps);
  return { saved: true, path: filePath };
}
