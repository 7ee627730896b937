// Dutch postcodes never start with 0, and PostNL does not use these letter pairs.
const UNUSED_LETTER_PAIRS = new Set(['SA', 'SD', 'SS']);

/** "1234ab" or "1234 AB" -> "1234 AB"; null when it is not a Dutch postcode. */
export function normalizePostcode(value: string): string | null {
  const match = /^([1-9]\d{3})\s?([a-zA-Z]{2})$/.exec(value.trim());
  if (!match) return null;
  const letters = (match[2] ?? '').toUpperCase();
  if (UNUSED_LETTER_PAIRS.has(letters)) return null;
  return `${match[1]} ${letters}`;
}
