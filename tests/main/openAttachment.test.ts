import { chmodSync, lstatSync, mkdtempSync, promises as fsPromises, readdirSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { IpcMainInvokeEvent } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS, type StoredAttachment } from '../../src-main/api';
import { createCapabilities } from '../../src-main/capabilities';
import { createIpcHandlers, registerIpcHandlers } from '../../src-main/ipc';
import { readLaunchOptions } from '../../src-main/launchOptions';
import { markAsFromInternet } from '../../src-main/internetMark';
import { openAttachment, sweepOpenedCopies } from '../../src-main/openAttachment';
import { app, resetElectronMock, shell } from './electronMock';

vi.mock('electron', () => import('./electronMock'));

const PDF = new Uint8Array(readFileSync(path.resolve(import.meta.dirname, '../fixtures/files/factuur.pdf')));
const MZ = Uint8Array.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xff, 0xff, 0x00, 0x00]);

let userData: string;
let temp: string;
let openedFolder: string;
type Invoke = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>;
let handlers: Map<string, Invoke>;

beforeEach(() => {
  resetElectronMock();
  userData = mkdtempSync(path.join(tmpdir(), 'kb-userdata-'));
  temp = mkdtempSync(path.join(tmpdir(), 'kb-temp-'));
  openedFolder = path.join(userData, 'geopende-bijlagen');
  app.setPath('userData', userData);
  app.setPath('temp', temp);
  handlers = new Map();
  const ipcMain = { handle: vi.fn((channel: string, listener: Invoke) => void handlers.set(channel, listener)) };
  // The real capabilities behind the real handlers: store, safety check, copy, shell.openPath (mocked).
  registerIpcHandlers(ipcMain as never, () => true, createIpcHandlers(createCapabilities(readLaunchOptions({}, false))));
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  return () => {
    vi.restoreAllMocks();
    rmSync(userData, { recursive: true, force: true });
    rmSync(temp, { recursive: true, force: true });
  };
});
afterEach(() => shell.openPath.mockReset());

const event = { sender: {}, senderFrame: { url: 'app://klachtenbalie/index.html', parent: null } } as unknown as IpcMainInvokeEvent;
const invoke = (channel: string, ...args: unknown[]) => handlers.get(channel)!(event, ...args);
const pin = async (bytes: Uint8Array) => ((await invoke(IPC_CHANNELS.putAttachment, { bytes })) as StoredAttachment).sha256;
const open = (sha256: string, name: string) => invoke(IPC_CHANNELS.openAttachment, { sha256, name });

