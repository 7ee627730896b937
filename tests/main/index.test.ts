import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS, PUSH_CHANNELS } from '../../src-main/api';

vi.mock('electron', () => import('./electronMock'));

// Removed once at the end: the attachment store opens its folder asynchronously after ready.
const base = mkdtempSync(path.join(tmpdir(), 'kb-userdata-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

let userData: string;
beforeEach(() => {
  userData = mkdtempSync(path.join(base, 'run-'));
  vi.stubEnv('KLACHTENBALIE_USER_DATA', userData);
  vi.stubEnv('KLACHTENBALIE_DEMO_SEED', undefined);
  vi.stubEnv('ELECTRON_RENDERER_URL', undefined);
});
afterEach(() => {
  vi.unstubAllEnvs();
});

/** Starts src-main/index.ts afresh against a fresh electron mock; `prepare` runs before it loads. */
async function launch(prepare: (electron: typeof import('./electronMock')) => void = () => undefined) {
  vi.resetModules();
  // The same module object src-main sees: the mock registry outlives resetModules.
  const electron = (await import('electron')) as unknown as typeof import('./electronMock');
  electron.resetElectronMock();
  prepare(electron);
  await import('../../src-main/index');
  return electron;
}

async function ready(electron: typeof import('./electronMock')) {
  electron.emitReady();
  await new Promise((resolve) => setTimeout(resolve, 0));
  const window = electron.FakeBrowserWindow.instances[0];
  if (!window) throw new Error('geen venster');
  return window;
}

describe('main process lifecycle', () => {
  it('settles the user-data folder and the app:// scheme before ready, folder before the lock', async () => {
    const { app, protocol } = await launch();
    expect(app.setPath).toHaveBeenCalledWith('userData', userData);
    expect(app.setPath.mock.invocationCallOrder[0]).toBeLessThan(app.requestSingleInstanceLock.mock.invocationCallOrder[0]!);
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledOnce();
    expect(protocol.handle).not.toHaveBeenCalled();
  });

  it('quits a second instance at once', async () => {
    const { app, ipcMain } = await launch(({ app }) => app.requestSingleInstanceLock.mockReturnValue(false));
    expect(app.quit).toHaveBeenCalled();
    expect(app.whenReady).not.toHaveBeenCalled();
    expect(ipcMain.handle).not.toHaveBeenCalled();
  });

  it('on ready hardens the session, serves app://, registers IPC, sets the menu and opens the app', async () => {
    const electron = await launch();
    const window = await ready(electron);
    expect(electron.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(electron.session.defaultSession.setPermissionCheckHandler).toHaveBeenCalled();
    expect(electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    // Every invoke channel of the contract; the push channels go the other way.
    expect(electron.ipcMain.handle).toHaveBeenCalledTimes(Object.keys(IPC_CHANNELS).length - PUSH_CHANNELS.length);
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalled();
    expect(window.loadURL).toHaveBeenCalledWith('app://klachtenbalie/index.html');
    const preload = (window.options.webPreferences as { preload: string }).preload.replace(/\\/g, '/');
    expect(preload.endsWith('/preload/preload.cjs')).toBe(true);
  });

  it('reloads the app window when its page crashes, and tells the user through a message box on that window', async () => {
    const electron = await launch();
    const window = await ready(electron);
    window.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 });
    expect(window.webContents.reload).toHaveBeenCalledOnce();
    expect(electron.dialog.showMessageBox).toHaveBeenCalledWith(window, expect.objectContaining({ title: 'Klachtenbalie is opnieuw geladen' }));
  });

  it('focuses and restores the first window when a second start is attempted', async () => {
    const electron = await launch();
    const window = await ready(electron);
    window.minimized = true;
    electron.app.emit('second-instance', {}, [], '/');
    expect(window.restore).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
  });

  it('guards every webContents that is created and quits when the last window closes', async () => {
    const electron = await launch();
    const contents = new electron.FakeWebContents();
    electron.app.emit('web-contents-created', {}, contents);
    expect(contents.windowOpenHandler?.({ url: 'https://example.nl' })).toEqual({ action: 'deny' });
    electron.app.emit('window-all-closed');
    expect(electron.app.quit).toHaveBeenCalled();
  });

  it('passes the demo seed to the renderer only through getAppInfo', async () => {
    vi.stubEnv('KLACHTENBALIE_DEMO_SEED', '250');
    const electron = await launch();
    const window = await ready(electron);
    const [, handler] = electron.ipcMain.handle.mock.calls.find(([channel]) => channel === IPC_CHANNELS.getAppInfo) as [
      string,
      (event: unknown) => Promise<{ demoSeedCount: number | null; userDataPath: string }>,
    ];
    const event = { sender: window.webContents, senderFrame: { url: 'app://klachtenbalie/index.html', parent: null } };
    await expect(handler(event)).resolves.toMatchObject({ demoSeedCount: 250 });
  });

  it('loads the dev server in electron-vite dev, but never in a packaged app', async () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173/');
    expect((await ready(await launch())).loadURL).toHaveBeenCalledWith('http://localhost:5173/');
    const packaged = await ready(await launch(({ app }) => void (app.isPackaged = true)));
    expect(packaged.loadURL).toHaveBeenCalledWith('app://klachtenbalie/index.html');
  });
});
