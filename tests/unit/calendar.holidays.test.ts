import { describe, expect, it } from 'vitest';
import { createWorkingDayCalendar } from '../../src-renderer/src/domain/calendar';
import { OFFICIAL } from './support/officialHolidays';

function* daysOf(year: number): Generator<string> {
  for (let date = new Date(year, 0, 1); date.getFullYear() === year; date.setDate(date.getDate() + 1)) {
    yield `${year}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
  }
}

function weekend(day: string): boolean {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const weekday = new Date(year, month - 1, date).getDay();
  return weekday === 0 || weekday === 6;
}

describe('holidays of the Algemene termijnenwet, 2026–2030', () => {
  const calendar = createWorkingDayCalendar();

  it.each(Object.keys(OFFICIAL).map(Number))('%i: exactly the official days are holidays, with their names', (year) => {
    const official = OFFICIAL[year] ?? {};
    const found: Record<string, string> = {};
    for (const day of daysOf(year)) {
      const reason = calendar.nonWorkingReason(day);
      if (reason !== null && !weekend(day)) found[day] = reason;
      // Holidays on a weekend still carry their own name.
      if (reason !== null && day in official) found[day] = reason;
    }
    expect(found).toEqual(official);
  });

  it('leaves out what date-holidays lists but the law does not: Dodenherdenking, Sinterklaasavond, Oudejaarsdag, Prinsjesdag', () => {
    for (const day of ['2026-05-04', '2026-12-04', '2026-12-31', '2026-09-15', '2026-11-11', '2026-12-15']) {
      expect(calendar.isWorkingDay(day), day).toBe(true);
    }
  });

  it('gives every weekday and working day its reason or null', () => {
    expect(calendar.nonWorkingReason('2026-03-07')).toBe('Zaterdag');
    expect(calendar.nonWorkingReason('2026-03-08')).toBe('Zondag');
    expect(calendar.nonWorkingReason('2026-03-09')).toBeNull();
    expect(calendar.isWorkingDay('2026-03-09')).toBe(true);
  });
});

describe('Koningsdag', () => {
  const calendar = createWorkingDayCalendar();

  it('is on Saturday 26 April when 27 April is a Sunday (2025, 2031)', () => {
    for (const year of [2025, 2031]) {
      expect(calendar.nonWorkingReason(`${year}-04-26`)).toBe('Koningsdag');
      expect(calendar.nonWorkingReason(`${year}-04-27`)).toBe('Zondag');
    }
  });

  it('stays on 27 April when that is a Saturday (2030)', () => {
    expect(calendar.nonWorkingReason('2030-04-27')).toBe('Koningsdag');
    expect(calendar.nonWorkingReason('2030-04-26')).toBeNull();
  });
});

describe('5 mei', () => {
  it('is a holiday every year, not only every fifth year', () => {
    const calendar = createWorkingDayCalendar();
    for (let year = 2021; year <= 2040; year++) {
      expect(calendar.nonWorkingReason(`${year}-05-05`), String(year)).toBe('Bevrijdingsdag');
    }
  });
});

describe('every year the library covers', () => {
  it('has all nine general holidays, so a renamed holiday in a new date-holidays version cannot slip through', () => {
    const calendar = createWorkingDayCalendar();
    const expected = new Set([
      'Nieuwjaarsdag',
      'Goede Vrijdag',
      'Tweede Paasdag',
      'Koningsdag',
      'Bevrijdingsdag',
      'Hemelvaartsdag',
      'Tweede Pinksterdag',
      'Eerste Kerstdag',
      'Tweede Kerstdag',
    ]);
    for (let year = 2014; year <= 2100; year++) {
      const names = new Set<string>();
      for (const day of daysOf(year)) {
        const reason = calendar.nonWorkingReason(day);
        for (const name of reason?.split(' en ') ?? []) if (expected.has(name)) names.add(name);
      }
      expect(names, String(year)).toEqual(expected);
    }
  });

  it('names both holidays when they fall on one day (Hemelvaartsdag on 5 May 2016)', () => {
    expect(createWorkingDayCalendar().nonWorkingReason('2016-05-05')).toMatch(/^(Hemelvaartsdag en Bevrijdingsdag|Bevrijdingsdag en Hemelvaartsdag)$/);
  });

  it('before 2014 has Koninginnedag instead of Koningsdag', () => {
    const calendar = createWorkingDayCalendar();
    expect(calendar.nonWorkingReason('2013-04-30')).toBe('Koninginnedag');
    expect(calendar.isWorkingDay('2013-04-26')).toBe(true);
  });
});
