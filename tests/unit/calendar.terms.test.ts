import { describe, expect, it } from 'vitest';
import { createWorkingDayCalendar } from '../../src-renderer/src/domain/calendar';
import type { Term } from '../../src-renderer/src/domain/procedure';

const workingDays = (amount: number): Term => ({ amount, unit: 'working_days' });
const weeks = (amount: number): Term => ({ amount, unit: 'weeks' });

describe('terms in working days', () => {
  const calendar = createWorkingDayCalendar();

  it('do not count the day of receipt: Monday + 2 working days is Wednesday', () => {
    expect(calendar.dueDay('2026-03-09', workingDays(2))).toBe('2026-03-11');
  });

  it('count a Saturday receipt from Monday: Saturday + 2 working days is Tuesday', () => {
    expect(calendar.dueDay('2026-03-07', workingDays(2))).toBe('2026-03-10');
    expect(calendar.dueDay('2026-03-08', workingDays(2))).toBe('2026-03-10');
  });

  it('count a receipt on a holiday from the next working day', () => {
    // Koningsdag, Monday 27 April 2026: Tuesday is the first working day, Wednesday the second.
    expect(calendar.dueDay('2026-04-27', workingDays(2))).toBe('2026-04-29');
  });

  it('skip Goede Vrijdag and Tweede Paasdag', () => {
    // Thursday 2 April 2026 + 1: Friday is Goede Vrijdag, Monday Tweede Paasdag, so Tuesday 7 April.
    expect(calendar.dueDay('2026-04-02', workingDays(1))).toBe('2026-04-07');
  });

  it('run over Christmas and New Year', () => {
    // From Wednesday 23 December 2026: 24, 28, 29, 30, 31 December, then 4–8 January (1 January is Nieuwjaarsdag).
    expect(calendar.dueDay('2026-12-23', workingDays(5))).toBe('2026-12-31');
    expect(calendar.dueDay('2026-12-23', workingDays(10))).toBe('2027-01-08');
  });

  it('run over several years without losing count', () => {
    const start = '2026-12-31';
    const end = calendar.addWorkingDays(start, 600);
    expect(calendar.workingDaysBetween(start, end)).toBe(600);
    expect(calendar.isWorkingDay(end)).toBe(true);
  });

  it('with 0 give the day itself or the next working day', () => {
    expect(calendar.addWorkingDays('2026-03-09', 0)).toBe('2026-03-09');
    expect(calendar.addWorkingDays('2026-03-07', 0)).toBe('2026-03-09');
    expect(calendar.nextWorkingDayOnOrAfter('2026-12-25')).toBe('2026-12-28');
    expect(calendar.nextWorkingDayOnOrAfter('2026-12-31')).toBe('2026-12-31');
  });
});

describe('terms in days, weeks, months and years', () => {
  const calendar = createWorkingDayCalendar();

  it('are calendar arithmetic from the day of receipt', () => {
    expect(calendar.dueDay('2026-03-10', weeks(4))).toBe('2026-04-07');
    expect(calendar.dueDay('2026-03-10', { amount: 10, unit: 'days' })).toBe('2026-03-20');
    expect(calendar.dueDay('2026-03-31', { amount: 1, unit: 'months' })).toBe('2026-04-30');
    expect(calendar.dueDay('2026-06-15', { amount: 12, unit: 'months' })).toBe('2027-06-15');
    expect(calendar.dueDay('2028-02-29', { amount: 1, unit: 'years' })).toBe('2029-02-28');
  });

  it('move on when they end on a holiday', () => {
    // Monday 13 April + 2 weeks = Koningsdag → Tuesday.
    expect(calendar.dueDay('2026-04-13', weeks(2))).toBe('2026-04-28');
    // Thursday 16 April + 4 weeks = Hemelvaartsdag → Friday.
    expect(calendar.dueDay('2026-04-16', weeks(4))).toBe('2026-05-15');
    // 24 December 2027 + 1 year = Sunday; Monday and Tuesday are Christmas → Wednesday.
    expect(calendar.dueDay('2027-12-24', { amount: 1, unit: 'years' })).toBe('2028-12-27');
  });

  // Algemene termijnenwet: the term runs from the day of receipt itself, even a day off; only its last day moves. (This
  // once moved the start to the next working day first, which gave a holiday receipt one day too many.)
  it('count from the day of receipt itself when that is a Saturday or a holiday, moving only the last day', () => {
    // Hemelvaartsdag, Thursday 14 May 2026 + 4 weeks = Thursday 11 June (not Friday 12 June, as from Friday 15 May).
    expect(calendar.dueDay('2026-05-14', weeks(4))).toBe('2026-06-11');
    // Koningsdag, Monday 27 April + 2 weeks = Monday 11 May (not Tuesday 12 May).
    expect(calendar.dueDay('2026-04-27', weeks(2))).toBe('2026-05-11');
    expect(calendar.dueDay('2026-04-27', { amount: 10, unit: 'days' })).toBe('2026-05-07');
    // Saturday 4 April + 2 weeks = Saturday 18 April, which moves to Monday 20 April (not Tuesday 21, from Tuesday 7 April).
    expect(calendar.dueDay('2026-04-04', weeks(2))).toBe('2026-04-20');
    // Hemelvaartsdag 2026 + 1 year = Friday 14 May 2027, a working day (not Monday 17 May, from Friday 15 May 2026).
    expect(calendar.dueDay('2026-05-14', { amount: 1, unit: 'years' })).toBe('2027-05-14');
    // Saturday 31 January + 1 month = Saturday 28 February, which moves to Monday 2 March.
    expect(calendar.dueDay('2026-01-31', { amount: 1, unit: 'months' })).toBe('2026-03-02');
  });

  it('count working days as before: the day of receipt never counts, a holiday receipt counts from the next working day', () => {
    // Hemelvaartsdag + 2 working days: Friday 15 May is the first, Monday 18 May the second.
    expect(calendar.dueDay('2026-05-14', workingDays(2))).toBe('2026-05-18');
  });

  it('with 0 give the next working day', () => {
    expect(calendar.dueDay('2026-03-07', weeks(0))).toBe('2026-03-09');
  });
});

