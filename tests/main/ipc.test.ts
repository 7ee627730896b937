import type { IpcMainInvokeEvent, WebContents } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS, MAX_ATTACHMENT_BYTES, MAX_SERVER_REQUEST_BYTES, MAX_SWEEP_REFERENCES, type NotifyRequest, type ServerRequest, type OpenAttachmentRequest, type SaveAttachmentRequest, type SaveFileRequest } from '../../src-main/api';
import { createIpcHandlers, isTrustedSender, registerIpcHandlers, type IpcCapabilities } from '../../src-main/ipc';

const TRUSTED = ['app://klachtenbalie'];
const ourContents = { id: 1 } as unknown as WebContents;
const isOurs = (contents: WebContents) => contents === ourContents;

function event(url: string, options: { subframe?: boolean; contents?: WebContents; noFrame?: boolean } = {}) {
  const senderFrame = options.noFrame ? null : { url, parent: options.subframe ? { url } : null };
  return { sender: options.contents ?? ourContents, senderFrame } as unknown as IpcMainInvokeEvent;
}

describe('sender check', () => {
  it('accepts the top frame of our window at app://klachtenbalie', () => {
    expect(isTrustedSender(event('app://klachtenbalie/index.html'), TRUSTED, isOurs)).toBe(true);
  });

  it('rejects a subframe, even at our own origin', () => {
    expect(isTrustedSender(event('app://klachtenbalie/index.html', { subframe: true }), TRUSTED, isOurs)).toBe(false);
  });

  it.each(['https://evil.example/', 'file:///home/user/index.html', 'app://evil/index.html', 'http://localhost:5173/', 'about:blank', ''])(
    'rejects a top frame at %s',
    (url) => {
      expect(isTrustedSender(event(url), TRUSTED, isOurs)).toBe(false);
    },
  );

  it('rejects another webContents and a missing or destroyed frame', () => {
    const other = { id: 2 } as unknown as WebContents;
    expect(isTrustedSender(event('app://klachtenbalie/index.html', { contents: other }), TRUSTED, isOurs)).toBe(false);
    expect(isTrustedSender(event('', { noFrame: true }), TRUSTED, isOurs)).toBe(false);
    const destroyed = {
      sender: ourContents,
      get senderFrame(): never {
        throw new Error('Render frame was disposed');
      },
    } as unknown as IpcMainInvokeEvent;
    expect(isTrustedSender(destroyed, TRUSTED, isOurs)).toBe(false);
  });

  it('accepts the dev server origin only when it is listed', () => {
    expect(isTrustedSender(event('http://localhost:5173/'), [...TRUSTED, 'http://localhost:5173'], isOurs)).toBe(true);
  });
});

type Invoke = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>;

