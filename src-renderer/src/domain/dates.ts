import { format, isValid, parse, parseISO } from 'date-fns';
import { nl } from 'date-fns/locale';

// A date-time as a datetime-local field gives it (2026-03-01T09:30), or a full ISO string as stored.
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:?\d{2})?$/;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
// How people in the Netherlands type them: 21-11-2026 9:30, 21/11/2026, 21.11.2026.
const DUTCH_DATE = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/;
const DUTCH_DATE_TIME = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})[ T]+(\d{1,2})[:.](\d{2})$/;

/** The Dutch way a date-time is shown and typed in the forms. */
export const DUTCH_DATE_TIME_FORMAT = 'dd-MM-yyyy HH:mm';
export const DUTCH_DATE_FORMAT = 'dd-MM-yyyy';

function exactDate(year: number, month: number, day: number, hours = 0, minutes = 0): Date | null {
  const date = new Date(year, month - 1, day, hours, minutes);
  const exists = date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day;
  return exists && hours < 24 && minutes < 60 ? date : null;
}

/** Without an offset the time is local, as the person at the desk typed it. */
export function parseDateTime(value: string): Date | null {
  const dutch = DUTCH_DATE_TIME.exec(value.trim());
  if (dutch) {
    const [, d, m, y, h, min] = dutch.map(Number) as [number, number, number, number, number, number];
    return exactDate(y, m, d, h, min);
  }
  if (!DATE_TIME.test(value)) return null;
  const date = parseISO(value);
  return isValid(date) ? date : null;
}

/** A calendar date (yyyy-MM-dd or Dutch dd-mm-jjjj) that really exists (no 30 February). */
export function parseDateOnly(value: string): Date | null {
  const dutch = DUTCH_DATE.exec(value.trim());
  if (dutch) {
    const [, d, m, y] = dutch.map(Number) as [number, number, number, number];
    return exactDate(y, m, d);
  }
  if (!DATE_ONLY.test(value)) return null;
  const date = parse(value, 'yyyy-MM-dd', new Date(0));
  return isValid(date) && format(date, 'yyyy-MM-dd') === value ? date : null;
}

/** Stored ISO -> the Dutch text the forms show (21-11-2026 09:30). */
export function toDutchDateTimeInput(iso: string): string {
  const date = parseISO(iso);
  return isValid(date) ? format(date, DUTCH_DATE_TIME_FORMAT) : '';
}

/** Stored yyyy-MM-dd -> dd-MM-yyyy for the forms. */
export function toDutchDateInput(day: string): string {
  const date = parseDateOnly(day);
  return date ? format(date, DUTCH_DATE_FORMAT) : '';
}

/** A date as typed in a form -> yyyy-MM-dd; what cannot be read becomes empty, for the domain to name. */
export function typedDay(value: string | undefined): string {
  const date = value ? parseDateOnly(value.trim()) : null;
  return date ? localDay(date) : '';
}

/** The local calendar day of a moment, as yyyy-MM-dd, so it compares with a date field as a string. */
export function localDay(date: Date): string {
  return format(date, 'yyyy-MM-dd');
}

/** Stored ISO -> the value a datetime-local input expects, for editing. */
export function toDateTimeInput(iso: string): string {
  const date = parseISO(iso);
  return isValid(date) ? format(date, "yyyy-MM-dd'T'HH:mm") : '';
}

/** "21 november 2026", as letters, the card and the history write a day (yyyy-MM-dd or an ISO date-time); "" when it is no date. */
export function longDutchDate(value: string): string {
  const date = parseISO(value);
  return isValid(date) ? format(date, 'd MMMM yyyy', { locale: nl }) : '';
}
