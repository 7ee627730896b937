// Letters that NFD does not split into a base letter plus accent, so they are
// mapped by hand; otherwise "Işık" or "Søren" could never be found by typing plain letters.
const UNDECOMPOSABLE: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  ı: 'i',
  þ: 'th',
};

/** Lowercase without accents: "Hüseyin Çelik" -> "huseyin celik". */
export function normalizeText(value: string): string {
  return value
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[ßæœøłđðıþ]/g, (ch) => UNDECOMPOSABLE[ch] ?? ch);
}

/** Normalized words: letters and digits of any script, split on everything else. */
export function tokenize(value: string): string[] {
  return normalizeText(value)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((token) => token.length > 0);
}

/** "Piet, Marieke ;Anna" -> ["Piet", "Marieke", "Anna"]: the form types a list as one line. */
export function splitList(value: string): string[] {
  return value
    .split(/[,;\n]/)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}

/** The first line of a text, cut at `max` characters with an ellipsis: for a one-line label. */
export function firstLine(value: string, max: number): string {
  const line = value.trim().split(/\r?\n/, 1)[0]?.trim() ?? '';
  return line.length <= max ? line : `${line.slice(0, max - 1).trimEnd()}…`;
}

// Control characters never belong in typed text, and the bidi embedding,
// override and isolate characters (U+202A–U+202E, U+2066–U+2069) can make a
// name or summary read differently on screen and in a letter than it is stored
// ("Trojan Source"). Ordinary right-to-left text needs none of them.
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;
const LINE_BREAKS_AND_TABS = /\r\n|[\t\n\r]/g;

/** A one-line text (name, summary) without control or bidi-override characters; a tab or line break becomes a space, so words stay apart. */
export function cleanLine(value: string): string {
  return value.replace(LINE_BREAKS_AND_TABS, ' ').replace(CONTROLS, '');
}

/** A multi-line text (description) without control or bidi-override characters; tabs and line breaks stay, as line feeds. */
export function cleanMultiline(value: string): string {
  return value.replace(/\r\n?/g, '\n').replace(CONTROLS, '');
}

/** "A", "A en B", "A, B en C": a list as a Dutch sentence says it (`last`: "en" or "of"). */
export function dutchList(items: readonly string[], last: 'en' | 'of' = 'en'): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${last} ${items[items.length - 1]}`;
}
