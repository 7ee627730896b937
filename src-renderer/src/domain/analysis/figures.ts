/**
 * A period's figures from the sum of its days' tallies (see tally.ts): counts
 * per breakdown, terms met per clock, working days to acknowledge, answer and
 * close, and the customers who complained more than once.
 */
import { CLOCKS, DURATIONS, type Clock, type Duration } from './facts';
import type { Period } from './periods';
import { histogramCount, percentOf, percentile } from './stats';
import { DIMENSIONS, TOTAL_KEY, clockCount, countsOf, durationHistogram, type ClockCount, type Dimension, type Tally } from './tally';

export interface CountRow {
  value: string;
  count: number;
}

export interface ClockFigure extends ClockCount {
  /** Met as a share of met and missed; null when none was due yet. */
  percentMet: number | null;
}

export interface DurationFigure {
  count: number;
  median: number | null;
  p90: number | null;
}

export interface RepeatFigure {
  /** Customers with more than one complaint received in the period. */
  customers: number;
  /** The complaints those customers made in it. */
  complaints: number;
}

export interface PeriodFigures {
  period: Period;
  total: number;
  breakdowns: Record<Dimension, CountRow[]>;
  clocks: Record<Clock, ClockFigure>;
  durations: Record<Duration, DurationFigure>;
  repeat: RepeatFigure;
}

/** Most first; equal counts in Dutch alphabetical order, so the table reads the same every time. */
function rowsOf(counts: Map<string, number>): CountRow[] {
  return [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value, 'nl'));
}

export function repeatOf(tally: Tally): RepeatFigure {
  const repeat: RepeatFigure = { customers: 0, complaints: 0 };
  for (const key in tally) {
    const n = tally[key] ?? 0;
    if (key.startsWith('customer|') && n > 1) {
      repeat.customers += 1;
      repeat.complaints += n;
    }
  }
  return repeat;
}

export function periodFigures(period: Period, tally: Tally, today: string): PeriodFigures {
  const breakdowns = Object.fromEntries(DIMENSIONS.map((dimension) => [dimension, rowsOf(countsOf(tally, dimension))])) as Record<Dimension, CountRow[]>;
  const clocks = Object.fromEntries(
    CLOCKS.map((clock) => {
      const count = clockCount(tally, clock, today);
      return [clock, { ...count, percentMet: percentOf(count.met, count.met + count.missed) }];
    }),
  ) as Record<Clock, ClockFigure>;
  const durations = Object.fromEntries(
    DURATIONS.map((duration) => {
      const histogram = durationHistogram(tally, duration);
      return [duration, { count: histogramCount(histogram), median: percentile(histogram, 50), p90: percentile(histogram, 90) }];
    }),
  ) as Record<Duration, DurationFigure>;
  return { period, total: tally[TOTAL_KEY] ?? 0, breakdowns, clocks, durations, repeat: repeatOf(tally) };
}

export interface TrendPoint {
  /** yyyy-MM */
  month: string;
  count: number;
  /** The same month a year earlier. */
  yearEarlier: number;
}

/** Complaints received per month over `months`, beside the same month a year earlier, from each day's total. */
export function monthlyTrend(months: readonly string[], dayTotals: ReadonlyMap<string, number>): TrendPoint[] {
  const perMonth = new Map<string, number>();
  for (const [day, total] of dayTotals) perMonth.set(day.slice(0, 7), (perMonth.get(day.slice(0, 7)) ?? 0) + total);
  return months.map((month) => {
    const earlier = `${Number(month.slice(0, 4)) - 1}${month.slice(4)}`;
    return { month, count: perMonth.get(month) ?? 0, yearEarlier: perMonth.get(earlier) ?? 0 };
  });
}

export interface Analysis {
  current: PeriodFigures;
  previous: PeriodFigures;
  yearEarlier: PeriodFigures;
  trend: TrendPoint[];
}
