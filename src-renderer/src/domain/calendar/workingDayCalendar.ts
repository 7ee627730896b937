import type { Term } from '../procedure';
import { dayOfYear, parseDay, shiftDay } from './days';
import { memoize } from './memo';
import type { OfficeClosingDay, WorkingDayCalendar } from './types';
import { buildYearTable, workingDaysInYear, type YearTable } from './yearTable';

/**
 * Decisions the types leave open, taken here once for every term:
 * - The day of receipt never counts. "Within 2 working days" is the 2nd working day after it: received Monday → Wednesday,
 *   received Saturday → Tuesday (Monday is the first working day after it).
 * - A term in days, weeks, months or years counts from the day of receipt itself, whatever day that is; only its last
 *   day moves to the next working day (Algemene termijnenwet, art. 1). Moving the start as well would give a letter that
 *   arrives on Hemelvaartsdag a day more than its regeling allows.
 * - `nonWorkingReason` is null exactly on working days; a plain weekend day gives "Zaterdag" or "Zondag".
 */

/** The tables are built so that these lookups cannot miss; a miss is a bug, not a day off. */
function entry<T>(values: ArrayLike<T>, index: number): T {
  const value = values[index];
  // Stryker disable next-line StringLiteral: the tables cannot miss (see above), so this message is never built
  if (value === undefined) throw new Error(`Werkdagenkalender: index ${index} buiten de tabel.`);
  return value;
}

function checkCount(amount: number, what: string): void {
  if (!Number.isInteger(amount) || amount < 0) throw new RangeError(`${what} moet een heel getal van 0 of meer zijn, niet ${amount}.`);
}

function groupByYear(closingDays: readonly OfficeClosingDay[]): Map<number, Map<string, string>> {
  const byYear = new Map<number, Map<string, string>>();
  for (const { day, description } of closingDays) {
    const { year } = parseDay(day);
    const days = byYear.get(year) ?? new Map<string, string>();
    days.set(day, description.trim() || 'Kantoor gesloten');
    byYear.set(year, days);
  }
  return byYear;
}

export function createWorkingDayCalendar(closingDays: OfficeClosingDay[] = []): WorkingDayCalendar {
  const closingByYear = groupByYear(closingDays);
  const tableOf = memoize((year: number): YearTable => buildYearTable(year, closingByYear.get(year)));

  function locate(day: string): { table: YearTable; index: number } {
    const parts = parseDay(day);
    return { table: tableOf(parts.year), index: dayOfYear(parts) };
  }

  /** Working days from 1 January of `baseYear` up to `day`, the day itself included or not. */
  function countFrom(baseYear: number, day: string, includeDay: boolean): number {
    const { table, index } = locate(day);
    let count = entry(table.workingBefore, includeDay ? index + 1 : index);
    for (let year = baseYear; year < table.year; year++) count += workingDaysInYear(tableOf(year));
    return count;
  }

  function isWorkingDay(day: string): boolean {
    const { table, index } = locate(day);
    return entry(table.reasons, index) === null;
  }

  function nonWorkingReason(day: string): string | null {
    const { table, index } = locate(day);
    return entry(table.reasons, index);
  }

  function addWorkingDays(day: string, n: number): string {
    checkCount(n, 'Het aantal werkdagen');
    const { table, index } = locate(day);
    if (n === 0 && entry(table.reasons, index) === null) return day;
    // Rank (from 1) within its year of the working day wanted; n = 0 on a day off asks for the first one after it.
    let rank = entry(table.workingBefore, index + 1) + Math.max(n, 1);
    let current = table;
    while (rank > workingDaysInYear(current)) {
      rank -= workingDaysInYear(current);
      current = tableOf(current.year + 1);
    }
    return entry(current.days, entry(current.workingDays, rank - 1));
  }

  function nextWorkingDayOnOrAfter(day: string): string {
    return addWorkingDays(day, 0);
  }

  function dueDay(start: string, term: Term): string {
    checkCount(term.amount, 'Een termijn');
    if (term.unit === 'working_days') return addWorkingDays(start, term.amount);
    return nextWorkingDayOnOrAfter(shiftDay(start, term.amount, term.unit));
  }

  /**
   * Counts `to` and not `from`: days left until a deadline count the deadline day, days overdue count it too, so the
   * sign is right whenever `to` is a working day (a deadline last Friday is −1 on Saturday, not 0).
   */
  function workingDaysBetween(from: string, to: string): number {
    if (from === to) return 0;
    if (from < to) {
      const baseYear = parseDay(from).year;
      return countFrom(baseYear, to, true) - countFrom(baseYear, from, true);
    }
    const baseYear = parseDay(to).year;
    return countFrom(baseYear, to, false) - countFrom(baseYear, from, false);
  }

  return { isWorkingDay, nonWorkingReason, nextWorkingDayOnOrAfter, addWorkingDays, dueDay, workingDaysBetween };
}
