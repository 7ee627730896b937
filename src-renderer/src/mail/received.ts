/**
 * When a mail arrived, read from its trace headers. Each server that passes a
 * mail on puts a Received header on top, ending in "; <date-time>", so the
 * topmost one is the arrival at the office's own mail server: the moment seed
 * 003 counts as the date of receipt, not the sender's Date header.
 */
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

// RFC 5322 3.3 and its obsolete forms (4.3): minutes east of UTC. An unknown zone counts as UTC, as "-0000" does.
const ZONE_MINUTES: Record<string, number> = { UT: 0, UTC: 0, GMT: 0, Z: 0, EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420 };

// [day name ","] day month year hour ":" minute [":" second] [zone]; comments are removed first.
const DATE_TIME = /^(?:[a-z]{3}[a-z]*\s*,?\s*)?(\d{1,2})\s+([a-z]{3})[a-z]*\.?\s+(\d{2,4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([+-]\d{4}|[a-z]{1,5}))?$/i;

function withoutComments(text: string): string {
  let bare = text;
  // Comments may nest: remove the innermost ones until none are left.
  for (let previous = ''; previous !== bare; ) {
    previous = bare;
    bare = bare.replace(/\([^()]*\)/g, ' ');
  }
  return bare.replace(/\s+/g, ' ').trim();
}

function zoneMinutes(zone: string | undefined): number {
  if (!zone) return 0;
  if (/^[+-]\d{4}$/.test(zone)) {
    const minutes = Number(zone.slice(1, 3)) * 60 + Number(zone.slice(3, 5));
    return zone.startsWith('-') ? -minutes : minutes;
  }
  return ZONE_MINUTES[zone.toUpperCase()] ?? 0;
}

function fullYear(digits: string): number {
  const year = Number(digits);
  if (digits.length === 2) return year < 50 ? 2000 + year : 1900 + year;
  return digits.length === 3 ? 1900 + year : year;
}

/** An RFC 5322 date-time as ISO 8601 (UTC), or null when it is not one; no guess from the machine's time zone. */
export function parseMailDate(text: string): string | null {
  const match = DATE_TIME.exec(withoutComments(text));
  if (!match) return null;
  const [, day, monthName, yearDigits, hour, minute, second, zone] = match;
  const month = MONTHS.indexOf((monthName ?? '').toLowerCase());
  const year = fullYear(yearDigits ?? '');
  const [date, hours, minutes, seconds] = [Number(day), Number(hour), Number(minute), Number(second ?? 0)];
  if (month < 0 || hours > 23 || minutes > 59 || seconds > 60) return null;
  const utc = Date.UTC(year, month, date, hours, minutes, Math.min(seconds, 59));
  // 31 February would roll over into March: that is no date.
  if (new Date(utc).getUTCDate() !== date) return null;
  return new Date(utc - zoneMinutes(zone) * 60_000).toISOString();
}

/**
 * The date of the first (topmost) Received header that has a readable one, or
 * null. A header whose date is no RFC 5322 date is skipped rather than guessed
 * at: a lenient parser turns 31 February into 3 March.
 */
export function arrivalFromReceived(values: readonly string[]): string | null {
  for (const value of values) {
    const trace = withoutComments(value);
    const separator = trace.lastIndexOf(';');
    const at = separator < 0 ? null : parseMailDate(trace.slice(separator + 1));
    if (at) return at;
  }
  return null;
}
