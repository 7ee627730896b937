import type { ClipboardEvent } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { longPasteMessage, refuseLongPaste } from '../../src-renderer/src/components/form/longPaste';

/** A paste event on a field holding `value` with `selected` characters selected, as far as the guard reads it. */
function paste(pasted: string, value = '', selected: [number, number] | null = [value.length, value.length]) {
  const preventDefault = vi.fn();
  const event = {
    clipboardData: { getData: () => pasted },
    currentTarget: { value, selectionStart: selected?.[0] ?? null, selectionEnd: selected?.[1] ?? null },
    preventDefault,
  } as unknown as ClipboardEvent<HTMLInputElement>;
  return { event, preventDefault };
}

describe('refuseLongPaste', () => {
  it('refuses a paste that would make the field longer than its limit, whole, with a Dutch message', () => {
    const refused = vi.fn();
    const { event, preventDefault } = paste('x'.repeat(10 * 1024 * 1024), 'Lekkage');
    refuseLongPaste(200, refused)(event);
    expect(preventDefault).toHaveBeenCalled();
    expect(refused).toHaveBeenCalledWith('Niet geplakt: die tekst is 10.485.760 tekens lang en dit veld neemt er hoogstens 200. Plak een kortere tekst, of zet een lang stuk als bestand op het prikbord.');
  });

  it('lets a paste through that fits, counting the selection it replaces', () => {
    const refused = vi.fn();
    const fits = paste('y'.repeat(10), 'x'.repeat(195), [0, 10]);
    refuseLongPaste(200, refused)(fits.event);
    const exact = paste('y'.repeat(5), 'x'.repeat(195));
    refuseLongPaste(200, refused)(exact.event);
    expect(fits.preventDefault).not.toHaveBeenCalled();
    expect(exact.preventDefault).not.toHaveBeenCalled();
    expect(refused).not.toHaveBeenCalled();
  });

  it('counts the whole value in a field without a selection (e-mail)', () => {
    const refused = vi.fn();
    const { event, preventDefault } = paste('b'.repeat(10), 'a'.repeat(250), null);
    refuseLongPaste(254, refused)(event);
    expect(preventDefault).toHaveBeenCalled();
    expect(longPasteMessage(1234, 254)).toContain('1.234 tekens');
  });
});
