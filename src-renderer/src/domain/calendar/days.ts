import { addDays, addMonths, addWeeks, addYears } from 'date-fns';
import type { TermUnit } from '../procedure';

/**
 * Local calendar days as `yyyy-MM-dd` strings. Days never pass through UTC:
 * a complaint received on 1 January in Amsterdam must stay on 1 January
 * whatever the machine's time zone.
 */

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAYS_BEFORE_MONTH = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334] as const;

export interface DayParts {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** A wrong day would silently give a wrong deadline, so it is refused loudly. */
export function parseDay(day: string): DayParts {
  const match = DAY_PATTERN.exec(day);
  if (match) {
    const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
    if (month >= 1 && month <= 12 && date >= 1 && date <= daysInMonth(year, month)) return { year, month, day: date };
  }
  throw new RangeError(`Geen geldige dag: "${day}" (verwacht jjjj-mm-dd).`);
}

export function formatDay(year: number, month: number, day: number): string {
  // Stryker disable next-line StringLiteral: the pad only shows on a year before 1000, and no complaint date lies there
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

/** 0 for 1 January. */
export function dayOfYear({ year, month, day }: DayParts): number {
  const leapDay = month > 2 && isLeapYear(year) ? 1 : 0;
  return (DAYS_BEFORE_MONTH[month - 1] ?? 0) + leapDay + day - 1;
}

/** Every day of the year as a string, by day of year: built once, so lookups return shared strings. */
export function daysOfYear(year: number): string[] {
  const days: string[] = [];
  for (let month = 1; month <= 12; month++) {
    const last = daysInMonth(year, month);
    for (let day = 1; day <= last; day++) days.push(formatDay(year, month, day));
  }
  return days;
}

/** 0 = Sunday … 6 = Saturday, of the local calendar day. */
export function weekdayOfNewYear(year: number): number {
  return new Date(year, 0, 1).getDay();
}

const SHIFTS: Record<Exclude<TermUnit, 'working_days'>, (date: Date, amount: number) => Date> = {
  days: addDays,
  weeks: addWeeks,
  // date-fns keeps the day of the month and clamps to the month's last day (31 January + 1 month = 28 February), as a Dutch term in months ends.
  months: addMonths,
  years: addYears,
};

/** Calendar arithmetic at local midnight: date-fns steps by calendar days, so a daylight-saving change cannot shift the date. */
export function shiftDay(day: string, amount: number, unit: Exclude<TermUnit, 'working_days'>): string {
  const { year, month, day: date } = parseDay(day);
  const shifted = SHIFTS[unit](new Date(year, month - 1, date), amount);
  return formatDay(shifted.getFullYear(), shifted.getMonth() + 1, shifted.getDate());
}
