/**
 * A stand-in for the `electron` module: the binary is not installed here, and
 * importing the real package would try to download it. Use it with
 *   vi.mock('electron', () => import('./electronMock'));
 * Only what src-main touches is modelled; state is reset with resetElectronMock().
 */
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

export class FakeWebContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => unknown) | undefined;
  readonly send = vi.fn();
  readonly reload = vi.fn();
  readonly forcefullyCrashRenderer = vi.fn();
  setWindowOpenHandler(handler: (details: { url: string }) => unknown): void {
    this.windowOpenHandler = handler;
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static instances: FakeBrowserWindow[] = [];
  static focused: FakeBrowserWindow | null = null;
  readonly webContents = new FakeWebContents();
  readonly loadURL = vi.fn(async (_url: string) => undefined);
  readonly show = vi.fn();
  readonly focus = vi.fn();
  readonly restore = vi.fn();
  minimized = false;
  destroyed = false;

  constructor(readonly options: Record<string, unknown>) {
    super();
    FakeBrowserWindow.instances.push(this);
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  static fromWebContents(contents: unknown): FakeBrowserWindow | null {
    return FakeBrowserWindow.instances.find((window) => window.webContents === contents) ?? null;
  }
  static getAllWindows(): FakeBrowserWindow[] {
    return [...FakeBrowserWindow.instances];
  }
  static getFocusedWindow(): FakeBrowserWindow | null {
    return FakeBrowserWindow.focused;
  }
}

export class FakeSession {
  readonly setPermissionRequestHandler = vi.fn();
  readonly setPermissionCheckHandler = vi.fn();
  readonly setDevicePermissionHandler = vi.fn();
}

let resolveReady: () => void = () => undefined;
const paths = new Map<string, string>();

export const app = Object.assign(new EventEmitter(), {
  isPackaged: false,
  ready: new Promise<void>((resolve) => (resolveReady = resolve)),
  getName: vi.fn(() => 'Klachtenbalie'),
  getVersion: vi.fn(() => '0.1.0'),
  getAppPath: vi.fn(() => '/nonexistent/app'),
  getPath: vi.fn((name: string) => paths.get(name) ?? `/nonexistent/${name}`),
  setPath: vi.fn((name: string, value: string) => void paths.set(name, value)),
  requestSingleInstanceLock: vi.fn(() => true),
  quit: vi.fn(),
  exit: vi.fn(),
  whenReady: vi.fn(() => app.ready),
  setBadgeCount: vi.fn(() => true),
  setAppUserModelId: vi.fn(),
});

/** Lets `app.whenReady()` resolve, as Electron does once it has started. */
export function emitReady(): void {
  resolveReady();
}

export const protocol = { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() };
export const ipcMain = { handle: vi.fn() };
export const session = { defaultSession: new FakeSession() };
export const shell = {
  openExternal: vi.fn(async (_url: string) => undefined),
  // Electron resolves to '' when the program started, else to the system's error text.
  openPath: vi.fn(async (_path: string) => ''),
};
export const dialog = { showSaveDialog: vi.fn(), showErrorBox: vi.fn(), showMessageBox: vi.fn(async () => ({ response: 0, checkboxChecked: false })) };
export const Menu = { buildFromTemplate: vi.fn((template: unknown) => ({ template })), setApplicationMenu: vi.fn() };
export const contextBridge = { exposeInMainWorld: vi.fn() };
export const ipcRenderer = Object.assign(new EventEmitter(), { invoke: vi.fn(async (..._args: unknown[]) => undefined) });
export const BrowserWindow = FakeBrowserWindow;
/** No key store by default, as on a Linux desktop without one: nothing secret is written. */
export const safeStorage = {
  isAsyncEncryptionAvailable: vi.fn(async () => false),
  encryptStringAsync: vi.fn(async (_plainText: string): Promise<Buffer> => {
    throw new Error('Encryption is not available.');
  }),
  decryptStringAsync: vi.fn(async (_encrypted: Buffer): Promise<{ result: string; shouldReEncrypt: boolean }> => {
    throw new Error('Decryption is not available.');
  }),
  getSelectedStorageBackend: vi.fn(() => 'basic_text'),
};
export const Notification = Object.assign(vi.fn(), { isSupported: vi.fn(() => false) });

export function resetElectronMock(): void {
  vi.clearAllMocks();
  FakeBrowserWindow.instances = [];
  FakeBrowserWindow.focused = null;
  paths.clear();
  app.removeAllListeners();
  ipcRenderer.removeAllListeners();
  app.isPackaged = false;
  app.ready = new Promise<void>((resolve) => (resolveReady = resolve));
  app.requestSingleInstanceLock.mockImplementation(() => true);
  session.defaultSession = new FakeSession();
}

export default { app, protocol, ipcMain, session, shell, dialog, Menu, contextBridge, ipcRenderer, BrowserWindow, safeStorage };