/** Every file below the folder of opened copies. */
function copies(): string[] {
  if (!existsSync(openedFolder)) return [];
  return readdirSync(openedFolder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

describe('openAttachment', () => {
  it('opens a real PDF: a read-only copy in our own folder, ending in .pdf, handed to shell.openPath', async () => {
    shell.openPath.mockResolvedValue('');
    const sha256 = await pin(PDF);
    await expect(open(sha256, 'Factuur maart.pdf')).resolves.toEqual({ opened: true });
    expect(shell.openPath).toHaveBeenCalledTimes(1);
    const opened = shell.openPath.mock.calls[0]![0];
    expect(opened.startsWith(openedFolder + path.sep)).toBe(true);
    expect(path.basename(opened)).toBe('Factuur maart.pdf');
    expect(new Uint8Array(readFileSync(opened))).toEqual(PDF);
    if (process.platform !== 'win32') expect(statSync(opened).mode & 0o222).toBe(0);
  });

  /** Refused with a reason, and nothing written to disk or handed to another program. */
  async function expectRefused(bytes: Uint8Array, name: string, reason: RegExp) {
    await expect(open(await pin(bytes), name)).resolves.toEqual({ opened: false, reason: expect.stringMatching(reason) });
    expect(shell.openPath).not.toHaveBeenCalled();
    expect(copies()).toEqual([]);
  }

  it('refuses an .exe, whether its content is a program or not', async () => {
    await expectRefused(MZ, 'setup.exe', /programma/);
    await expectRefused(PDF, 'setup.exe', /\.exe.*worden nooit geopend/);
  });

  it('refuses a .pdf name over program (MZ) bytes', () => expectRefused(MZ, 'factuur.pdf', /programma, script of snelkoppeling/));

  it('refuses names that only look safe: right-to-left override, trailing dot, double extension', async () => {
    for (const name of ['factuur\u202efdp.exe', 'factuur.exe. ', 'factuur.pdf.exe']) await expectRefused(PDF, name, /\.exe/);
  });

  it('writes under a cleaned name with the checked extension, never outside its folder', async () => {
    shell.openPath.mockResolvedValue('');
    const sha256 = await pin(PDF);
    await expect(open(sha256, '..\\..\\Factuur: "maart"?.PDF. ')).resolves.toEqual({ opened: true });
    const opened = shell.openPath.mock.calls[0]![0];
    expect(path.basename(opened)).toBe('Factuur_ _maart__.pdf');
    expect(path.dirname(path.dirname(opened))).toBe(openedFolder);
  });

  it('opens the same file again from the copy already there (it may be open, and locked, in Word)', async () => {
    shell.openPath.mockResolvedValue('');
    const sha256 = await pin(PDF);
    await open(sha256, 'factuur.pdf');
    const first = shell.openPath.mock.calls[0]![0];
    const written = statSync(first).mtimeMs;
    await expect(open(sha256, 'factuur.pdf')).resolves.toEqual({ opened: true });
    expect(shell.openPath.mock.calls[1]![0]).toBe(first);
    expect(statSync(first).mtimeMs).toBe(written);
    expect(copies()).toHaveLength(1);
  });

  it('says so when the system has no program for it', async () => {
    shell.openPath.mockResolvedValue('Geen toepassing gekoppeld aan dit bestandstype');
    const sha256 = await pin(PDF);
    await expect(open(sha256, 'factuur.pdf')).resolves.toEqual({
      opened: false,
      reason: 'Het bestand kon niet worden geopend: Geen toepassing gekoppeld aan dit bestandstype',
    });
  });

  it('rejects a damaged or missing file instead of opening it', async () => {
    const sha256 = await pin(PDF);
    writeFileSync(path.join(userData, 'attachments', sha256.slice(0, 2), sha256), MZ);
    await expect(open(sha256, 'factuur.pdf')).rejects.toThrow(/beschadigd/);
    await expect(open('0'.repeat(64), 'factuur.pdf')).rejects.toThrow(/ontbreekt/);
    expect(shell.openPath).not.toHaveBeenCalled();
  });

  it('rejects bad input before reading anything', async () => {
    for (const args of [[], [{ sha256: '../../etc/passwd', name: 'x.pdf' }], [{ sha256: 'a'.repeat(64) }], [{ sha256: 'a'.repeat(64), name: '' }]]) {
      await expect(invoke(IPC_CHANNELS.openAttachment, ...args)).rejects.toThrow(/Ongeldige aanvraag/);
    }
    expect(shell.openPath).not.toHaveBeenCalled();
  });
});

describe('on Windows', () => {
  it('marks the copy as downloaded (Mark of the Web), so Office opens it in Protected View', async () => {
    // On Linux the alternate data stream "x.pdf:Zone.Identifier" is simply a file of that name.
    const openPath = vi.fn(async (_path: string) => '');
    const request = { sha256: 'c'.repeat(64), name: 'brief.pdf' };
    const mark = (filePath: string) => markAsFromInternet(filePath, { platform: 'win32' });
    await expect(openAttachment(request, { read: async () => PDF, folder: openedFolder, openPath, mark })).resolves.toEqual({ opened: true });
    const opened = openPath.mock.calls[0]![0];
    expect(readFileSync(`${opened}:Zone.Identifier`, 'utf8')).toBe('[ZoneTransfer]\r\nZoneId=3\r\n');
  });
});

describe('on macOS', () => {
  it('puts the quarantine mark on the copy, so Gatekeeper and Office treat it as downloaded', async () => {
    const runXattr = vi.fn(async (_args: string[]) => undefined);
    const mark = (filePath: string) => markAsFromInternet(filePath, { platform: 'darwin', runXattr, now: () => 0x65000000 * 1000 });
    const openPath = vi.fn(async (_path: string) => '');
    await openAttachment({ sha256: 'd'.repeat(64), name: 'brief.pdf' }, { read: async () => PDF, folder: openedFolder, openPath, mark });
    expect(runXattr).toHaveBeenCalledWith(['-w', 'com.apple.quarantine', '0083;65000000;Klachtenbalie;', openPath.mock.calls[0]![0]]);
  });
});

describe.skipIf(process.platform === 'win32')('the folder of opened copies', () => {
  const modeOf = (folder: string) => statSync(folder).mode & 0o777;

  it('is in the user data folder, not the shared temp folder, and only this user may enter it', async () => {
    shell.openPath.mockResolvedValue('');
    await open(await pin(PDF), 'factuur.pdf');
    expect(shell.openPath.mock.calls[0]![0].startsWith(path.join(userData, 'geopende-bijlagen') + path.sep)).toBe(true);
    expect(modeOf(openedFolder)).toBe(0o700);
  });

  it('is closed again when it was left open to others', async () => {
    mkdirSync(openedFolder, { recursive: true });
    chmodSync(openedFolder, 0o777);
    shell.openPath.mockResolvedValue('');
    await expect(open(await pin(PDF), 'factuur.pdf')).resolves.toEqual({ opened: true });
    expect(modeOf(openedFolder)).toBe(0o700);
  });

  it('is refused when it is a link to somewhere else: nothing is written there or opened', async () => {
    const elsewhere = mkdtempSync(path.join(temp, 'elders-'));
    symlinkSync(elsewhere, openedFolder);
    await expect(open(await pin(PDF), 'factuur.pdf')).rejects.toThrow(/geen gewone map/);
    expect(readdirSync(elsewhere)).toEqual([]);
    expect(lstatSync(openedFolder).isSymbolicLink()).toBe(true);
    expect(shell.openPath).not.toHaveBeenCalled();
  });
});

describe('a failing copy', () => {
  it.each([
    ['ENOSPC', /^De schijf is vol: de kopie om te openen kon niet worden geschreven\. Maak ruimte vrij/],
    ['EACCES', /^Geen toestemming: de kopie om te openen kon niet worden geschreven\. Kies een andere map, of vraag uw beheerder/],
    ['EPERM', /^Geen toestemming: de kopie om te openen/],
  ])('says %s in Dutch and opens nothing', async (code, message) => {
    const sha256 = await pin(PDF);
    vi.spyOn(fsPromises, 'open').mockRejectedValueOnce(Object.assign(new Error(`${code}: failed, open`), { code }));
    await expect(open(sha256, 'factuur.pdf')).rejects.toThrow(message);
    expect(shell.openPath).not.toHaveBeenCalled();
  });
});

describe('sweepOpenedCopies', () => {
  it('removes copies of earlier days and keeps today’s', async () => {
    const old = path.join(openedFolder, 'a'.repeat(32));
    const fresh = path.join(openedFolder, 'b'.repeat(32));
    for (const folder of [old, fresh]) {
      mkdirSync(folder, { recursive: true });
      writeFileSync(path.join(folder, 'x.pdf'), PDF);
    }
    const twoDaysAgo = new Date(Date.now() - 2 * 24 * 60 * 60 * 1000);
    utimesSync(old, twoDaysAgo, twoDaysAgo);
    // Today's copy stamped from the process's clock, as the sweep reads it, not left to the file system's (faketime moves only the former).
    utimesSync(fresh, new Date(), new Date());
    await sweepOpenedCopies(openedFolder);
    expect(existsSync(old)).toBe(false);
    expect(existsSync(fresh)).toBe(true);
  });

  it('does nothing when the folder is not there', async () => {
    await expect(sweepOpenedCopies(path.join(temp, 'bestaat-niet'))).resolves.toBeUndefined();
  });
});
