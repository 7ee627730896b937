import { createBrowserPlatform } from './browser';
import { createDesktopPlatform, desktopApi } from './desktop';
import type { Platform } from './platform';

export type { BackupFileInfo, BackupLocation, ByteSource, NotificationTarget, OpenedBackupFile, Platform } from './platform';
export { fileSource } from './browserBackups';

let current: Platform | null = null;

export function platform(): Platform {
  if (!current) {
    const api = desktopApi();
    current = api ? createDesktopPlatform(api) : createBrowserPlatform();
  }
  return current;
}
