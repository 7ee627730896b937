/**
 * The periods the analysis compares: a month, quarter, year or any range of
 * days, the period just before it and the same period a year earlier. Days
 * are yyyy-MM-dd and both ends count.
 */
import { addDays, addMonths, differenceInCalendarDays, endOfMonth, endOfQuarter, endOfYear, startOfMonth, startOfQuarter, startOfYear, subYears } from 'date-fns';
import { localDay, parseDateOnly } from '../dates';

export const PERIOD_KINDS = ['month', 'quarter', 'year', 'custom'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export interface Period {
  from: string;
  to: string;
}

function day(value: string): Date {
  const parsed = parseDateOnly(value);
  if (!parsed) throw new RangeError(`Geen datum: ${value}`);
  return parsed;
}

/** The month, quarter or year that holds `anchor`. */
export function periodAround(kind: Exclude<PeriodKind, 'custom'>, anchor: string): Period {
  const date = day(anchor);
  const [start, end] = kind === 'month' ? [startOfMonth(date), endOfMonth(date)] : kind === 'quarter' ? [startOfQuarter(date), endOfQuarter(date)] : [startOfYear(date), endOfYear(date)];
  return { from: localDay(start), to: localDay(end) };
}

/** The period just before: the month, quarter or year before, or as many days right before a custom range. */
export function previousPeriod(period: Period, kind: PeriodKind): Period {
  const from = day(period.from);
  if (kind === 'custom') {
    const length = differenceInCalendarDays(day(period.to), from) + 1;
    return { from: localDay(addDays(from, -length)), to: localDay(addDays(from, -1)) };
  }
  const months = kind === 'month' ? 1 : kind === 'quarter' ? 3 : 12;
  const start = addMonths(from, -months);
  return { from: localDay(start), to: localDay(addDays(from, -1)) };
}

/** The same days a year earlier (29 February falls back to the 28th). */
export function yearEarlier(period: Period): Period {
  return { from: localDay(subYears(day(period.from), 1)), to: localDay(subYears(day(period.to), 1)) };
}

/** The months (yyyy-MM) the period touches, oldest first. */
export function monthsOf(period: Period): string[] {
  const months: string[] = [];
  for (let month = startOfMonth(day(period.from)); localDay(month) <= period.to; month = addMonths(month, 1)) months.push(localDay(month).slice(0, 7));
  return months;
}

/** The twelve months that end with the period's last month: the trend around the period. */
export function trendPeriod(period: Period): Period {
  const end = endOfMonth(day(period.to));
  return { from: localDay(startOfMonth(addMonths(end, -11))), to: localDay(end) };
}
