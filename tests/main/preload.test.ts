import { beforeAll, describe, expect, it, vi } from 'vitest';
import { API_GLOBAL, IPC_CHANNELS, PUSH_CHANNELS, type KlachtenbalieApi } from '../../src-main/api';
import { contextBridge, ipcRenderer } from './electronMock';

vi.mock('electron', () => import('./electronMock'));

let api: KlachtenbalieApi;
beforeAll(async () => {
  await import('../../src-main/preload');
  const [name, exposed] = contextBridge.exposeInMainWorld.mock.calls[0] as [string, KlachtenbalieApi];
  expect(name).toBe(API_GLOBAL);
  api = exposed;
});

describe('preload bridge', () => {
  it('exposes exactly the contract, as plain functions', () => {
    // Every invoke channel of the contract is one method; the two push channels are subscriptions.
    const invoke = Object.keys(IPC_CHANNELS).filter((name) => !(PUSH_CHANNELS as readonly string[]).includes(name));
    const subscriptions = PUSH_CHANNELS.map((name) => `on${name[0]!.toUpperCase()}${name.slice(1)}`);
    expect(Object.keys(api).sort()).toEqual([...invoke, ...subscriptions].sort());
    expect(Object.keys(api)).toContain('beginBackup');
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
    expect(Object.values(api)).not.toContain(ipcRenderer);
  });

  it('invokes each method on its own fixed channel', async () => {
    const bytes = new Uint8Array([1]);
    await api.getAppInfo();
    await api.saveFile({ suggestedName: 'a.docx', bytes });
    await api.putAttachment({ bytes });
    await api.getAttachment('ab'.repeat(32));
    await api.openAttachment({ sha256: 'ab'.repeat(32), name: 'factuur.pdf' });
    await api.notify({ title: 'Termijn vandaag', body: '', target: null });
    await api.setBadgeCount(3);
    await api.saveAttachment({ sha256: 'ab'.repeat(32), name: 'setup.exe', confirmedRunnable: true });
    await api.sweepAttachments({ referenced: ['ab'.repeat(32)] });
    const token = 'cd'.repeat(16);
    await api.beginBackup();
    await api.writeBackup({ token, bytes });
    await api.commitBackup({ token, name: 'klachtenbalie-2026-12-07-093000.klachtenbalie' });
    await api.readBackup({ token, offset: 0, length: 1 });
    expect(ipcRenderer.invoke.mock.calls).toEqual([
      [IPC_CHANNELS.getAppInfo],
      [IPC_CHANNELS.saveFile, { suggestedName: 'a.docx', bytes }],
      [IPC_CHANNELS.putAttachment, { bytes }],
      [IPC_CHANNELS.getAttachment, 'ab'.repeat(32)],
      [IPC_CHANNELS.openAttachment, { sha256: 'ab'.repeat(32), name: 'factuur.pdf' }],
      [IPC_CHANNELS.notify, { title: 'Termijn vandaag', body: '', target: null }],
      [IPC_CHANNELS.setBadgeCount, 3],
      [IPC_CHANNELS.saveAttachment, { sha256: 'ab'.repeat(32), name: 'setup.exe', confirmedRunnable: true }],
      [IPC_CHANNELS.sweepAttachments, { referenced: ['ab'.repeat(32)] }],
      [IPC_CHANNELS.beginBackup],
      [IPC_CHANNELS.writeBackup, { token, bytes }],
      [IPC_CHANNELS.commitBackup, { token, name: 'klachtenbalie-2026-12-07-093000.klachtenbalie' }],
      [IPC_CHANNELS.readBackup, { token, offset: 0, length: 1 }],
    ]);
  });

  it('forwards only known menu commands, never the event, and unsubscribes', () => {
    const listener = vi.fn();
    const unsubscribe = api.onMenuCommand(listener);
    const event = { sender: ipcRenderer };
    ipcRenderer.emit(IPC_CHANNELS.menuCommand, event, 'new-complaint');
    ipcRenderer.emit(IPC_CHANNELS.menuCommand, event, 'rm -rf');
    ipcRenderer.emit(IPC_CHANNELS.menuCommand, event, { command: 'search' });
    expect(listener.mock.calls).toEqual([['new-complaint']]);
    unsubscribe();
    ipcRenderer.emit(IPC_CHANNELS.menuCommand, event, 'search');
    expect(listener).toHaveBeenCalledTimes(1);
    expect(ipcRenderer.listenerCount(IPC_CHANNELS.menuCommand)).toBe(0);
  });

  it('forwards a notification click only with a well-formed target, never the event', () => {
    const listener = vi.fn();
    const unsubscribe = api.onNotificationClick(listener);
    const event = { sender: ipcRenderer };
    const target = { complaintId: '019a1b2c-3d4e-7f00-8123-456789abcdef', kind: 'response', itemId: null };
    ipcRenderer.emit(IPC_CHANNELS.notificationClick, event, target);
    ipcRenderer.emit(IPC_CHANNELS.notificationClick, event, null);
    ipcRenderer.emit(IPC_CHANNELS.notificationClick, event, { ...target, kind: 'x/../y' });
    ipcRenderer.emit(IPC_CHANNELS.notificationClick, event, { ...target, extra: 1 });
    ipcRenderer.emit(IPC_CHANNELS.notificationClick, event, 'desk');
    expect(listener.mock.calls).toEqual([[target], [null]]);
    unsubscribe();
    expect(ipcRenderer.listenerCount(IPC_CHANNELS.notificationClick)).toBe(0);
  });
});