describe('office closing days', () => {
  const closed = createWorkingDayCalendar([{ day: '2026-05-15', description: 'Dag na Hemelvaart' }]);
  const open = createWorkingDayCalendar();

  it('are no working days and say why', () => {
    expect(closed.isWorkingDay('2026-05-15')).toBe(false);
    expect(closed.nonWorkingReason('2026-05-15')).toBe('Dag na Hemelvaart');
    expect(open.isWorkingDay('2026-05-15')).toBe(true);
  });

  it('are skipped by terms in working days', () => {
    expect(open.dueDay('2026-05-13', workingDays(2))).toBe('2026-05-18');
    expect(closed.dueDay('2026-05-13', workingDays(2))).toBe('2026-05-19');
  });

  it('move a term in weeks that ends on them', () => {
    expect(closed.dueDay('2026-04-16', weeks(4))).toBe('2026-05-18');
  });

  it('never lose to a holiday name, and an empty description still says the office is closed', () => {
    const calendar = createWorkingDayCalendar([
      { day: '2026-12-25', description: 'Kerstsluiting' },
      { day: '2026-12-24', description: '  ' },
    ]);
    expect(calendar.nonWorkingReason('2026-12-25')).toBe('Eerste Kerstdag');
    expect(calendar.nonWorkingReason('2026-12-24')).toBe('Kantoor gesloten');
  });

  it('refuse a day that does not exist', () => {
    expect(() => createWorkingDayCalendar([{ day: '2026-02-30', description: 'x' }])).toThrow(/Geen geldige dag/);
  });
});

describe('workingDaysBetween', () => {
  const calendar = createWorkingDayCalendar();

  it('is 0 on the same day, positive forwards, negative backwards', () => {
    expect(calendar.workingDaysBetween('2026-03-11', '2026-03-11')).toBe(0);
    expect(calendar.workingDaysBetween('2026-03-09', '2026-03-11')).toBe(2);
    expect(calendar.workingDaysBetween('2026-03-11', '2026-03-09')).toBe(-2);
  });

  it('counts the deadline day, so a deadline last Friday is 1 day overdue on Saturday and Monday', () => {
    expect(calendar.workingDaysBetween('2026-03-14', '2026-03-13')).toBe(-1);
    expect(calendar.workingDaysBetween('2026-03-16', '2026-03-13')).toBe(-1);
    expect(calendar.workingDaysBetween('2026-03-13', '2026-03-16')).toBe(1);
    expect(calendar.workingDaysBetween('2026-03-14', '2026-03-16')).toBe(1);
  });

  it('skips holidays over the year end', () => {
    // 24, 28, 29, 30 and 31 December, then Monday 4 January (1 January is Nieuwjaarsdag).
    expect(calendar.workingDaysBetween('2026-12-23', '2027-01-04')).toBe(6);
    expect(calendar.workingDaysBetween('2027-01-04', '2026-12-23')).toBe(-6);
  });

  it('undoes addWorkingDays from any day, working or not', () => {
    for (const start of ['2026-03-07', '2026-04-03', '2026-12-24', '2027-05-05', '2029-12-31']) {
      for (const n of [1, 2, 5, 10, 20, 260]) {
        expect(calendar.workingDaysBetween(start, calendar.addWorkingDays(start, n)), `${start} + ${n}`).toBe(n);
      }
    }
  });
});

describe('bad input', () => {
  const calendar = createWorkingDayCalendar();

  it('is refused instead of giving a wrong deadline', () => {
    expect(() => calendar.isWorkingDay('21-11-2026')).toThrow(/Geen geldige dag/);
    expect(() => calendar.dueDay('2026-03-09', { amount: -1, unit: 'weeks' })).toThrow(RangeError);
    expect(() => calendar.addWorkingDays('2026-03-09', 1.5)).toThrow(RangeError);
  });
});
