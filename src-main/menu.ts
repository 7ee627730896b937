/**
 * The Dutch application menu. App-specific items do nothing here: they only
 * tell the renderer which command was chosen, so keyboard shortcuts and the
 * menu share one code path in the UI.
 */
import type { BaseWindow, BrowserWindow, MenuItemConstructorOptions } from 'electron';
import { IPC_CHANNELS, type MenuCommand } from './api';

export interface MenuOptions {
  isPackaged: boolean;
  isMac: boolean;
  /** Called with the focused window (if any) when an app command is chosen. */
  onCommand(command: MenuCommand, window: BaseWindow | undefined): void;
}

export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const command = (label: string, id: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    id,
    label,
    ...(accelerator ? { accelerator } : {}),
    click: (_item, window) => options.onCommand(id, window),
  });
  const template: MenuItemConstructorOptions[] = [
    {
      label: 'Bestand',
      submenu: [
        command('Nieuwe klacht', 'new-complaint', 'CmdOrCtrl+N'),
        command('Klachtenlijst', 'complaint-list'),
        { type: 'separator' },
        { role: 'quit', label: 'Afsluiten' },
      ],
    },
    {
      label: 'Bewerken',
      submenu: [
        { role: 'undo', label: 'Ongedaan maken' },
        { role: 'redo', label: 'Opnieuw' },
        { type: 'separator' },
        { role: 'cut', label: 'Knippen' },
        { role: 'copy', label: 'Kopiëren' },
        { role: 'paste', label: 'Plakken' },
        { role: 'selectAll', label: 'Alles selecteren' },
      ],
    },
    {
      label: 'Beeld',
      submenu: [
        command('Zoeken', 'search', 'CmdOrCtrl+F'),
        { type: 'separator' },
        { role: 'reload', label: 'Opnieuw laden' },
        // Developer tools would let anyone at the desk run code with the app's access.
        ...(options.isPackaged ? [] : [{ role: 'toggleDevTools', label: 'Ontwikkelhulpmiddelen' } as const]),
        { type: 'separator' },
        { role: 'resetZoom', label: 'Ware grootte' },
        { role: 'zoomIn', label: 'Inzoomen' },
        { role: 'zoomOut', label: 'Uitzoomen' },
        { type: 'separator' },
        { role: 'togglefullscreen', label: 'Volledig scherm' },
      ],
    },
    { label: 'Help', submenu: [command('Over Klachtenbalie', 'about')] },
  ];
  // macOS expects the application menu first; elsewhere it would be an odd extra menu.
  return options.isMac ? [{ role: 'appMenu', label: 'Klachtenbalie' }, ...template] : template;
}

export function sendMenuCommand(window: Pick<BrowserWindow, 'webContents' | 'isDestroyed'> | null, command: MenuCommand): void {
  if (window && !window.isDestroyed()) window.webContents.send(IPC_CHANNELS.menuCommand, command);
}