function setup(trusted = true) {
  const capabilities = {
    getAppInfo: vi.fn(() => ({
      name: 'Klachtenbalie',
      version: '0.1.0',
      userDataPath: '/u',
      platform: 'linux',
      electronVersion: '45.4.1',
      demoSeedCount: null,
    })),
    saveFile: vi.fn(async (_request: SaveFileRequest, _sender: WebContents) => ({ saved: false as const })),
    putAttachment: vi.fn(async (bytes: Uint8Array) => ({ sha256: 'a'.repeat(64), size: bytes.byteLength })),
    getAttachment: vi.fn(async () => new Uint8Array([1])),
    openAttachment: vi.fn(async (_request: OpenAttachmentRequest) => ({ opened: true as const })),
    notify: vi.fn(async (_request: NotifyRequest, _sender: WebContents) => true),
    setBadgeCount: vi.fn(async (_count: number) => undefined),
    backupLocation: vi.fn(async () => ({ label: '/docs/Klachtenbalie back-ups', canChoose: true, writable: true })),
    chooseBackupFolder: vi.fn(async (_sender: WebContents) => null),
    listBackups: vi.fn(async () => []),
    beginBackup: vi.fn(async () => TOKEN),
    writeBackup: vi.fn(async (_token: string, _bytes: Uint8Array) => undefined),
    commitBackup: vi.fn(async (request: { name: string }) => ({ name: request.name, size: 3, modifiedAt: '2026-12-07T09:30:00.000Z' })),
    abortBackup: vi.fn(async (_token: string) => undefined),
    removeBackup: vi.fn(async (_name: string) => undefined),
    openBackup: vi.fn(async (name: string) => ({ token: TOKEN, name, size: 3 })),
    pickBackupFile: vi.fn(async (_sender: WebContents) => null),
    readBackup: vi.fn(async () => new Uint8Array([1])),
    closeBackup: vi.fn(async (_token: string) => undefined),
    closeAnswer: vi.fn(async (_closeAtOnce: boolean, _sender: WebContents) => undefined),
    saveAttachment: vi.fn(async (_request: SaveAttachmentRequest, _sender: WebContents) => ({ saved: false as const })),
    sweepAttachments: vi.fn(async (_referenced: string[]) => ({ removed: 0, tempsRemoved: 0, waiting: 0 })),
    deleteAttachments: vi.fn(async (sha256s: string[]) => sha256s.length),
    setServerOrigin: vi.fn(async (_url: string) => undefined),
    serverRequest: vi.fn(async (_request: ServerRequest) => ({ ok: true as const, status: 200, statusText: 'OK', headers: [] as [string, string][], body: new Uint8Array() })),
    cancelServerRequest: vi.fn(async (_id: string) => undefined),
  } satisfies IpcCapabilities;
  const handlers = new Map<string, Invoke>();
  const ipcMain = { handle: vi.fn((channel: string, listener: Invoke) => void handlers.set(channel, listener)) };
  registerIpcHandlers(ipcMain as never, () => trusted, createIpcHandlers(capabilities));
  /** Calls a handler the way ipcMain would, failing the test if it throws synchronously. */
  const invoke = (channel: string, ...args: unknown[]): Promise<unknown> => {
    let result: Promise<unknown> | undefined;
    expect(() => {
      result = handlers.get(channel)!(event('app://klachtenbalie/index.html'), ...args);
    }).not.toThrow();
    return result!;
  };
  return { capabilities, handlers, invoke };
}

const HASH = 'ab'.repeat(32);
const TOKEN = 'cd'.repeat(16);
const BACKUP = 'klachtenbalie-2026-12-07-093000.klachtenbalie';
const REQUEST_ID = 'ef'.repeat(16);
const SERVER_REQUEST: ServerRequest = {
  id: REQUEST_ID,
  method: 'POST',
  url: 'https://couch.kantoor.nl:6984/klachtenbalie/_bulk_docs',
  headers: { Accept: 'application/json', 'content-type': 'application/json', 'If-Match': '1-abc' },
  body: '{"docs":[]}',
  timeoutMs: 90_000,
};
const REMINDER = {
  title: 'Termijn verlopen: Ontvangstbevestiging',
  body: 'K-2026-0085, Noël de Graaf. Uiterlijk 13-11-2026.',
  target: { complaintId: '019a1b2c-3d4e-7f00-8123-456789abcdef', kind: 'acknowledgement', itemId: null },
};

beforeEach(() => {
  // The handlers log every refusal; that is wanted in the app, noise here.
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  return () => vi.restoreAllMocks();
});

