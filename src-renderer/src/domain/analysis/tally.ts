/**
 * A day's figures as counts under flat keys ("category|Bejegening",
 * "days.respond|12", "clock.response|open|2026-03-04", "customer|<id>"), so
 * one complaint's part is a list of keys: a write subtracts the old list and
 * adds the new one, and a period is the sum of its days.
 */
import { CLOCKS, DURATIONS, type AnalysisFact, type Clock, type Duration } from './facts';

export type Tally = Record<string, number>;

/** The breakdowns the screen shows, in its order. */
export const DIMENSIONS = ['category', 'productOrService', 'channel', 'ownerId', 'verdict', 'body', 'submittedLate'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/** The value a complaint without one counts under. */
export const NONE = '';

export const TOTAL_KEY = 'total';
export const countKey = (dimension: Dimension, value: string) => `${dimension}|${value}`;
export const durationKey = (duration: Duration, days: number) => `days.${duration}|${days}`;
export const customerKey = (customerId: string) => `customer|${customerId}`;
const clockKey = (clock: Clock, outcome: 'met' | 'missed') => `clock.${clock}|${outcome}`;
const openClockKey = (clock: Clock, dueOn: string) => `clock.${clock}|open|${dueOn}`;

export function valuesOf(fact: AnalysisFact, dimension: Dimension): string[] {
  switch (dimension) {
    case 'category':
    case 'productOrService':
    case 'channel':
      return [fact[dimension]];
    case 'ownerId':
      return [fact.ownerId ?? NONE];
    case 'verdict':
      return [fact.verdict ?? NONE];
    case 'body':
      return fact.bodies;
    case 'submittedLate':
      return [fact.submittedLate ? 'yes' : 'no'];
  }
}

/** The keys one complaint adds to the day it was received on; a key may come more than once (two status checks). */
export function keysOf(fact: AnalysisFact): string[] {
  const keys = [TOTAL_KEY, customerKey(fact.customerId)];
  for (const dimension of DIMENSIONS) for (const value of valuesOf(fact, dimension)) keys.push(countKey(dimension, value));
  for (const duration of DURATIONS) {
    const days = fact.days[duration];
    if (days !== null) keys.push(durationKey(duration, days));
  }
  for (const [clock, dueOn, metOn] of fact.terms) {
    // Whether an open term is missed depends on the day the figures are read: keep its due day.
    keys.push(metOn === null ? openClockKey(clock, dueOn) : clockKey(clock, metOn <= dueOn ? 'met' : 'missed'));
  }
  return keys;
}

/** Adds (sign 1) or takes away (sign -1) the keys; a count that reaches zero is removed, so a day holds only what it has. */
export function applyKeys(tally: Tally, keys: readonly string[], sign: 1 | -1): void {
  for (const key of keys) {
    const next = (tally[key] ?? 0) + sign;
    if (next === 0) delete tally[key];
    else tally[key] = next;
  }
}

export function sumTallies(tallies: readonly Tally[]): Tally {
  const sum: Tally = {};
  for (const tally of tallies) for (const key in tally) sum[key] = (sum[key] ?? 0) + (tally[key] ?? 0);
  return sum;
}

export interface ClockCount {
  met: number;
  missed: number;
  /** Still running on `today`: not yet met nor missed. */
  running: number;
}

/** A clock's terms as of `today`: an open one past its due day counts as missed. */
export function clockCount(tally: Tally, clock: Clock, today: string): ClockCount {
  const count: ClockCount = { met: tally[clockKey(clock, 'met')] ?? 0, missed: tally[clockKey(clock, 'missed')] ?? 0, running: 0 };
  const openPrefix = `clock.${clock}|open|`;
  for (const key in tally) {
    if (!key.startsWith(openPrefix)) continue;
    const n = tally[key] ?? 0;
    if (key.slice(openPrefix.length) < today) count.missed += n;
    else count.running += n;
  }
  return count;
}

/** How many complaints took each number of working days. */
export function durationHistogram(tally: Tally, duration: Duration): Map<number, number> {
  const prefix = `days.${duration}|`;
  const histogram = new Map<number, number>();
  for (const key in tally) if (key.startsWith(prefix)) histogram.set(Number(key.slice(prefix.length)), tally[key] ?? 0);
  return histogram;
}

export function countsOf(tally: Tally, dimension: Dimension): Map<string, number> {
  const prefix = `${dimension}|`;
  const counts = new Map<string, number>();
  for (const key in tally) if (key.startsWith(prefix)) counts.set(key.slice(prefix.length), tally[key] ?? 0);
  return counts;
}

export { CLOCKS, DURATIONS };

/** The figures of the complaints received on one day (schema version 14): periods are ranges of these. */
export interface AnalysisDay {
  /** yyyy-MM-dd */
  id: string;
  tally: Tally;
}
