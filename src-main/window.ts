/**
 * The one application window. Every web preference that widens what the page
 * can reach is switched off here explicitly, so a change of Electron defaults
 * can never switch it back on.
 */
import path from 'node:path';
import { BrowserWindow, type WebContents } from 'electron';

const appContents = new WeakSet<WebContents>();

/** The built layout: out/main/index.js next to out/preload/preload.cjs. */
export function defaultPreloadPath(mainDir: string): string {
  return path.join(mainDir, '../preload/preload.cjs');
}

export function createMainWindow(options: { preloadPath: string; url: string; iconPath?: string }): BrowserWindow {
  // One literal, not built elsewhere, so a reviewer and electronegativity both see every setting.
  const window = new BrowserWindow({
    title: 'Klachtenbalie',
    width: 1280,
    height: 800,
    minWidth: 960,
    minHeight: 600,
    // Shown on ready-to-show so the user never sees an empty white frame.
    show: false,
    backgroundColor: '#ffffff',
    ...(options.iconPath ? { icon: options.iconPath } : {}),
    webPreferences: {
      preload: options.preloadPath,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
    },
  });
  appContents.add(window.webContents);
  window.once('ready-to-show', () => window.show());
  window.loadURL(options.url).catch((error: unknown) => console.error('Laden van de app mislukt:', error));
  return window;
}

/** True only for the webContents of a window this module created. */
export function isAppWebContents(contents: WebContents): boolean {
  return appContents.has(contents);
}