describe('registered handlers', () => {
  it('handles every invoke channel of the contract and nothing else', () => {
    const { handlers } = setup();
    const { menuCommand, notificationClick, beforeClose, ...invokeChannels } = IPC_CHANNELS;
    expect([...handlers.keys()].sort()).toEqual(Object.values(invokeChannels).sort());
    expect(handlers.has(menuCommand)).toBe(false);
    expect(handlers.has(notificationClick)).toBe(false);
    expect(handlers.has(beforeClose)).toBe(false);
  });

  it('refuses an untrusted sender before looking at the input', async () => {
    const { invoke, capabilities } = setup(false);
    await expect(invoke(IPC_CHANNELS.getAppInfo)).rejects.toThrow(/Geweigerd/);
    await expect(invoke(IPC_CHANNELS.getAttachment, HASH)).rejects.toThrow(/Geweigerd/);
    expect(capabilities.getAttachment).not.toHaveBeenCalled();
    await expect(invoke(IPC_CHANNELS.setServerOrigin, 'https://couch.kantoor.nl/')).rejects.toThrow(/Geweigerd/);
    await expect(invoke(IPC_CHANNELS.serverRequest, SERVER_REQUEST)).rejects.toThrow(/Geweigerd/);
    expect(capabilities.setServerOrigin).not.toHaveBeenCalled();
    expect(capabilities.serverRequest).not.toHaveBeenCalled();
  });

  it('passes valid input to the capability', async () => {
    const { invoke, capabilities } = setup();
    const bytes = new Uint8Array([1, 2, 3]);
    await expect(invoke(IPC_CHANNELS.getAppInfo)).resolves.toMatchObject({ name: 'Klachtenbalie' });
    await expect(invoke(IPC_CHANNELS.putAttachment, { bytes })).resolves.toEqual({ sha256: 'a'.repeat(64), size: 3 });
    await expect(invoke(IPC_CHANNELS.getAttachment, HASH)).resolves.toEqual(new Uint8Array([1]));
    await expect(invoke(IPC_CHANNELS.saveFile, { suggestedName: 'brief.docx', bytes })).resolves.toEqual({ saved: false });
    await expect(invoke(IPC_CHANNELS.openAttachment, { sha256: HASH, name: 'factuur.pdf' })).resolves.toEqual({ opened: true });
    expect(capabilities.getAttachment).toHaveBeenCalledWith(HASH);
    expect(capabilities.openAttachment).toHaveBeenCalledWith({ sha256: HASH, name: 'factuur.pdf' });
    expect(capabilities.saveFile.mock.calls[0]?.[0]).toEqual({ suggestedName: 'brief.docx', bytes });
    await expect(invoke(IPC_CHANNELS.notify, REMINDER)).resolves.toBe(true);
    await expect(invoke(IPC_CHANNELS.notify, { ...REMINDER, target: null })).resolves.toBe(true);
    await expect(invoke(IPC_CHANNELS.setBadgeCount, 12)).resolves.toBeUndefined();
    expect(capabilities.notify.mock.calls[0]?.[0]).toEqual(REMINDER);
    expect(capabilities.setBadgeCount).toHaveBeenCalledWith(12);
    const save = { sha256: HASH, name: 'setup.exe', confirmedRunnable: false };
    await expect(invoke(IPC_CHANNELS.saveAttachment, save)).resolves.toEqual({ saved: false });
    expect(capabilities.saveAttachment.mock.calls[0]?.[0]).toEqual(save);
    await expect(invoke(IPC_CHANNELS.sweepAttachments, { referenced: [HASH] })).resolves.toEqual({ removed: 0, tempsRemoved: 0, waiting: 0 });
    expect(capabilities.sweepAttachments).toHaveBeenCalledWith([HASH]);
    await expect(invoke(IPC_CHANNELS.deleteAttachments, { sha256s: [HASH] })).resolves.toBe(1);
    expect(capabilities.deleteAttachments).toHaveBeenCalledWith([HASH]);
  });

  it('accepts the references of a large office (100,000 pinned files) to sweep against', async () => {
    const { invoke, capabilities } = setup();
    const referenced = Array.from({ length: 100_000 }, (_, i) => i.toString(16).padStart(64, '0'));
    await invoke(IPC_CHANNELS.sweepAttachments, { referenced });
    expect(capabilities.sweepAttachments.mock.calls[0]?.[0]).toHaveLength(100_000);
  });

  it('refuses a list of references beyond any office, without sweeping', async () => {
    const { invoke, capabilities } = setup();
    const referenced = new Array<string>(MAX_SWEEP_REFERENCES + 1).fill(HASH);
    await expect(invoke(IPC_CHANNELS.sweepAttachments, { referenced })).rejects.toThrow(/Ongeldige aanvraag \(referenced\)/);
    expect(capabilities.sweepAttachments).not.toHaveBeenCalled();
  });

  it('passes valid backup calls to the capability', async () => {
    const { invoke, capabilities } = setup();
    await expect(invoke(IPC_CHANNELS.beginBackup)).resolves.toBe(TOKEN);
    await invoke(IPC_CHANNELS.writeBackup, { token: TOKEN, bytes: new Uint8Array([1, 2]) });
    expect(capabilities.writeBackup).toHaveBeenCalledWith(TOKEN, new Uint8Array([1, 2]));
    await expect(invoke(IPC_CHANNELS.commitBackup, { token: TOKEN, name: BACKUP })).resolves.toMatchObject({ name: BACKUP });
    await expect(invoke(IPC_CHANNELS.openBackup, BACKUP)).resolves.toEqual({ token: TOKEN, name: BACKUP, size: 3 });
    await expect(invoke(IPC_CHANNELS.readBackup, { token: TOKEN, offset: 0, length: 10 })).resolves.toEqual(new Uint8Array([1]));
    await invoke(IPC_CHANNELS.removeBackup, 'klachtenbalie-2026-12-07-093000-voor-terugzetten.klachtenbalie');
    expect(capabilities.removeBackup).toHaveBeenCalledWith('klachtenbalie-2026-12-07-093000-voor-terugzetten.klachtenbalie');
  });

  it('passes valid server calls to the capability', async () => {
    const { invoke, capabilities } = setup();
    await invoke(IPC_CHANNELS.setServerOrigin, 'https://couch.kantoor.nl:6984/');
    expect(capabilities.setServerOrigin).toHaveBeenCalledWith('https://couch.kantoor.nl:6984/');
    await expect(invoke(IPC_CHANNELS.serverRequest, SERVER_REQUEST)).resolves.toMatchObject({ ok: true, status: 200 });
    expect(capabilities.serverRequest).toHaveBeenCalledWith(SERVER_REQUEST);
    const bytes = { ...SERVER_REQUEST, method: 'PUT', body: new Uint8Array([1, 2]) };
    await invoke(IPC_CHANNELS.serverRequest, bytes);
    await invoke(IPC_CHANNELS.serverRequest, { ...SERVER_REQUEST, method: 'HEAD', headers: {}, body: null });
    await invoke(IPC_CHANNELS.cancelServerRequest, REQUEST_ID);
    expect(capabilities.cancelServerRequest).toHaveBeenCalledWith(REQUEST_ID);
  });

  it('refuses a server request body above 64 MB, as text or as bytes, without making it', async () => {
    const { invoke, capabilities } = setup();
    const bytes = new Uint8Array(MAX_SERVER_REQUEST_BYTES + 1);
    await expect(invoke(IPC_CHANNELS.serverRequest, { ...SERVER_REQUEST, body: bytes })).rejects.toThrow(/Ongeldige aanvraag \(body\).*64 MB/);
    // 22 M characters of three bytes each: under the cap counted in characters, over it in bytes.
    const text = '€'.repeat(Math.ceil(MAX_SERVER_REQUEST_BYTES / 3) + 1);
    await expect(invoke(IPC_CHANNELS.serverRequest, { ...SERVER_REQUEST, body: text })).rejects.toThrow(/Ongeldige aanvraag \(body\)/);
    await expect(invoke(IPC_CHANNELS.serverRequest, { ...SERVER_REQUEST, body: 'x'.repeat(MAX_SERVER_REQUEST_BYTES + 1) })).rejects.toThrow(/Ongeldige aanvraag/);
    expect(capabilities.serverRequest).not.toHaveBeenCalled();
  });

  const bad: [string, unknown[]][] = [
    [IPC_CHANNELS.getAppInfo, ['extra']],
    [IPC_CHANNELS.saveFile, []],
    [IPC_CHANNELS.saveFile, [null]],
    [IPC_CHANNELS.saveFile, [{ suggestedName: 5, bytes: new Uint8Array(1) }]],
    [IPC_CHANNELS.saveFile, [{ suggestedName: '', bytes: new Uint8Array(1) }]],
    [IPC_CHANNELS.saveFile, [{ suggestedName: 'x'.repeat(256), bytes: new Uint8Array(1) }]],
    [IPC_CHANNELS.saveFile, [{ suggestedName: 'a.docx', bytes: [1, 2, 3] }]],
    [IPC_CHANNELS.saveFile, [{ suggestedName: 'a.docx', bytes: 'AQID' }]],
    [IPC_CHANNELS.saveFile, [{ suggestedName: 'a.docx', bytes: new Uint8Array(1), filters: [{ name: 'x', extensions: ['../exe'] }] }]],
    [IPC_CHANNELS.putAttachment, [{}]],
    [IPC_CHANNELS.putAttachment, [{ bytes: 'not bytes' }]],
    [IPC_CHANNELS.putAttachment, [new Uint8Array(1)]],
    [IPC_CHANNELS.putAttachment, [{ bytes: new Uint8Array(1) }, 'extra']],
    [IPC_CHANNELS.getAttachment, ['abc']],
    [IPC_CHANNELS.getAttachment, [HASH.toUpperCase()]],
    [IPC_CHANNELS.getAttachment, [`../${HASH.slice(3)}`]],
    [IPC_CHANNELS.getAttachment, [`${HASH}\0`]],
    [IPC_CHANNELS.getAttachment, [42]],
    [IPC_CHANNELS.getAttachment, [{ sha256: HASH }]],
    [IPC_CHANNELS.getAttachment, []],
    [IPC_CHANNELS.openAttachment, []],
    [IPC_CHANNELS.openAttachment, [HASH, 'factuur.pdf']],
    [IPC_CHANNELS.openAttachment, [{ sha256: HASH }]],
    [IPC_CHANNELS.openAttachment, [{ sha256: HASH, name: '' }]],
    [IPC_CHANNELS.openAttachment, [{ sha256: HASH, name: 'x'.repeat(256) }]],
    [IPC_CHANNELS.openAttachment, [{ sha256: HASH, name: 42 }]],
    [IPC_CHANNELS.openAttachment, [{ sha256: '../../etc/passwd', name: 'factuur.pdf' }]],
    [IPC_CHANNELS.openAttachment, [{ sha256: HASH.toUpperCase(), name: 'factuur.pdf' }]],
    [IPC_CHANNELS.openAttachment, [{ sha256: HASH, name: 'factuur.pdf' }, 'extra']],
    [IPC_CHANNELS.notify, []],
    [IPC_CHANNELS.notify, [{ title: '', body: '', target: null }]],
    [IPC_CHANNELS.notify, [{ title: 'x'.repeat(121), body: '', target: null }]],
    [IPC_CHANNELS.notify, [{ title: 'Termijn', body: 'x'.repeat(301), target: null }]],
    [IPC_CHANNELS.notify, [{ title: 'Termijn', body: '' }]],
    [IPC_CHANNELS.notify, [{ ...REMINDER, target: { ...REMINDER.target, complaintId: '../../etc' } }]],
    [IPC_CHANNELS.notify, [{ ...REMINDER, target: { ...REMINDER.target, kind: 'javascript:alert(1)' } }]],
    [IPC_CHANNELS.notify, [REMINDER, 'extra']],
    [IPC_CHANNELS.setBadgeCount, []],
    [IPC_CHANNELS.setBadgeCount, [-1]],
    [IPC_CHANNELS.setBadgeCount, [1.5]],
    [IPC_CHANNELS.setBadgeCount, ['3']],
    [IPC_CHANNELS.setBadgeCount, [100_000]],
    [IPC_CHANNELS.beginBackup, ['/tmp/elders']],
    [IPC_CHANNELS.writeBackup, [{ token: 'x', bytes: new Uint8Array(1) }]],
    [IPC_CHANNELS.writeBackup, [{ token: TOKEN, bytes: [1] }]],
    [IPC_CHANNELS.commitBackup, [{ token: TOKEN, name: '../klachtenbalie-2026-12-07-093000.klachtenbalie' }]],
    [IPC_CHANNELS.commitBackup, [{ token: TOKEN, name: 'C:\\Windows\\system32\\x.klachtenbalie' }]],
    [IPC_CHANNELS.commitBackup, [{ token: TOKEN, name: 'register.exe' }]],
    [IPC_CHANNELS.removeBackup, ['../../.ssh/id_rsa']],
    [IPC_CHANNELS.removeBackup, ['klachtenbalie-2026-12-07-093000.klachtenbalie/..']],
    [IPC_CHANNELS.openBackup, ['/etc/passwd']],
    [IPC_CHANNELS.readBackup, [{ token: TOKEN, offset: -1, length: 10 }]],
    [IPC_CHANNELS.readBackup, [{ token: TOKEN, offset: 0, length: 17 * 1024 * 1024 }]],
    [IPC_CHANNELS.readBackup, [{ token: '/etc/passwd', offset: 0, length: 10 }]],
    [IPC_CHANNELS.pickBackupFile, ['/etc/passwd']],
    [IPC_CHANNELS.chooseBackupFolder, ['/']],
    [IPC_CHANNELS.closeAnswer, ['ja']],
    [IPC_CHANNELS.closeAnswer, []],
    [IPC_CHANNELS.saveAttachment, []],
    [IPC_CHANNELS.saveAttachment, [{ sha256: HASH, name: 'setup.exe' }]],
    [IPC_CHANNELS.saveAttachment, [{ sha256: HASH, name: 'setup.exe', confirmedRunnable: 'yes' }]],
    [IPC_CHANNELS.saveAttachment, [{ sha256: '../x', name: 'setup.exe', confirmedRunnable: true }]],
    [IPC_CHANNELS.saveAttachment, [{ sha256: HASH, name: '', confirmedRunnable: true }]],
    [IPC_CHANNELS.saveAttachment, [{ sha256: HASH, name: 'a.pdf', confirmedRunnable: false }, 'extra']],
    [IPC_CHANNELS.sweepAttachments, []],
    [IPC_CHANNELS.sweepAttachments, [[HASH]]],
    [IPC_CHANNELS.sweepAttachments, [{}]],
    [IPC_CHANNELS.sweepAttachments, [{ referenced: [HASH, '../etc'] }]],
    [IPC_CHANNELS.sweepAttachments, [{ referenced: [HASH.toUpperCase()] }]],
    [IPC_CHANNELS.sweepAttachments, [{ referenced: 'all' }]],
    [IPC_CHANNELS.sweepAttachments, [{ referenced: [] }, 'extra']],
    [IPC_CHANNELS.deleteAttachments, [{ sha256s: ['../etc/passwd'] }]],
    [IPC_CHANNELS.deleteAttachments, [{ sha256s: HASH }]],
    [IPC_CHANNELS.setServerOrigin, []],
    [IPC_CHANNELS.setServerOrigin, ['https://anna:geheim@couch.kantoor.nl/']],
    [IPC_CHANNELS.setServerOrigin, ['https://anna@couch.kantoor.nl/']],
    [IPC_CHANNELS.setServerOrigin, ['file:///etc/passwd']],
    [IPC_CHANNELS.setServerOrigin, ['app://klachtenbalie/']],
    [IPC_CHANNELS.setServerOrigin, ['javascript:alert(1)']],
    [IPC_CHANNELS.setServerOrigin, ['couch.kantoor.nl']],
    [IPC_CHANNELS.setServerOrigin, [`https://couch.kantoor.nl/${'x'.repeat(2048)}`]],
    [IPC_CHANNELS.setServerOrigin, [{ url: 'https://couch.kantoor.nl/' }]],
    [IPC_CHANNELS.serverRequest, []],
    [IPC_CHANNELS.serverRequest, [SERVER_REQUEST, 'extra']],
    [IPC_CHANNELS.serverRequest, [{ ...SERVER_REQUEST, method: 'PATCH' }]],
    [IPC_CHANNELS.serverRequest, [{ ...SERVER_REQUEST, method: 'CONNECT' }]],
    [IPC_CHANNELS.serverRequest, [{ ...SERVER_REQUEST, method: 'get' }]],
    [IPC_CHANNELS.serverRequest, [{ ...SERVER_REQUEST, url: 'https://anna:geheim@couch.kantoor.nl:6984/klachtenbalie' }]],
    [IPC_CHANNELS.serverRequest, [{ ...SERVER_REQUEST, url: 'https://anna@couch.kantoor.nl:6984/klachtenbalie' }]],
    [IPC_CHANNELS.serverRequest, [{ ...SERVER_REQUEST, url: 'file:///etc/passwd' }]],
    [IPC_CHANNELS.serverRequest, [{ ...SERVER_REQUEST, url: 'ftp://couch.kantoor.nl/' }]],
    [IPC_CHANNELS.serverRequest, [{ ...SERVER_REQUEST, url: '/klachtenbalie' }]],
    [IPC_CHANNELS.serverRequest, [{ ...SERVER_REQUEST, headers: { Cookie: 'AuthSession=gestolen' } }]],
    [IPC_CHANNELS.serverRequest, [{ ...SERVER_REQUEST, headers: { Authorization: 'Basic YW5uYTpnZWhlaW0=' } }]],
    [IPC_CHANNELS.serverRequest, [{ ...SERVER_REQUEST, headers: { Host: 'elders.example' } }]],
    [IPC_CHANNELS.serverRequest, [{ ...SERVER_REQUEST, headers: { Accept: 'application/json\r\nCookie: x=y' } }]],
    [IPC_CHANNELS.serverRequest, [{ ...SERVER_REQUEST, headers: { Accept: 5 } }]],
    [IPC_CHANNELS.serverRequest, [{ ...SERVER_REQUEST, headers: [['accept', 'application/json']] }]],
    [IPC_CHANNELS.serverRequest, [{ ...SERVER_REQUEST, body: { docs: [] } }]],
    [IPC_CHANNELS.serverRequest, [{ ...SERVER_REQUEST, body: [1, 2, 3] }]],
    [IPC_CHANNELS.serverRequest, [{ ...SERVER_REQUEST, timeoutMs: 0 }]],
    [IPC_CHANNELS.serverRequest, [{ ...SERVER_REQUEST, timeoutMs: 24 * 3600 * 1000 }]],
    [IPC_CHANNELS.serverRequest, [{ ...SERVER_REQUEST, timeoutMs: undefined }]],
    [IPC_CHANNELS.serverRequest, [{ ...SERVER_REQUEST, id: '../1' }]],
    [IPC_CHANNELS.serverRequest, [{ ...SERVER_REQUEST, credentials: 'include' }]],
    [IPC_CHANNELS.cancelServerRequest, []],
    [IPC_CHANNELS.cancelServerRequest, ['alles']],
  ];

  it.each(bad)('%s rejects bad input %j without calling the capability', async (channel, args) => {
    const { invoke, capabilities } = setup();
    await expect(invoke(channel, ...args)).rejects.toThrow(/Ongeldige aanvraag/);
    for (const capability of Object.values(capabilities)) expect(capability).not.toHaveBeenCalled();
  });

  it('rejects an attachment above the size cap with the Dutch message', async () => {
    const { invoke, capabilities } = setup();
    // Zero-filled pages are allocated lazily, so this costs no real memory.
    const tooBig = new Uint8Array(MAX_ATTACHMENT_BYTES + 1);
    await expect(invoke(IPC_CHANNELS.putAttachment, { bytes: tooBig })).rejects.toThrow(/groter dan 250 MB/);
    expect(capabilities.putAttachment).not.toHaveBeenCalled();
  });

  it('turns a failing capability into a plain Error with its message', async () => {
    const { invoke, capabilities } = setup();
    class StoreError extends Error {
      secret = '/home/user';
    }
    capabilities.getAttachment.mockRejectedValueOnce(new StoreError('Bijlage ontbreekt'));
    const error = await invoke(IPC_CHANNELS.getAttachment, HASH).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).constructor).toBe(Error);
    expect((error as Error).message).toBe('Bijlage ontbreekt');
  });
});
