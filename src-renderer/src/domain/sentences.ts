/**
 * Joining typed text into one line of the history. People end what they type
 * with a full stop or not; joined as typed that gives "week.;" and
 * "gecontroleerd..", so a part loses its closing punctuation before the next
 * one is added.
 */

const CLOSING_PUNCTUATION = /[\s.;:,]+$/u;

/** The text without the full stop, semicolon, colon or comma it may end with ("…" and "?" stay: they say something). */
export function withoutClosingPunctuation(text: string): string {
  return text.trim().replace(CLOSING_PUNCTUATION, '');
}

/** The non-empty parts joined by `separator`, none ending in punctuation that the separator would double. */
export function joinClauses(parts: readonly (string | null | undefined | false)[], separator = '; '): string {
  const kept = parts.filter((part): part is string => typeof part === 'string' && part.trim() !== '');
  return kept.map((part, index) => (index < kept.length - 1 ? withoutClosingPunctuation(part) : part.trim())).join(separator);
}

/** Two sentences: the first closed by exactly one full stop. */
export function thenSentence(first: string, second: string): string {
  const head = withoutClosingPunctuation(first);
  const stop = /[?!…]$/u.test(head) ? '' : '.';
  return `${head}${stop} ${second}`;
}
