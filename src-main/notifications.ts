/**
 * Reminders as system notifications, and the count on the dock or taskbar.
 * A click brings the asking window forward and tells it where to go; the
 * renderer decides what that target means.
 */
import type { BrowserWindow, NotificationConstructorOptions, WebContents } from 'electron';
import { IPC_CHANNELS, type NotifyRequest } from './api';

interface ShownNotification {
  on(event: 'click' | 'close', listener: () => void): unknown;
  show(): void;
}

export interface NotificationDeps {
  isSupported(): boolean;
  create(options: NotificationConstructorOptions): ShownNotification;
  windowOf(contents: WebContents): Pick<BrowserWindow, 'isDestroyed' | 'isMinimized' | 'restore' | 'show' | 'focus' | 'webContents'> | null;
}

export function createNotifier(deps: NotificationDeps) {
  // Electron drops the click handler of a notification that is garbage collected: keep each until it is done.
  const shown = new Set<ShownNotification>();
  return (request: NotifyRequest, sender: WebContents): boolean => {
    if (!deps.isSupported()) return false;
    const notification = deps.create({ title: request.title, body: request.body, silent: false });
    shown.add(notification);
    notification.on('close', () => shown.delete(notification));
    notification.on('click', () => {
      shown.delete(notification);
      const window = deps.windowOf(sender);
      if (!window || window.isDestroyed()) return;
      if (window.isMinimized()) window.restore();
      window.show();
      window.focus();
      window.webContents.send(IPC_CHANNELS.notificationClick, request.target);
    });
    notification.show();
    return true;
  };
}
