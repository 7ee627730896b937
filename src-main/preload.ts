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

const api = {
  getAppInfo: () => ipcRenderer.invoke(IPC_CHANNELS.getAppInfo),
  saveFile: (request) => ipcRenderer.invoke(IPC_CHANNELS.saveFile, request),
  putAttachment: (request) => ipcRenderer.invoke(IPC_CHANNELS.putAttachment, request),
  getAttachment: (sha256) => ipcRenderer.invoke(IPC_CHANNELS.getAttachment, sha256),
  openAttachment: (request) => ipcRenderer.invoke(IPC_CHANNELS.openAttachment, request),
  onMenuCommand: (listener) => {
    const forward = (_event: IpcRendererEvent, command: unknown) => {
      if (isMenuCommand(command)) listener(command);
    };
    ipcRenderer.on(IPC_CHANNELS.menuCommand, forward);
    return () => {
      ipcRenderer.removeListener(IPC_CHANNELS.menuCommand, forward);
    };
  },
  notify: (request) => ipcRenderer.invoke(IPC_CHANNELS.notify, request),
  setBadgeCount: (count) => ipcRenderer.invoke(IPC_CHANNELS.setBadgeCount, count),
  onNotificationClick: (listener) => {
    const forward = (_event: IpcRendererEvent, target: unknown) => {
      if (isNotificationTarget(target)) listener(target);
    };
    ipcRenderer.on(IPC_CHANNELS.notificationClick, forward);
    return () => {
      ipcRenderer.removeListener(IPC_CHANNELS.notificationClick, forward);
    };
  },
} satisfies KlachtenbalieApi;

contextBridge.exposeInMainWorld(API_GLOBAL, api);
