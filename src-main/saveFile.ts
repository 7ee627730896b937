/**
 * Saving a letter or export where the user chooses. The renderer only
 * suggests a name: it never decides a path on disk.
 */
import path from 'node:path';
import type { SaveFileRequest, SaveFileResult } from './api';
import { writeFileAtomic } from './atomicWrite';

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

export async function saveFile(
  request: SaveFileRequest,
  deps: { showSaveDialog: SaveDialog; defaultDirectory: string; write?: typeof writeFileAtomic },
): Promise<SaveFileResult> {
  const result = await deps.showSaveDialog({
    defaultPath: path.join(deps.defaultDirectory, sanitizeFileName(request.suggestedName)),
    // Linux asks before overwriting only when told to; the others always ask.
    properties: ['createDirectory', 'showOverwriteConfirmation'],
    ...(request.filters ? { filters: request.filters } : {}),
  });
  if (result.canceled || !result.filePath) return { saved: false };
  await (deps.write ?? writeFileAtomic)(result.filePath, request.bytes);
  return { saved: true, path: result.filePath };
}
