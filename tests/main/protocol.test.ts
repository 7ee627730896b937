import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { protocol } from './electronMock';
import { handleAppProtocol, registerAppScheme, resolveAppRequest, serveAppRequest } from '../../src-main/protocol';

vi.mock('electron', () => import('./electronMock'));

const base = mkdtempSync(path.join(tmpdir(), 'kb-protocol-'));
const root = path.join(base, 'renderer');
mkdirSync(path.join(root, 'assets'), { recursive: true });
const files: Record<string, string> = {
  'index.html': 'text/html; charset=utf-8',
  'assets/index-abc.js': 'text/javascript; charset=utf-8',
  'assets/index-abc.css': 'text/css; charset=utf-8',
  'favicon.svg': 'image/svg+xml',
  'assets/logo.png': 'image/png',
  'assets/font.woff2': 'font/woff2',
  'assets/data.json': 'application/json; charset=utf-8',
};
for (const name of Object.keys(files)) writeFileSync(path.join(root, name), `inhoud van ${name}`);
writeFileSync(path.join(base, 'secret.txt'), 'geheim');
symlinkSync(path.join(base, 'secret.txt'), path.join(root, 'escape.txt'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

const get = (url: string, method = 'GET') => serveAppRequest(new Request(url, { method }), root);

describe('scheme registration', () => {
  it('registers app:// as standard and secure, before ready', () => {
    registerAppScheme();
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      {
        scheme: 'app',
        privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: false, stream: true },
      },
    ]);
  });

  it('handles the app scheme with the renderer folder', async () => {
    handleAppProtocol(root);
    const [scheme, handler] = protocol.handle.mock.calls[0] as [string, (request: Request) => Promise<Response>];
    expect(scheme).toBe('app');
    expect((await handler(new Request('app://klachtenbalie/index.html'))).status).toBe(200);
  });
});

describe('path guard', () => {
  it.each(Object.entries(files))('serves %s as %s', async (name, type) => {
    const response = await get(`app://klachtenbalie/${name}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toBe(`inhoud van ${name}`);
  });

  it('serves index.html for the bare origin and ignores query and hash', async () => {
    expect(await (await get('app://klachtenbalie/')).text()).toBe('inhoud van index.html');
    expect(resolveAppRequest('app://klachtenbalie/index.html?x=1#/klacht/1', root)).toMatchObject({ status: 200 });
  });

  it.each([
    'app://klachtenbalie/../secret.txt',
    'app://klachtenbalie/assets/../../secret.txt',
    'app://klachtenbalie/%2e%2e/secret.txt',
    'app://klachtenbalie/%2E%2E/%2e%2E/secret.txt',
    'app://klachtenbalie/.%2e/secret.txt',
    'app://klachtenbalie/..%2fsecret.txt',
    'app://klachtenbalie/..%2Fsecret.txt',
    'app://klachtenbalie/..%5csecret.txt',
    'app://klachtenbalie/..\\secret.txt',
    'app://klachtenbalie/%2Fetc%2Fpasswd',
    'app://klachtenbalie//etc/passwd',
    'app://klachtenbalie/C:%5CWindows%5Cwin.ini',
    'app://klachtenbalie/C:/Windows/win.ini',
    'app://klachtenbalie/index.html%00.png',
    'app://klachtenbalie/%E0%A4%A',
    'app://evil/index.html',
    'app://klachtenbalie.evil/index.html',
    'file:///etc/passwd',
  ])('refuses %s', async (url) => {
    const response = await get(url);
    expect([403, 404]).toContain(response.status);
    expect(await response.text()).not.toContain('geheim');
  });

  it('reports a traversal as 403 and a missing file as 404', async () => {
    expect(resolveAppRequest('app://klachtenbalie/../secret.txt', root).status).toBe(403);
    expect((await get('app://klachtenbalie/assets/missing.js')).status).toBe(404);
  });

  it('refuses a symlink that leads out of the renderer folder', async () => {
    expect((await get('app://klachtenbalie/escape.txt')).status).toBe(403);
  });

  it('answers only GET and HEAD', async () => {
    expect((await get('app://klachtenbalie/index.html', 'POST')).status).toBe(405);
    const head = await get('app://klachtenbalie/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});
