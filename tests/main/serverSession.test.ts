/**
 * The session cookie kept between starts: only encrypted by the system's key
 * store (Electron's safeStorage, mocked here), never as plain text, and not at
 * all where there is no real key store.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ServerRequest } from '../../src-main/api';
import { createSessionFile, type SecretBox } from '../../src-main/serverSession';
import { startHttpServer } from '../unit/support/httpServer';

vi.mock('electron', () => import('./electronMock'));

const base = mkdtempSync(path.join(tmpdir(), 'kb-serversessie-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));
let folder: string;
beforeEach(() => {
  folder = mkdtempSync(path.join(base, 'run-'));
});

const SECRET = 'YW5uYTo2OTk5OkdFSEVJTQ';
const OFFICE = 'https://couch.kantoor.nl:6984';

/** Stands in for safeStorage: "encrypts" by flipping every byte behind a marker, so plain text never shows. */
function fakeBox(options: { available?: boolean; backend?: string } = {}): SecretBox & { [K in keyof SecretBox]-?: ReturnType<typeof vi.fn> } {
  return {
    isAsyncEncryptionAvailable: vi.fn(async () => options.available ?? true),
    encryptStringAsync: vi.fn(async (text: string) => Buffer.concat([Buffer.from('v10'), Buffer.from(text).map((byte) => byte ^ 0xff)])),
    decryptStringAsync: vi.fn(async (encrypted: Buffer) => {
      if (encrypted.subarray(0, 3).toString() !== 'v10') throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
      return { result: Buffer.from(encrypted.subarray(3).map((byte) => byte ^ 0xff)).toString(), shouldReEncrypt: false };
    }),
    getSelectedStorageBackend: vi.fn(() => options.backend ?? 'gnome_libsecret'),
  } as never;
}

describe('session file', () => {
  it('keeps the session encrypted, for its own origin only, and forgets it when the session ends', async () => {
    const file = path.join(folder, 'serversessie.bin');
    const box = fakeBox();
    const sessions = createSessionFile(file, box, 'linux');
    await sessions.save(OFFICE, SECRET);
    const onDisk = readFileSync(file);
    expect(onDisk.toString('latin1')).not.toContain(SECRET);
    expect(onDisk.toString('latin1')).not.toContain('couch.kantoor.nl');
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(box.encryptStringAsync).toHaveBeenCalledOnce();

    // A restart: a new reader of the same file.
    const again = createSessionFile(file, box, 'linux');
    await expect(again.load(OFFICE)).resolves.toBe(SECRET);
    await expect(again.load('https://elders.example')).resolves.toBeNull();

    await again.save(OFFICE, null);
    expect(existsSync(file)).toBe(false);
    await expect(again.load(OFFICE)).resolves.toBeNull();
  });

  it('writes nothing without a real key store, and removes an older session then', async () => {
    for (const [box, platform] of [
      [fakeBox({ available: false }), 'win32'],
      [fakeBox({ backend: 'basic_text' }), 'linux'],
      [fakeBox({ backend: 'unknown' }), 'linux'],
    ] as const) {
      const file = path.join(folder, `${platform}-${box.getSelectedStorageBackend()}.bin`);
      await createSessionFile(file, fakeBox(), platform).save(OFFICE, 'ouder');
      expect(existsSync(file)).toBe(true);
      const sessions = createSessionFile(file, box, platform);
      await sessions.save(OFFICE, SECRET);
      expect(existsSync(file)).toBe(false);
      expect(box.encryptStringAsync).not.toHaveBeenCalled();
    }
  });

  it('treats a file it cannot decrypt as no session, and removes it', async () => {
    const file = path.join(folder, 'serversessie.bin');
    writeFileSync(file, 'AuthSession=leesbaar');
    const sessions = createSessionFile(file, fakeBox(), 'darwin');
    await expect(sessions.load(OFFICE)).resolves.toBeNull();
    expect(existsSync(file)).toBe(false);
  });

  it('writes sessions in the order they came in', async () => {
    const file = path.join(folder, 'serversessie.bin');
    const sessions = createSessionFile(file, fakeBox(), 'darwin');
    await Promise.all([sessions.save(OFFICE, 'een'), sessions.save(OFFICE, 'twee'), sessions.save(OFFICE, null), sessions.save(OFFICE, 'drie')]);
    await expect(sessions.load(OFFICE)).resolves.toBe('drie');
  });
});

describe('the main process keeps the session across a restart', () => {
  it('with safeStorage available: signs in once, and the next start sends the saved session', async () => {
    const electron = (await import('electron')) as unknown as typeof import('./electronMock');
    electron.resetElectronMock();
    electron.app.setPath('userData', folder);
    electron.app.setPath('documents', path.join(folder, 'documenten'));
    const box = fakeBox();
    electron.safeStorage.isAsyncEncryptionAvailable.mockImplementation(box.isAsyncEncryptionAvailable);
    electron.safeStorage.encryptStringAsync.mockImplementation(box.encryptStringAsync);
    electron.safeStorage.decryptStringAsync.mockImplementation(box.decryptStringAsync);
    electron.safeStorage.getSelectedStorageBackend.mockImplementation(box.getSelectedStorageBackend);

    const cookies: (string | undefined)[] = [];
    const server = await startHttpServer((request, response) => {
      cookies.push(request.headers.cookie);
      if (request.method === 'POST') response.setHeader('Set-Cookie', `AuthSession=${SECRET}; Version=1; Path=/; HttpOnly`);
      response.end('{"ok":true}');
    });
    const { createCapabilities } = await import('../../src-main/capabilities');
    const launch = { userDataPath: folder, demoSeedCount: null, devRendererUrl: null };
    const request = (method: ServerRequest['method'], url: string): ServerRequest => ({ id: 'c'.repeat(32), method, url, headers: {}, body: null, timeoutMs: 5_000 });
    try {
      const first = createCapabilities(launch);
      await first.setServerOrigin(server.url);
      await first.serverRequest(request('POST', `${server.url}_session`));
      const file = path.join(folder, 'serversessie.bin');
      await vi.waitFor(() => expect(existsSync(file)).toBe(true));
      expect(readFileSync(file).toString('latin1')).not.toContain(SECRET);

      const afterRestart = createCapabilities(launch);
      await afterRestart.setServerOrigin(server.url);
      await afterRestart.serverRequest(request('GET', `${server.url}klachtenbalie`));
      expect(cookies).toEqual([undefined, `AuthSession=${SECRET}`]);
    } finally {
      await server.close();
    }
  });
});
