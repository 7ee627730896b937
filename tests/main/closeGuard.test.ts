import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { guardClose } from '../../src-main/closeGuard';

function fakeWindow() {
  const events = new EventEmitter();
  const window = {
    closed: 0,
    crashed: false,
    sent: [] as string[],
    on: (event: 'close', listener: (e: { preventDefault(): void }) => void) => events.on(event, listener),
    isDestroyed: () => false,
    webContents: { send: (channel: string) => void window.sent.push(channel), isCrashed: () => window.crashed },
    /** What the user does: returns whether the window really closed. */
    tryClose(): boolean {
      let prevented = false;
      events.emit('close', { preventDefault: () => (prevented = true) });
      if (!prevented) window.closed += 1;
      return !prevented;
    },
    close() {
      window.tryClose();
    },
  };
  return window;
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('closing the window', () => {
  it('asks the page first, and closes when it says there is nothing to back up', () => {
    const window = fakeWindow();
    const guard = guardClose(window, { channel: 'kb:before-close' });
    expect(window.tryClose()).toBe(false);
    expect(window.sent).toEqual(['kb:before-close']);
    guard.answer(true);
    expect(window.closed).toBe(1);
  });

  it('waits for a backup the page starts, then closes when it is done', () => {
    const window = fakeWindow();
    const guard = guardClose(window, { channel: 'kb:before-close', answerMs: 5_000, backupMs: 600_000 });
    window.tryClose();
    guard.answer(false);
    vi.advanceTimersByTime(60_000);
    expect(window.closed).toBe(0);
    guard.answer(true);
    expect(window.closed).toBe(1);
  });

  it('closes anyway when the page does not answer, or the backup takes too long', () => {
    const silent = fakeWindow();
    guardClose(silent, { channel: 'c', answerMs: 5_000 });
    silent.tryClose();
    vi.advanceTimersByTime(4_999);
    expect(silent.closed).toBe(0);
    vi.advanceTimersByTime(1);
    expect(silent.closed).toBe(1);

    const slow = fakeWindow();
    const guard = guardClose(slow, { channel: 'c', answerMs: 5_000, backupMs: 600_000 });
    slow.tryClose();
    guard.answer(false);
    vi.advanceTimersByTime(600_000);
    expect(slow.closed).toBe(1);
  });

  it('closes at once when closed again during the backup, or when the page has crashed', () => {
    const window = fakeWindow();
    const guard = guardClose(window, { channel: 'c' });
    window.tryClose();
    guard.answer(false);
    expect(window.tryClose()).toBe(true);

    const crashed = fakeWindow();
    guardClose(crashed, { channel: 'c' });
    crashed.crashed = true;
    expect(crashed.tryClose()).toBe(true);
    expect(crashed.sent).toEqual([]);
  });
});
