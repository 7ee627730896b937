import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { markAsFromInternet, ZONE_IDENTIFIER } from '../../src-main/internetMark';
import { saveAttachment, type SaveAttachmentDeps } from '../../src-main/saveAttachment';
import { saveFile } from '../../src-main/saveFile';

const PDF = new Uint8Array(readFileSync(path.resolve(import.meta.dirname, '../fixtures/files/factuur.pdf')));
const MZ = Uint8Array.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00]);
const TEXT = new TextEncoder().encode('del /q C:\\*\r\n');
const HASH = 'ab'.repeat(32);

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'kb-save-attachment-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The user picks `chosen` in the save dialog; the store holds `bytes`. */
function deps(bytes: Uint8Array, chosen: string | null, platform: NodeJS.Platform = 'win32') {
  const showSaveDialog = vi.fn(async () => (chosen === null ? { canceled: true } : { canceled: false, filePath: path.join(dir, chosen) }));
  const runXattr = vi.fn(async (_args: string[]) => undefined);
  const mark = vi.fn((filePath: string) => markAsFromInternet(filePath, { platform, runXattr }));
  const value: SaveAttachmentDeps = { read: async () => bytes, defaultDirectory: dir, showSaveDialog, mark };
  return { deps: value, showSaveDialog, mark, runXattr };
}

describe('saveAttachment', () => {
  it('saves the stored bytes where the user chose and marks the copy as downloaded (Windows: Zone.Identifier)', async () => {
    const { deps: d } = deps(PDF, 'factuur.pdf');
    await expect(saveAttachment({ sha256: HASH, name: 'factuur.pdf', confirmedRunnable: false }, d)).resolves.toEqual({
      saved: true,
      path: path.join(dir, 'factuur.pdf'),
    });
    expect(new Uint8Array(readFileSync(path.join(dir, 'factuur.pdf')))).toEqual(PDF);
    // On Linux the alternate data stream "x.pdf:Zone.Identifier" is simply a file of that name.
    expect(readFileSync(path.join(dir, 'factuur.pdf:Zone.Identifier'), 'utf8')).toBe(ZONE_IDENTIFIER);
  });

  it('puts the quarantine attribute on a copy saved on macOS', async () => {
    const { deps: d, runXattr } = deps(PDF, 'factuur.pdf', 'darwin');
    await saveAttachment({ sha256: HASH, name: 'factuur.pdf', confirmedRunnable: false }, d);
    expect(runXattr).toHaveBeenCalledWith(['-w', 'com.apple.quarantine', expect.stringMatching(/^0083;[0-9a-f]+;Klachtenbalie;$/), path.join(dir, 'factuur.pdf')]);
  });

  it.each([
    ['setup.exe', MZ],
    ['factuur.pdf', MZ],
    ['opruimen.bat', TEXT],
    ['start.ps1', TEXT],
    ['script.vbs', TEXT],
    ['app.js', TEXT],
    ['snelkoppeling.lnk', TEXT],
    ['site.url', TEXT],
    ['scherm.scr', MZ],
    ['installeer.msi', MZ],
    ['programma.jar', TEXT],
    ['run.sh', TEXT],
    ['Programma.app', TEXT],
    ['factuur.pdf.exe', PDF],
  ])('refuses %s without the user’s confirmation: a Dutch warning, no dialog, nothing written', async (name, bytes) => {
    const { deps: d, showSaveDialog, mark } = deps(bytes, name);
    const result = await saveAttachment({ sha256: HASH, name, confirmedRunnable: false }, d);
    expect(result).toEqual({ saved: false, warning: expect.stringMatching(/programma, script of snelkoppeling.*Sla het alleen op als u zeker weet/) });
    expect(showSaveDialog).not.toHaveBeenCalled();
    expect(mark).not.toHaveBeenCalled();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('saves a program once the user confirmed the warning, marked so Windows warns again before running it', async () => {
    const { deps: d } = deps(MZ, 'setup.exe');
    await expect(saveAttachment({ sha256: HASH, name: 'setup.exe', confirmedRunnable: true }, d)).resolves.toMatchObject({ saved: true });
    expect(readFileSync(path.join(dir, 'setup.exe:Zone.Identifier'), 'utf8')).toBe(ZONE_IDENTIFIER);
  });

  it('checks the name typed in the save dialog too: a text saved as .bat needs the confirmation', async () => {
    const { deps: d } = deps(TEXT, 'notities.bat');
    const result = await saveAttachment({ sha256: HASH, name: 'notities.txt', confirmedRunnable: false }, d);
    expect(result).toEqual({ saved: false, warning: expect.stringContaining('„notities.bat” is een programma') });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('returns saved:false and marks nothing when the dialog is cancelled', async () => {
    const { deps: d, mark } = deps(PDF, null);
    await expect(saveAttachment({ sha256: HASH, name: 'factuur.pdf', confirmedRunnable: false }, d)).resolves.toEqual({ saved: false });
    expect(mark).not.toHaveBeenCalled();
  });
});

describe('a failing save', () => {
  const request = { suggestedName: 'brief.docx', bytes: new Uint8Array([80, 75, 3, 4]) };
  const failingWith = (code: string) => async () => {
    throw Object.assign(new Error(`${code}: failed, open '/x/brief.docx'`), { code });
  };

  it.each([
    ['ENOSPC', /^De schijf is vol: „brief\.docx” in .+ kon niet worden geschreven\. Maak ruimte vrij/],
    ['EACCES', /^Geen toestemming: „brief\.docx” in .+ kon niet worden geschreven\. Kies een andere map/],
    ['EPERM', /^Geen toestemming: „brief\.docx”/],
  ])('says %s in Dutch', async (code, message) => {
    const showSaveDialog = async () => ({ canceled: false, filePath: path.join(dir, 'brief.docx') });
    await expect(saveFile(request, { showSaveDialog, defaultDirectory: dir, write: failingWith(code) })).rejects.toThrow(message);
  });

  it('passes an error it cannot explain on unchanged', async () => {
    const showSaveDialog = async () => ({ canceled: false, filePath: path.join(dir, 'brief.docx') });
    await expect(saveFile(request, { showSaveDialog, defaultDirectory: dir, write: failingWith('EIO') })).rejects.toThrow(/^EIO/);
  });
});
