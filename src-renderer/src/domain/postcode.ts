import { DEFAULT_COUNTRY, type Country } from './countries';

// Dutch postcodes never start with 0, and PostNL does not use these letter pairs.
const UNUSED_LETTER_PAIRS = new Set(['SA', 'SD', 'SS']);

function dutch(value: string): string | null {
  const match = /^([1-9]\d{3})\s?([a-zA-Z]{2})$/.exec(value);
  if (!match) return null;
  const letters = (match[2] ?? '').toUpperCase();
  if (UNUSED_LETTER_PAIRS.has(letters)) return null;
  return `${match[1]} ${letters}`;
}

/** Belgian: four digits, 1000–9999; "B-2000" as written on old envelopes is the same code. */
function belgian(value: string): string | null {
  const match = /^(?:B-?\s?)?([1-9]\d{3})$/i.exec(value);
  return match?.[1] ?? null;
}

/** German: five digits, "D-48599" as written on envelopes is the same code. */
function german(value: string): string | null {
  const match = /^(?:D-?\s?)?(\d{5})$/i.exec(value);
  return match?.[1] ?? null;
}

/** Elsewhere the formats vary too much to check: letters, digits, spaces and hyphens, 2 to 10 of them, start with a letter or digit. */
function elsewhere(value: string): string | null {
  return /^[\p{L}\p{N}][\p{L}\p{N} -]{1,9}$/u.test(value) ? value.toUpperCase() : null;
}

const BY_COUNTRY: Partial<Record<Country, (value: string) => string | null>> = { NL: dutch, BE: belgian, DE: german };

/** The postcode as that country writes it ("1234ab" in the Netherlands -> "1234 AB"); null when it cannot be one there. */
export function normalizePostcode(value: string, country: Country = DEFAULT_COUNTRY): string | null {
  return (BY_COUNTRY[country] ?? elsewhere)(value.trim());
}

/** How a postcode of that country looks, for the message when one is refused. */
export const POSTCODE_EXAMPLES: Partial<Record<Country, string>> = { NL: '1234 AB', BE: '2000', DE: '48599' };
