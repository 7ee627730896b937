import { API_GLOBAL, type KlachtenbalieApi } from '../../../src-main/api';
import { createDesktopServerFetch } from './desktopServerFetch';
import type { BackupStore, OpenedBackupFile, Platform } from './platform';

function openedFile(api: KlachtenbalieApi, opened: { token: string; name: string; size: number }): OpenedBackupFile {
  return {
    name: opened.name,
    size: opened.size,
    read: (offset, length) => api.readBackup({ token: opened.token, offset, length }),
    close: () => api.closeBackup(opened.token),
  };
}

function desktopBackups(api: KlachtenbalieApi): BackupStore {
  return {
    location: () => api.backupLocation(),
    chooseLocation: () => api.chooseBackupFolder(),
    list: () => api.listBackups(),
    async create() {
      const token = await api.beginBackup();
      return {
        write: (bytes) => api.writeBackup({ token, bytes: bytes as Uint8Array<ArrayBuffer> }),
        commit: (name) => api.commitBackup({ token, name }),
        abort: () => api.abortBackup(token),
      };
    },
    open: async (name) => openedFile(api, await api.openBackup(name)),
    remove: (name) => api.removeBackup(name),
    async pickFile() {
      const opened = await api.pickBackupFile();
      return opened ? openedFile(api, opened) : null;
    },
    download: null,
  };
}

export function desktopApi(): KlachtenbalieApi | null {
  const api = (window as unknown as Record<string, unknown>)[API_GLOBAL];
  return api ? (api as KlachtenbalieApi) : null;
}

export function createDesktopPlatform(api: KlachtenbalieApi): Platform {
  return {
    kind: 'desktop',
    // Through the main process, to the one server origin set with setServerAddress; never from the renderer itself.
    serverFetch: createDesktopServerFetch(api),
    setServerAddress: (url) => api.setServerOrigin(url),
    appInfo: () => api.getAppInfo(),
    saveFile: (request) => api.saveFile(request),
    putAttachment: (bytes) => api.putAttachment({ bytes: bytes as Uint8Array<ArrayBuffer> }),
    getAttachment: (sha256) => api.getAttachment(sha256),
    openAttachment: (sha256, name) => api.openAttachment({ sha256, name }),
    onMenuCommand: (listener) => api.onMenuCommand(listener),
    notify: (request) => api.notify(request),
    setBadgeCount: (count) => api.setBadgeCount(count),
    onNotificationClick: (listener) => api.onNotificationClick(listener),
    backups: desktopBackups(api),
    onBeforeClose: (listener) => api.onBeforeClose(listener),
    closeAnswer: (closeAtOnce) => api.closeAnswer(closeAtOnce),
    saveAttachment: (sha256, name, confirmedRunnable) => api.saveAttachment({ sha256, name, confirmedRunnable }),
    sweepAttachments: (referenced) => api.sweepAttachments({ referenced }),
    deleteAttachments: (sha256s) => api.deleteAttachments({ sha256s }),
  };
}
