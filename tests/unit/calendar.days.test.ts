/**
 * The calendar's day arithmetic at its edges: leap years, months of 30 days, counts that are not whole, the
 * year end. A slip here gives a wrong due day on every complaint, so each edge is asserted as the day it gives.
 */
import { describe, expect, it } from 'vitest';
import { createWorkingDayCalendar } from '../../src-renderer/src/domain/calendar';

const calendar = createWorkingDayCalendar();

describe('a day that does not exist', () => {
  it.each(['2026-02-29', '2100-02-29', '2026-04-31', '2026-06-31', '2026-09-31', '2026-11-31', '2026-13-01', '2026-00-10', '2026-03-00', '2026-3-10'])(
    'such as %s is refused with a Dutch message',
    (day) => {
      expect(() => calendar.isWorkingDay(day)).toThrow(`Geen geldige dag: "${day}" (verwacht jjjj-mm-dd).`);
    },
  );

  it.each([
    ['2024-02-29', 'Donderdag'],
    ['2000-02-29', 'Dinsdag'],
    ['2026-01-31', 'Zaterdag'],
    ['2026-03-31', 'Dinsdag'],
    ['2026-05-31', 'Zondag'],
    ['2026-12-31', 'Donderdag'],
  ])('while %s is a real day', (day, weekday) => {
    const working = weekday !== 'Zaterdag' && weekday !== 'Zondag';
    expect(calendar.isWorkingDay(day)).toBe(working);
    expect(calendar.nonWorkingReason(day)).toBe(working ? null : weekday);
  });
});

describe('a due day in October, November or December', () => {
  it('is written with a two-digit month', () => {
    // Thursday 1 October 2026 + 2 working days: Monday 5 October.
    expect(calendar.dueDay('2026-10-01', { amount: 2, unit: 'working_days' })).toBe('2026-10-05');
    expect(calendar.dueDay('2026-09-30', { amount: 1, unit: 'days' })).toBe('2026-10-01');
  });
});

describe('a leap year', () => {
  it('keeps the weekdays after 29 February right (2028)', () => {
    expect(calendar.isWorkingDay('2028-02-29')).toBe(true);
    expect(calendar.nonWorkingReason('2028-03-04')).toBe('Zaterdag');
    expect(calendar.nonWorkingReason('2028-03-05')).toBe('Zondag');
    // Tuesday 29 February + 3 working days: Wednesday, Thursday, Friday 3 March.
    expect(calendar.dueDay('2028-02-29', { amount: 3, unit: 'working_days' })).toBe('2028-03-03');
    expect(calendar.workingDaysBetween('2028-02-28', '2028-03-06')).toBe(5);
  });

  it('is not one in 2100 but is in 2000', () => {
    // 1 March 2100 is a Monday; with a 29 February it would have been a Tuesday and 6 March not a Saturday.
    expect(calendar.nonWorkingReason('2100-03-06')).toBe('Zaterdag');
    expect(calendar.nonWorkingReason('2000-03-04')).toBe('Zaterdag');
  });
});

describe('a count that is not a whole number of 0 or more', () => {
  it('is refused with a Dutch message that names it', () => {
    expect(() => calendar.addWorkingDays('2026-03-09', -1)).toThrow('Het aantal werkdagen moet een heel getal van 0 of meer zijn, niet -1.');
    expect(() => calendar.dueDay('2026-03-09', { amount: 1.5, unit: 'days' })).toThrow('Een termijn moet een heel getal van 0 of meer zijn, niet 1.5.');
  });

  it('of 0 is allowed: the term ends on the (next) working day', () => {
    expect(calendar.dueDay('2026-03-07', { amount: 0, unit: 'days' })).toBe('2026-03-09');
    expect(calendar.dueDay('2026-03-10', { amount: 0, unit: 'working_days' })).toBe('2026-03-10');
  });
});

describe('counting over the year end', () => {
  it('counts backwards from January into December', () => {
    // Working days in [31 December, 4 January): only Thursday 31 December (1 January is Nieuwjaarsdag).
    expect(calendar.workingDaysBetween('2027-01-04', '2026-12-31')).toBe(-1);
    expect(calendar.workingDaysBetween('2026-12-31', '2027-01-04')).toBe(1);
    expect(calendar.workingDaysBetween('2027-01-05', '2026-12-30')).toBe(-3);
  });

  it('keeps an office closing day of the next year', () => {
    const closed = createWorkingDayCalendar([{ day: '2027-01-04', description: 'Inventarisatie' }]);
    expect(closed.dueDay('2026-12-31', { amount: 1, unit: 'working_days' })).toBe('2027-01-05');
    expect(closed.nonWorkingReason('2027-01-04')).toBe('Inventarisatie');
    expect(calendar.dueDay('2026-12-31', { amount: 1, unit: 'working_days' })).toBe('2027-01-04');
  });
});
