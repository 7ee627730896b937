import Holidays from 'date-holidays-parser';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createWorkingDayCalendar } from '../../src-renderer/src/domain/calendar';
import type { YearTable } from '../../src-renderer/src/domain/calendar/yearTable';
import type { Term } from '../../src-renderer/src/domain/procedure';

/**
 * Deadlines are computed for every complaint in the register; the dashboard must stay instant at 100,000 complaints.
 * What makes that so is counted here, not timed (timing is the bench's: `npm run bench`): each year's table is built
 * once per calendar, its holidays computed once, and a due day or a count of days left reads a handful of table
 * entries, as few for a term of five years as for one of two working days, never a walk day by day.
 */
const COMPLAINTS = 100_000;
const TERMS: Term[] = [
  { amount: 2, unit: 'working_days' },
  { amount: 10, unit: 'working_days' },
  { amount: 4, unit: 'weeks' },
  { amount: 12, unit: 'months' },
  { amount: 5, unit: 'years' },
];

const counted = vi.hoisted(() => ({ tablesBuilt: 0, entriesRead: 0 }));

/** Every year table the calendar builds is counted, and every entry it reads from one afterwards. */
vi.mock('../../src-renderer/src/domain/calendar/yearTable', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src-renderer/src/domain/calendar/yearTable')>();
  function countingReads<T extends object>(values: T): T {
    return new Proxy(values, {
      // No receiver: a typed array's length is a getter that refuses a proxy as `this`.
      get(target, key) {
        counted.entriesRead += 1;
        return Reflect.get(target, key);
      },
    });
  }
  return {
    ...original,
    buildYearTable(...args: Parameters<typeof original.buildYearTable>): YearTable {
      counted.tablesBuilt += 1;
      const table = original.buildYearTable(...args);
      return {
        year: table.year,
        days: countingReads(table.days),
        reasons: countingReads(table.reasons),
        workingBefore: countingReads(table.workingBefore),
        workingDays: countingReads(table.workingDays),
      };
    },
  };
});

function receivedDays(count: number): string[] {
  const days: string[] = [];
  for (let i = 0; i < count; i++) {
    const date = new Date(2026, 0, 1 + (i % 1826));
    days.push(`${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`);
  }
  return days;
}

const yearOf = (day: string) => Number(day.slice(0, 4));

describe('the work behind 100,000 deadlines', () => {
  const days = receivedDays(COMPLAINTS);
  const holidays = vi.spyOn(Holidays.prototype, 'getHolidays');

  beforeEach(() => {
    counted.tablesBuilt = 0;
    counted.entriesRead = 0;
  });
  afterAll(() => holidays.mockRestore());

  it('computes 100,000 due days building each year once and reading a few entries per due day, whatever the term', () => {
    const calendar = createWorkingDayCalendar([{ day: '2027-05-07', description: 'Dag na Hemelvaart' }]);
    const years = new Set<number>();
    const mostReadFor = new Map<string, number>();
    for (let i = 0; i < COMPLAINTS; i++) {
      const start = days[i] ?? '2026-01-01';
      const term = TERMS[i % TERMS.length] ?? TERMS[0]!;
      const before = counted.entriesRead;
      const due = calendar.dueDay(start, term);
      const read = counted.entriesRead - before;
      const key = `${term.amount} ${term.unit}`;
      mostReadFor.set(key, Math.max(mostReadFor.get(key) ?? 0, read));
      if (!(due > start)) throw new Error(`${start} + ${key} gave ${due}`);
      for (let year = yearOf(start); year <= yearOf(due); year++) years.add(year);
    }
    // One table per calendar year the terms touch (2026 to 2035), not per complaint.
    expect(counted.tablesBuilt).toBe(years.size);
    expect(counted.tablesBuilt).toBeLessThanOrEqual(10);
    // A working-day term reads the start's rank, the year's total (and the next year's, past its end), the n-th working
    // day and its string: the same for 10 working days as for 2.
    expect(mostReadFor.get('2 working_days')).toBeLessThanOrEqual(6);
    expect(mostReadFor.get('10 working_days')).toBe(mostReadFor.get('2 working_days'));
    // A term in weeks, months or years moves only its end to a working day (its start counts as it is): one such lookup
    // (the day's rank, the year's totals, the working day and its string),
    // as cheap for 5 years as for 4 weeks.
    for (const term of ['4 weeks', '12 months', '5 years']) expect(mostReadFor.get(term), term).toBeLessThanOrEqual(7);
    // The holidays of a year are computed once, for every calendar that asks.
    expect(holidays.mock.calls.length).toBe(years.size);
  });

  it('counts days left for 100,000 deadlines from the year tables, not day by day, computing holidays once for both calendars', () => {
    const holidaysBefore = holidays.mock.calls.length;
    // The office's closing days change: the desk builds a new calendar, whose years' holidays are already known.
    const calendars = [createWorkingDayCalendar(), createWorkingDayCalendar([{ day: '2027-05-07', description: 'Dag na Hemelvaart' }])];
    let most = 0;
    let total = 0;
    for (let i = 0; i < COMPLAINTS; i++) {
      const before = counted.entriesRead;
      total += calendars[i % 2]!.workingDaysBetween('2028-06-15', days[i] ?? '2026-01-01');
      most = Math.max(most, counted.entriesRead - before);
    }
    expect(Number.isFinite(total)).toBe(true);
    // 2026 to 2030: five tables per calendar.
    expect(counted.tablesBuilt).toBe(2 * 5);
    // One entry per end, and each whole year in between counted by its total: at most 2 + 2 years apart (2026 → 2028).
    expect(most).toBeLessThanOrEqual(4);
    // Holidays of those five years at most once (none, after the first test), not once per calendar.
    expect(holidays.mock.calls.length - holidaysBefore).toBeLessThanOrEqual(5);
  });
});
