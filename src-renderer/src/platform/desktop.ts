import { API_GLOBAL, type KlachtenbalieApi } from '../../../src-main/api';
import type { Platform } from './platform';

export function desktopApi(): KlachtenbalieApi | null {
  const api = (window as unknown as Record<string, unknown>)[API_GLOBAL];
  return api ? (api as KlachtenbalieApi) : null;
}

export function createDesktopPlatform(api: KlachtenbalieApi): Platform {
  return {
    kind: 'desktop',
    appInfo: () => api.getAppInfo(),
    saveFile: (request) => api.saveFile(request),
    putAttachment: (bytes) => api.putAttachment({ bytes: bytes as Uint8Array<ArrayBuffer> }),
    getAttachment: (sha256) => api.getAttachment(sha256),
    openAttachment: (sha256, name) => api.openAttachment({ sha256, name }),
    onMenuCommand: (listener) => api.onMenuCommand(listener),
    notify: (request) => api.notify(request),
    setBadgeCount: (count) => api.setBadgeCount(count),
    onNotificationClick: (listener) => api.onNotificationClick(listener),
    saveAttachment: (sha256, name, confirmedRunnable) => api.saveAttachment({ sha256, name, confirmedRunnable }),
    sweepAttachments: (referenced) => api.sweepAttachments({ referenced }),
  };
}
