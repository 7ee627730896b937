/**
 * Every due day checked against a second, deliberately naive count: plain Date arithmetic and the holidays written out
 * by hand (support/officialHolidays), no date-fns and no year tables. The rules it encodes are the Algemene
 * termijnenwet's: a term in working days leaves out the day of receipt and counts only working days after it; a term
 * in days, weeks, months or years runs from the day of receipt itself, even a day off, and only its last day moves to
 * the next working day.
 */
import { describe, expect, it } from 'vitest';
import { createWorkingDayCalendar } from '../../src-renderer/src/domain/calendar';
import type { Term } from '../../src-renderer/src/domain/procedure';
import { OFFICIAL } from './support/officialHolidays';

const pad = (n: number) => String(n).padStart(2, '0');
const dayString = (date: Date) => `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;

function dayOff(date: Date): boolean {
  const holidays = OFFICIAL[date.getFullYear()];
  if (!holidays) throw new Error(`No hand-written holidays for ${date.getFullYear()}`);
  return date.getDay() === 0 || date.getDay() === 6 || dayString(date) in holidays;
}

/** Noon, so a daylight-saving change can never move the date. */
function atNoon(day: string): Date {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Date(year, month - 1, date, 12);
}

function nextDay(date: Date): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + 1, 12);
}

/** A Dutch term in months ends on the same day of the month, or the month's last day when it has no such day. */
function plusMonths(date: Date, months: number): Date {
  const lastOfTarget = new Date(date.getFullYear(), date.getMonth() + months + 1, 0, 12).getDate();
  return new Date(date.getFullYear(), date.getMonth() + months, Math.min(date.getDate(), lastOfTarget), 12);
}

function referenceDueDay(start: string, { amount, unit }: Term): string {
  let date = atNoon(start);
  if (unit === 'working_days') {
    for (let counted = 0; counted < amount; ) {
      date = nextDay(date);
      if (!dayOff(date)) counted += 1;
    }
    return dayString(date);
  }
  if (unit === 'days') date = new Date(date.getFullYear(), date.getMonth(), date.getDate() + amount, 12);
  if (unit === 'weeks') date = new Date(date.getFullYear(), date.getMonth(), date.getDate() + 7 * amount, 12);
  if (unit === 'months') date = plusMonths(date, amount);
  if (unit === 'years') date = plusMonths(date, 12 * amount);
  while (dayOff(date)) date = nextDay(date);
  return dayString(date);
}

/** Every term the presets use, and a few more units. */
const TERMS = (
  [
    [2, 'working_days'], [5, 'working_days'], [10, 'working_days'], [3, 'days'], [2, 'weeks'], [4, 'weeks'],
    [6, 'weeks'], [8, 'weeks'], [1, 'months'], [12, 'months'], [1, 'years'], [2, 'years'],
  ] as const
).map(([amount, unit]): Term => ({ amount, unit }));

function* everyDay(from: string, to: string): Generator<string> {
  for (let date = atNoon(from); dayString(date) <= to; date = nextDay(date)) yield dayString(date);
}

describe('due days against a day-by-day count on the hand-written holidays', () => {
  it('agree for every day of receipt from 2026 to 2028 and every term the presets use', () => {
    const calendar = createWorkingDayCalendar();
    const differences: string[] = [];
    let checked = 0;
    for (const start of everyDay('2026-01-01', '2028-12-31')) {
      for (const term of TERMS) {
        const expected = referenceDueDay(start, term);
        const actual = calendar.dueDay(start, term);
        checked += 1;
        if (actual !== expected) differences.push(`${start} + ${term.amount} ${term.unit}: ${actual}, expected ${expected}`);
      }
    }
    expect(checked).toBe(1096 * TERMS.length);
    expect(differences.slice(0, 10)).toEqual([]);
  });

  it('count as the law does on the days that tell the rules apart', () => {
    // The reference itself pinned on receipts on a holiday, so it cannot drift to the engine's answer unnoticed.
    expect(referenceDueDay('2026-05-14', { amount: 4, unit: 'weeks' })).toBe('2026-06-11');
    expect(referenceDueDay('2026-05-14', { amount: 2, unit: 'working_days' })).toBe('2026-05-18');
    expect(referenceDueDay('2028-02-29', { amount: 1, unit: 'years' })).toBe('2029-02-28');
    expect(referenceDueDay('2026-01-31', { amount: 1, unit: 'months' })).toBe('2026-03-02');
  });
});
