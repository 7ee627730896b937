import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeBrowserWindow, FakeWebContents, resetElectronMock } from './electronMock';
import { createMainWindow, defaultPreloadPath, isAppWebContents } from '../../src-main/window';

vi.mock('electron', () => import('./electronMock'));

beforeEach(resetElectronMock);

function optionsOf(preloadPath = '/p.cjs', iconPath?: string) {
  const window = createMainWindow({ preloadPath, url: 'app://klachtenbalie/index.html', ...(iconPath ? { iconPath } : {}) });
  return (window as unknown as FakeBrowserWindow).options as { webPreferences?: Record<string, unknown> } & Record<string, unknown>;
}

describe('window options', () => {
  it('locks every web preference down, exactly as required', () => {
    const options = optionsOf('/app/out/preload/preload.cjs');
    expect(options.webPreferences).toStrictEqual({
      preload: '/app/out/preload/preload.cjs',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
    });
    expect(options.webPreferences).not.toHaveProperty('enableBlinkFeatures');
  });

  it('has the Dutch title, a sensible size and waits for ready-to-show', () => {
    const options = optionsOf();
    expect(options).toMatchObject({ title: 'Klachtenbalie', width: 1280, height: 800, show: false });
    expect(options.minWidth).toBeLessThan(1280);
    expect(options.minHeight).toBeLessThan(800);
    expect(options).not.toHaveProperty('icon');
    expect(optionsOf('/p.cjs', '/app/resources/icon.png').icon).toBe('/app/resources/icon.png');
  });

  it('finds the built preload next to the built main folder', () => {
    expect(defaultPreloadPath('/app/out/main').replace(/\\/g, '/')).toBe('/app/out/preload/preload.cjs');
  });
});

describe('createMainWindow', () => {
  it('loads the given URL and shows the window only on ready-to-show', () => {
    const window = createMainWindow({ preloadPath: '/p.cjs', url: 'app://klachtenbalie/index.html' }) as unknown as FakeBrowserWindow;
    expect(window.loadURL).toHaveBeenCalledWith('app://klachtenbalie/index.html');
    expect(window.show).not.toHaveBeenCalled();
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalledOnce();
  });

  it('recognises only its own webContents as the app', () => {
    const window = createMainWindow({ preloadPath: '/p.cjs', url: 'app://klachtenbalie/index.html' }) as unknown as FakeBrowserWindow;
    const contents = window.webContents as unknown as Parameters<typeof isAppWebContents>[0];
    expect(isAppWebContents(contents)).toBe(true);
    expect(isAppWebContents(new FakeWebContents() as unknown as typeof contents)).toBe(false);
  });
});
