/**
 * Lifecycle of the main process. The order matters: the user-data folder and
 * the app:// scheme must be settled before `ready`, and the single-instance
 * lock lives in the user-data folder, so the folder is chosen first.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, session, shell } from 'electron';
import { IPC_CHANNELS } from './api';
import { createCapabilities } from './capabilities';
import { guardWindowClose } from './closeGuard';
import { guardWebContents, hardenSession } from './guards';
import { createIpcHandlers, isTrustedSender, registerIpcHandlers } from './ipc';
import { readLaunchOptions } from './launchOptions';
import { buildMenuTemplate, sendMenuCommand } from './menu';
import { APP_ENTRY_URL, APP_ORIGIN, originOf } from './origins';
import { handleAppProtocol, registerAppScheme } from './protocol';
import { watchRenderer } from './rendererRecovery';
import { createMainWindow, defaultPreloadPath, isAppWebContents } from './window';

const launch = readLaunchOptions(process.env, app.isPackaged);
if (launch.userDataPath) app.setPath('userData', launch.userDataPath);
registerAppScheme();

const devOrigin = launch.devRendererUrl ? originOf(launch.devRendererUrl) : null;
const trustedOrigins: readonly string[] = devOrigin ? [APP_ORIGIN, devOrigin] : [APP_ORIGIN];
let mainWindow: BrowserWindow | null = null;

if (!app.requestSingleInstanceLock()) {
  // Two processes on one IndexedDB would fight over it; the first one stays.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow || mainWindow.isDestroyed()) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) =>
    guardWebContents(contents, { trustedOrigins, openExternal: (url) => shell.openExternal(url) }),
  );
  app.on('window-all-closed', () => app.quit());
  app.whenReady().then(start).catch((error: unknown) => {
    dialog.showErrorBox('Klachtenbalie kan niet starten', error instanceof Error ? error.message : String(error));
    app.exit(1);
  });
}

function start(): void {
  // Windows shows an app's notifications only under its AppUserModelID (the installer's appId).
  if (process.platform === 'win32') app.setAppUserModelId('nl.klachtenbalie.app');
  hardenSession(session.defaultSession, trustedOrigins);
  handleAppProtocol(path.join(__dirname, '../renderer'));
  registerIpcHandlers(
    ipcMain,
    (event) => isTrustedSender(event, trustedOrigins, isAppWebContents),
    createIpcHandlers(createCapabilities(launch)),
  );
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildMenuTemplate({
        isPackaged: app.isPackaged,
        isMac: process.platform === 'darwin',
        onCommand: (command, window) =>
          sendMenuCommand(window instanceof BrowserWindow ? window : (BrowserWindow.getFocusedWindow() ?? mainWindow), command),
      }),
    ),
  );
  mainWindow = openMainWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) mainWindow = openMainWindow();
  });
}

function openMainWindow(): BrowserWindow {
  const iconPath = path.join(app.getAppPath(), 'resources', 'icon.png');
  const window = createMainWindow({
    preloadPath: defaultPreloadPath(__dirname),
    url: launch.devRendererUrl ?? APP_ENTRY_URL,
    ...(existsSync(iconPath) ? { iconPath } : {}),
  });
  guardWindowClose(window, { channel: IPC_CHANNELS.beforeClose });
  watchRenderer(window, { showMessageBox: (parent, options) => dialog.showMessageBox(parent, options), quit: () => app.quit() });
  return window;
}
