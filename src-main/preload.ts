/**
 * The renderer's only door to the main process: exactly KlachtenbalieApi, one
 * method per fixed channel. ipcRenderer and IPC events never cross the bridge,
 * so the page cannot send on channels of its own choosing.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { API_GLOBAL, IPC_CHANNELS, MENU_COMMANDS, isNotificationTarget, type KlachtenbalieApi, type MenuCommand } from './api';

function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}

/** Passes on what the main process pushes on one fixed channel, once it checks out; returns the unsubscribe function. */
function subscribe<T>(channel: string, accept: (value: unknown) => value is T, listener: (value: T) => void): () => void {
  const forward = (_event: IpcRendererEvent, value: unknown) => {
    if (accept(value)) listener(value);
  };
  ipcRenderer.on(channel, forward);
  return () => {
    ipcRenderer.removeListener(channel, forward);
  };
}

const api = {
  getAppInfo: () => ipcRenderer.invoke(IPC_CHANNELS.getAppInfo),
  saveFile: (request) => ipcRenderer.invoke(IPC_CHANNELS.saveFile, request),
  putAttachment: (request) => ipcRenderer.invoke(IPC_CHANNELS.putAttachment, request),
  getAttachment: (sha256) => ipcRenderer.invoke(IPC_CHANNELS.getAttachment, sha256),
  openAttachment: (request) => ipcRenderer.invoke(IPC_CHANNELS.openAttachment, request),
  onMenuCommand: (listener) => subscribe(IPC_CHANNELS.menuCommand, isMenuCommand, listener),
  notify: (request) => ipcRenderer.invoke(IPC_CHANNELS.notify, request),
  setBadgeCount: (count) => ipcRenderer.invoke(IPC_CHANNELS.setBadgeCount, count),
  onNotificationClick: (listener) => subscribe(IPC_CHANNELS.notificationClick, isNotificationTarget, listener),
  backupLocation: () => ipcRenderer.invoke(IPC_CHANNELS.backupLocation),
  chooseBackupFolder: () => ipcRenderer.invoke(IPC_CHANNELS.chooseBackupFolder),
  listBackups: () => ipcRenderer.invoke(IPC_CHANNELS.listBackups),
  beginBackup: () => ipcRenderer.invoke(IPC_CHANNELS.beginBackup),
  writeBackup: (request) => ipcRenderer.invoke(IPC_CHANNELS.writeBackup, request),
  commitBackup: (request) => ipcRenderer.invoke(IPC_CHANNELS.commitBackup, request),
  abortBackup: (token) => ipcRenderer.invoke(IPC_CHANNELS.abortBackup, token),
  removeBackup: (name) => ipcRenderer.invoke(IPC_CHANNELS.removeBackup, name),
  openBackup: (name) => ipcRenderer.invoke(IPC_CHANNELS.openBackup, name),
  pickBackupFile: () => ipcRenderer.invoke(IPC_CHANNELS.pickBackupFile),
  readBackup: (request) => ipcRenderer.invoke(IPC_CHANNELS.readBackup, request),
  closeBackup: (token) => ipcRenderer.invoke(IPC_CHANNELS.closeBackup, token),
  saveAttachment: (request) => ipcRenderer.invoke(IPC_CHANNELS.saveAttachment, request),
  sweepAttachments: (request) => ipcRenderer.invoke(IPC_CHANNELS.sweepAttachments, request),
  deleteAttachments: (request) => ipcRenderer.invoke(IPC_CHANNELS.deleteAttachments, request),
  onBeforeClose: (listener) => subscribe(IPC_CHANNELS.beforeClose, (value: unknown): value is undefined => value === undefined, () => listener()),
  closeAnswer: (closeAtOnce) => ipcRenderer.invoke(IPC_CHANNELS.closeAnswer, closeAtOnce),
  setServerOrigin: (url) => ipcRenderer.invoke(IPC_CHANNELS.setServerOrigin, url),
  serverRequest: (request) => ipcRenderer.invoke(IPC_CHANNELS.serverRequest, request),
  cancelServerRequest: (id) => ipcRenderer.invoke(IPC_CHANNELS.cancelServerRequest, id),
} satisfies KlachtenbalieApi;

contextBridge.exposeInMainWorld(API_GLOBAL, api);
