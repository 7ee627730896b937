import { createBrowserPlatform } from './browser';
import { createDesktopPlatform, desktopApi } from './desktop';
import type { Platform } from './platform';

export type { NotificationTarget, Platform } from './platform';

let current: Platform | null = null;

export function platform(): Platform {
  if (!current) {
    const api = desktopApi();
    current = api ? createDesktopPlatform(api) : createBrowserPlatform();
  }
  return current;
}
