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
  saveAttachment: (request) => ipcRenderer.invoke(IPC_CHANNELS.saveAttachment, request),
  sweepAttachments: (request) => ipcRenderer.invoke(IPC_CHANNELS.sweepAttachments, request),
} satisfies KlachtenbalieApi;

contextBridge.exposeInMainWorld(API_GLOBAL, api);
