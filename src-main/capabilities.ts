/**
 * Wires each IPC capability to the real operating system. Kept apart from
 * ipc.ts so the checks there can be tested without dialogs or a disk.
 */
import path from 'node:path';
import { app, BrowserWindow, dialog, Notification, safeStorage, shell, type WebContents } from 'electron';
import { buildAppInfo } from './appInfo';
import { sweepAttachmentStore } from './attachmentSweep';
import { AttachmentStore } from './attachmentStore';
import { createBackupCapabilities } from './backupCapabilities';
import { answerClose } from './closeGuard';
import { explainingFileErrors } from './fileErrors';
import type { IpcCapabilities } from './ipc';
import type { LaunchOptions } from './launchOptions';
import { createNotifier } from './notifications';
import { openAttachment, sweepOpenedCopies } from './openAttachment';
import { markAsFromInternet } from './internetMark';
import { saveAttachment } from './saveAttachment';
import { saveFile, type SaveFileDeps } from './saveFile';
import { createSessionFile } from './serverSession';
import { createServerTransport } from './serverTransport';

function saveDialogFor(sender: WebContents): SaveFileDeps {
  return {
    defaultDirectory: app.getPath('documents'),
    showSaveDialog: (options) => {
      // Modal to the asking window, so the dialog cannot end up behind it.
      const window = BrowserWindow.fromWebContents(sender);
      return window ? dialog.showSaveDialog(window, options) : dialog.showSaveDialog(options);
    },
  };
}

export function createCapabilities(launch: LaunchOptions): IpcCapabilities {
  // Opened once; the temp-file sweep finishes before the first write is served.
  const attachments = AttachmentStore.open(path.join(app.getPath('userData'), 'attachments'));
  attachments.catch((error: unknown) => console.error('Bijlagenmap kan niet worden geopend:', error));
  // Copies handed to other programs live apart from the store, in this user's own data folder:
  // the system temp folder is shared by every account on Linux.
  const openedCopies = path.join(app.getPath('userData'), 'geopende-bijlagen');
  const mark = (filePath: string) => markAsFromInternet(filePath, { platform: process.platform });
  void sweepOpenedCopies(openedCopies);
  const notify = createNotifier({
    isSupported: () => Notification.isSupported(),
    create: (options) => new Notification(options),
    windowOf: (contents) => BrowserWindow.fromWebContents(contents),
  });

  // Node's fetch: it tells refused, DNS, timeout and certificate failures apart, and lets us keep the cookie.
  const server = createServerTransport({
    fetch: (url, init) => fetch(url, init),
    sessions: createSessionFile(path.join(app.getPath('userData'), 'serversessie.bin'), safeStorage),
  });

  return {
    getAppInfo: () => buildAppInfo(app, launch),
    saveFile: (request, sender) => saveFile(request, saveDialogFor(sender)),
    putAttachment: async (bytes) => {
      const store = await attachments;
      return explainingFileErrors('de bijlage in de gegevensmap van Klachtenbalie', () => store.put(bytes));
    },
    getAttachment: async (sha256) => (await attachments).get(sha256),
    openAttachment: async (request) => {
      const store = await attachments;
      return openAttachment(request, {
        read: (sha256) => store.get(sha256),
        folder: openedCopies,
        openPath: (filePath) => shell.openPath(filePath),
        mark,
      });
    },
    notify: async (request, sender) => notify(request, sender),
    // The dock on macOS and the launcher on some Linux desktops; Windows shows the count in the window title instead.
    setBadgeCount: async (count) => {
      app.setBadgeCount(count);
    },
    ...createBackupCapabilities(app.getPath('userData'), app.getPath('documents')),
    closeAnswer: async (closeAtOnce, sender) => answerClose(sender, closeAtOnce),
    saveAttachment: async (request, sender) => {
      const store = await attachments;
      return saveAttachment(request, { read: (sha256) => store.get(sha256), mark, ...saveDialogFor(sender) });
    },
    sweepAttachments: async (referenced) => sweepAttachmentStore(await attachments, referenced),
    deleteAttachments: async (sha256s) => (await attachments).delete(sha256s),
    setServerOrigin: (url) => server.setOrigin(url),
    serverRequest: (request) => server.request(request),
    cancelServerRequest: async (id) => server.cancel(id),
  };
}
