import type { WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS } from '../../src-main/api';
import { createNotifier } from '../../src-main/notifications';

function fakeNotification() {
  const listeners = new Map<string, () => void>();
  return {
    on: vi.fn((name: string, listener: () => void) => listeners.set(name, listener)),
    show: vi.fn(),
    fire: (name: string) => listeners.get(name)?.(),
  };
}

function fakeWindow(minimized = false) {
  return {
    isDestroyed: () => false,
    isMinimized: () => minimized,
    restore: vi.fn(),
    show: vi.fn(),
    focus: vi.fn(),
    webContents: { send: vi.fn() },
  };
}

const REQUEST = {
  title: 'Termijn verlopen: Schriftelijke reactie',
  body: 'K-2026-0040, Mohammed Bakker. Uiterlijk 23-06-2026.',
  target: { complaintId: '019a1b2c-3d4e-7f00-8123-456789abcdef', kind: 'response', itemId: null },
};
const sender = {} as WebContents;

describe('system notifications', () => {
  it('shows the reminder, and a click brings the window back and tells it where to go', () => {
    const notification = fakeNotification();
    const window = fakeWindow(true);
    const create = vi.fn(() => notification);
    const windowOf = vi.fn(() => window as never);
    const notify = createNotifier({ isSupported: () => true, create, windowOf });

    expect(notify(REQUEST, sender)).toBe(true);
    expect(create).toHaveBeenCalledWith(expect.objectContaining({ title: REQUEST.title, body: REQUEST.body }));
    expect(notification.show).toHaveBeenCalled();
    expect(window.webContents.send).not.toHaveBeenCalled();

    notification.fire('click');
    expect(windowOf).toHaveBeenCalledWith(sender);
    expect(window.restore).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
    expect(window.webContents.send).toHaveBeenCalledWith(IPC_CHANNELS.notificationClick, REQUEST.target);
  });

  it('says so when the system shows no notifications, so the app can tell it in-app', () => {
    const create = vi.fn();
    const notify = createNotifier({ isSupported: () => false, create, windowOf: () => null });
    expect(notify(REQUEST, sender)).toBe(false);
    expect(create).not.toHaveBeenCalled();
  });

  it('does nothing on a click after the window is gone', () => {
    const notification = fakeNotification();
    const notify = createNotifier({ isSupported: () => true, create: () => notification, windowOf: () => null });
    notify(REQUEST, sender);
    expect(() => notification.fire('click')).not.toThrow();
  });
});
