import { daysOfYear, weekdayOfNewYear } from './days';
import { termijnenwetHolidays } from './holidays';
import { memoize } from './memo';

/**
 * One year of the calendar as arrays indexed by day of year, so counting
 * working days is a subtraction and finding the n-th one a lookup, not a walk
 * day by day: deadlines are computed for every complaint in the register.
 */
export interface YearTable {
  year: number;
  /** The day strings, by day of year (0 = 1 January). */
  days: readonly string[];
  /** Why a day is not a working day, by day of year; null on working days. */
  reasons: readonly (string | null)[];
  /** Working days before each day of year; one entry more than days, the last being the year's total. */
  workingBefore: Uint16Array;
  /** Day of year of the k-th working day (k from 0). */
  workingDays: Uint16Array;
}

const WEEKEND_NAMES: Readonly<Record<number, string>> = { 0: 'Zondag', 6: 'Zaterdag' };
const sharedDaysOfYear: (year: number) => readonly string[] = memoize(daysOfYear);

/** A holiday's name wins over the office's description: the office closing on Christmas is still Christmas. */
export function buildYearTable(year: number, closingDays: ReadonlyMap<string, string> | undefined): YearTable {
  const days = sharedDaysOfYear(year);
  const holidays = termijnenwetHolidays(year);
  const reasons: (string | null)[] = [];
  const workingBefore = new Uint16Array(days.length + 1);
  const workingDays: number[] = [];
  const firstWeekday = weekdayOfNewYear(year);
  days.forEach((day, index) => {
    const reason = holidays.get(day) ?? closingDays?.get(day) ?? WEEKEND_NAMES[(firstWeekday + index) % 7] ?? null;
    reasons.push(reason);
    if (reason === null) workingDays.push(index);
    workingBefore[index + 1] = workingDays.length;
  });
  return { year, days, reasons, workingBefore, workingDays: Uint16Array.from(workingDays) };
}

export function workingDaysInYear(table: YearTable): number {
  return table.workingDays.length;
}
