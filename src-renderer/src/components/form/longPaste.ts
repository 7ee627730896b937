import type { ClipboardEvent } from 'react';
import { dutchNumber } from '../../domain/dutchNumber';

/** Fields that name no limit of their own still refuse a runaway paste: one line, and a longer text. */
export const DEFAULT_LINE_MAX = 1_000;
export const DEFAULT_TEXT_MAX = 20_000;

/** The error type a refused paste is set under, so the next edit of the field can clear just that. */
export const LONG_PASTE = 'longPaste';


export function longPasteMessage(pastedLength: number, max: number): string {
  return `Niet geplakt: die tekst is ${dutchNumber(pastedLength)} tekens lang en dit veld neemt er hoogstens ${dutchNumber(max)}. Plak een kortere tekst, of zet een lang stuk als bestand op het prikbord.`;
}

/**
 * A paste that would make the field longer than `max` is refused whole, with a
 * message, instead of being cut off silently (as maxLength alone does) or
 * taken in and saved as a draft of megabytes.
 */
export function refuseLongPaste(max: number, onRefused: (message: string) => void) {
  return (event: ClipboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    const pasted = event.clipboardData.getData('text');
    const field = event.currentTarget;
    // Email and number inputs have no selection to read (null): count the whole value then.
    const selected = field.selectionStart === null || field.selectionEnd === null ? 0 : field.selectionEnd - field.selectionStart;
    if (field.value.length - selected + pasted.length <= max) return;
    event.preventDefault();
    onRefused(longPasteMessage(pasted.length, max));
  };
}
