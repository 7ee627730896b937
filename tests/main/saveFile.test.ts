import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sanitizeFileName, saveFile } from '../../src-main/saveFile';

describe('sanitizeFileName', () => {
  it.each([
    ['Ontvangstbevestiging K-2026-0001.docx', 'Ontvangstbevestiging K-2026-0001.docx'],
    ['../../etc/passwd', 'etc_passwd'],
    ['..\\..\\Windows\\win.ini', 'Windows_win.ini'],
    ['/absoluut/pad.docx', 'absoluut_pad.docx'],
    ['C:\\Users\\x.docx', 'C__Users_x.docx'],
    ['brief\u0000.docx', 'brief.docx'],
    ['a<b>c:"d"|e?f*.txt', 'a_b_c__d__e_f_.txt'],
    ['  .verborgen.  ', 'verborgen'],
    ['CON.docx', '_CON.docx'],
    ['..', 'document'],
    ['///', 'document'],
  ])('%j becomes %j', (input, expected) => {
    expect(sanitizeFileName(input)).toBe(expected);
  });

  it('shortens a very long name and keeps its extension', () => {
    const name = sanitizeFileName(`${'x'.repeat(250)}.docx`);
    expect(name.length).toBeLessThanOrEqual(200);
    expect(name.endsWith('.docx')).toBe(true);
  });
});

describe('saveFile', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'kb-save-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const request = { suggestedName: '../Brief K-2026-0001.docx', bytes: new Uint8Array([80, 75, 3, 4]) };

  it('suggests only a bare file name in the default folder', async () => {
    const showSaveDialog = vi.fn(async () => ({ canceled: true }));
    await saveFile({ ...request, filters: [{ name: 'Word', extensions: ['docx'] }] }, { showSaveDialog, defaultDirectory: dir });
    expect(showSaveDialog).toHaveBeenCalledWith({
      defaultPath: path.join(dir, 'Brief K-2026-0001.docx'),
      filters: [{ name: 'Word', extensions: ['docx'] }],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
  });

  it('returns saved:false and writes nothing when cancelled', async () => {
    const write = vi.fn();
    const result = await saveFile(request, { showSaveDialog: async () => ({ canceled: true }), defaultDirectory: dir, write });
    expect(result).toEqual({ saved: false });
    expect(write).not.toHaveBeenCalled();
  });

  it('writes the bytes where the user chose, leaving no temp file', async () => {
    const target = path.join(dir, 'brief.docx');
    const result = await saveFile(request, {
      showSaveDialog: async () => ({ canceled: false, filePath: target }),
      defaultDirectory: dir,
    });
    expect(result).toEqual({ saved: true, path: target });
    expect(readFileSync(target)).toEqual(Buffer.from(request.bytes));
    expect(readdirSync(dir)).toEqual(['brief.docx']);
  });
});
