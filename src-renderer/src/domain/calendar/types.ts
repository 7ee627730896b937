import type { Term } from '../procedure';

/**
 * The Dutch working-day calendar every term is counted on: weekends, the
 * holidays of the Algemene termijnenwet and the office's own closing days.
 * All days are local calendar days as `yyyy-MM-dd` strings.
 */
export interface WorkingDayCalendar {
  isWorkingDay(day: string): boolean;
  /** The holiday's Dutch name, or the office closing day's description, or null. */
  nonWorkingReason(day: string): string | null;
  /** The same day when it is a working day, else the next working day. */
  nextWorkingDayOnOrAfter(day: string): string;
  /** `n` working days after `day` (n ≥ 0; 0 gives nextWorkingDayOnOrAfter). */
  addWorkingDays(day: string, n: number): string;
  /**
   * The due day of a term that starts on `start`:
   * - working days: counted from the first working day on or after `start` (a Saturday receipt counts from Monday);
   * - days, weeks, months, years: calendar arithmetic from `start` itself, even when that is a day off; only a result on a
   *   non-working day moves to the next working day (Algemene termijnenwet).
   */
  dueDay(start: string, term: Term): string;
  /** Working days from `from` to `to`: positive when `to` is later, negative when earlier, 0 on the same day. */
  workingDaysBetween(from: string, to: string): number;
}

export interface OfficeClosingDay {
  day: string;
  description: string;
}
