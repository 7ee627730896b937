/**
 * Lets the page make a backup before the window closes, when the register
 * changed since the last one. The page has a few seconds to say whether it
 * needs time; a page that does not answer (hung, crashed, still opening) never
 * keeps the window open, and a second close while it works closes at once.
 */
export interface ClosableWindow {
  on(event: 'close', listener: (event: { preventDefault(): void }) => void): unknown;
  close(): void;
  isDestroyed(): boolean;
  webContents: { send(channel: string): void; isCrashed(): boolean };
}

export interface CloseGuardOptions {
  channel: string;
  /** How long the page may take to say it needs time. */
  answerMs?: number;
  /** How long a backup on closing may take at most. */
  backupMs?: number;
}

type Phase = 'open' | 'asking' | 'backing-up' | 'closing';

export function guardClose(window: ClosableWindow, options: CloseGuardOptions) {
  let phase: Phase = 'open';
  let timer: ReturnType<typeof setTimeout> | null = null;

  const closeNow = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    phase = 'closing';
    if (!window.isDestroyed()) window.close();
  };

  window.on('close', (event) => {
    if (phase === 'closing') return;
    // Closed again while the backup runs: the person wants out now.
    if (phase !== 'open' || window.webContents.isCrashed()) return closeNow();
    event.preventDefault();
    phase = 'asking';
    window.webContents.send(options.channel);
    timer = setTimeout(closeNow, options.answerMs ?? 5_000);
  });

  return {
    /** The page's answer: close now, or give it time for a backup first. */
    answer(closeAtOnce: boolean): void {
      if (phase === 'open' || phase === 'closing') return;
      if (closeAtOnce) return closeNow();
      if (timer) clearTimeout(timer);
      phase = 'backing-up';
      timer = setTimeout(closeNow, options.backupMs ?? 10 * 60_000);
    },
  };
}

const guards = new WeakMap<object, ReturnType<typeof guardClose>>();

/** The guard of a window, found again by the page that answers. */
export function guardWindowClose(window: ClosableWindow, options: CloseGuardOptions): void {
  guards.set(window.webContents, guardClose(window, options));
}

export function answerClose(contents: object, closeAtOnce: boolean): void {
  guards.get(contents)?.answer(closeAtOnce);
}
