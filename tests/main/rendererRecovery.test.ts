import type { BrowserWindow, MessageBoxOptions } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_RECOVERIES, RECOVERY_WINDOW_MS, watchRenderer } from '../../src-main/rendererRecovery';
import { FakeBrowserWindow, resetElectronMock } from './electronMock';

vi.mock('electron', () => import('./electronMock'));

beforeEach(resetElectronMock);

/** A watched window; `answer` is what the user clicks in the next message box (button index). */
function setup() {
  const window = new FakeBrowserWindow({});
  let clock = 1_000_000;
  const answers: number[] = [];
  const boxes: MessageBoxOptions[] = [];
  const showMessageBox = vi.fn(async (_window: BrowserWindow, options: MessageBoxOptions) => {
    boxes.push(options);
    return { response: answers.shift() ?? 0, checkboxChecked: false };
  });
  const quit = vi.fn();
  watchRenderer(window as unknown as BrowserWindow, { showMessageBox, quit, now: () => clock });
  const crash = async (reason = 'crashed') => {
    window.webContents.emit('render-process-gone', {}, { reason, exitCode: 1 });
    await flush();
  };
  return {
    window,
    boxes,
    answers,
    quit,
    crash,
    advance: (ms: number) => void (clock += ms),
    reloads: () => window.webContents.reload.mock.calls.length,
  };
}

/** Lets the promise chains of the message boxes settle; no time passes. */
const flush = () => new Promise((resolve) => setImmediate(resolve));

describe('a crashed page', () => {
  it('is reloaded and the user is told in Dutch that the intake draft was kept', async () => {
    const { crash, reloads, boxes } = setup();
    await crash();
    expect(reloads()).toBe(1);
    expect(boxes[0]).toMatchObject({ title: 'Klachtenbalie is opnieuw geladen', message: 'Klachtenbalie liep vast en is opnieuw geladen.' });
    expect(boxes[0]!.detail).toMatch(/als concept bewaard.*Concept terughalen/);
  });

  it('says when memory ran out', async () => {
    const { crash, boxes } = setup();
    await crash('oom');
    expect(boxes[0]!.message).toMatch(/te weinig geheugen/);
  });

  it('is not reloaded after a clean exit (the window is closing)', async () => {
    const { crash, reloads, boxes } = setup();
    await crash('clean-exit');
    expect(reloads()).toBe(0);
    expect(boxes).toEqual([]);
  });

  it(`is reloaded at most ${MAX_RECOVERIES} times within a minute, then the user is told what to do and may quit`, async () => {
    const { crash, reloads, boxes, quit, advance } = setup();
    for (let i = 0; i < MAX_RECOVERIES; i++) {
      await crash();
      advance(10_000);
    }
    expect(reloads()).toBe(MAX_RECOVERIES);
    await crash();
    expect(reloads()).toBe(MAX_RECOVERIES);
    const last = boxes.at(-1)!;
    expect(last).toMatchObject({ type: 'error', title: 'Klachtenbalie loopt steeds vast', buttons: ['Klachtenbalie afsluiten', 'Toch opnieuw laden'], cancelId: 0 });
    expect(last.message).toMatch(/binnen een minuut 3 keer vastgelopen/);
    expect(last.detail).toMatch(/Sluit Klachtenbalie en start het opnieuw.*beheerder/);
    expect(quit).toHaveBeenCalledOnce();
  });

  it('reloads again on the user’s own say after giving up, and asks again at the next crash', async () => {
    const { crash, reloads, answers, quit } = setup();
    for (let i = 0; i < MAX_RECOVERIES; i++) await crash();
    answers.push(1);
    await crash();
    expect(reloads()).toBe(MAX_RECOVERIES + 1);
    expect(quit).not.toHaveBeenCalled();
    await crash();
    expect(reloads()).toBe(MAX_RECOVERIES + 1);
    expect(quit).toHaveBeenCalledOnce();
  });

  it('counts only the crashes of the last minute', async () => {
    const { crash, reloads, advance } = setup();
    for (let i = 0; i < MAX_RECOVERIES; i++) await crash();
    advance(RECOVERY_WINDOW_MS);
    await crash();
    expect(reloads()).toBe(MAX_RECOVERIES + 1);
  });
});

describe('a hung page', () => {
  it('asks whether to wait or reload; waiting changes nothing', async () => {
    const { window, boxes, reloads } = setup();
    window.emit('unresponsive');
    await flush();
    expect(boxes[0]).toMatchObject({ title: 'Klachtenbalie reageert niet', buttons: ['Wachten', 'Opnieuw laden'], cancelId: 0 });
    expect(reloads()).toBe(0);
    expect(window.webContents.forcefullyCrashRenderer).not.toHaveBeenCalled();
  });

  it('on "Opnieuw laden" ends the hung process and reloads once, though the process then reports it was killed', async () => {
    const { window, answers, reloads, crash, boxes } = setup();
    answers.push(1);
    window.emit('unresponsive');
    await flush();
    expect(window.webContents.forcefullyCrashRenderer).toHaveBeenCalledOnce();
    await crash('killed');
    expect(reloads()).toBe(1);
    expect(boxes.at(-1)!.message).toMatch(/reageerde niet en is op uw verzoek opnieuw geladen/);
  });

  it('closes the question when the page answers again, and asks only once per hang', async () => {
    const { window, boxes } = setup();
    window.emit('unresponsive');
    window.emit('unresponsive');
    expect(boxes).toHaveLength(1);
    const signal = boxes[0]!.signal;
    expect(signal?.aborted).toBe(false);
    window.emit('responsive');
    expect(signal?.aborted).toBe(true);
  });
});
