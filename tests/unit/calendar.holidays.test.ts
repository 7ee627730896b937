import { describe, expect, it } from 'vitest';
import { createWorkingDayCalendar } from '../../src-renderer/src/domain/calendar';

/**
 * The independent reference: the general holidays of the Algemene termijnenwet written out by hand, with Easter from the
 * published tables (Easter Sunday 2026-04-05, 2027-03-28, 2028-04-16, 2029-04-01, 2030-04-21); Goede Vrijdag is two days
 * before it, Tweede Paasdag one day after, Hemelvaartsdag 39 days after and Tweede Pinksterdag 50 days after.
 */
const OFFICIAL: Record<number, Record<string, string>> = {
  2026: {
    '2026-01-01': 'Nieuwjaarsdag',
    '2026-04-03': 'Goede Vrijdag',
    '2026-04-06': 'Tweede Paasdag',
    '2026-04-27': 'Koningsdag',
    '2026-05-05': 'Bevrijdingsdag',
    '2026-05-14': 'Hemelvaartsdag',
    '2026-05-25': 'Tweede Pinksterdag',
    '2026-12-25': 'Eerste Kerstdag',
    '2026-12-26': 'Tweede Kerstdag',
  },
  2027: {
    '2027-01-01': 'Nieuwjaarsdag',
    '2027-03-26': 'Goede Vrijdag',
    '2027-03-29': 'Tweede Paasdag',
    '2027-04-27': 'Koningsdag',
    '2027-05-05': 'Bevrijdingsdag',
    '2027-05-06': 'Hemelvaartsdag',
    '2027-05-17': 'Tweede Pinksterdag',
    '2027-12-25': 'Eerste Kerstdag',
    '2027-12-26': 'Tweede Kerstdag',
  },
  2028: {
    '2028-01-01': 'Nieuwjaarsdag',
    '2028-04-14': 'Goede Vrijdag',
    '2028-04-17': 'Tweede Paasdag',
    '2028-04-27': 'Koningsdag',
    '2028-05-05': 'Bevrijdingsdag',
    '2028-05-25': 'Hemelvaartsdag',
    '2028-06-05': 'Tweede Pinksterdag',
    '2028-12-25': 'Eerste Kerstdag',
    '2028-12-26': 'Tweede Kerstdag',
  },
  2029: {
    '2029-01-01': 'Nieuwjaarsdag',
    '2029-03-30': 'Goede Vrijdag',
    '2029-04-02': 'Tweede Paasdag',
    '2029-04-27': 'Koningsdag',
    '2029-05-05': 'Bevrijdingsdag',
    '2029-05-10': 'Hemelvaartsdag',
    '2029-05-21': 'Tweede Pinksterdag',
    '2029-12-25': 'Eerste Kerstdag',
    '2029-12-26': 'Tweede Kerstdag',
  },
  2030: {
    '2030-01-01': 'Nieuwjaarsdag',
    '2030-04-19': 'Goede Vrijdag',
    '2030-04-22': 'Tweede Paasdag',
    '2030-04-27': 'Koningsdag',
    '2030-05-05': 'Bevrijdingsdag',
    '2030-05-30': 'Hemelvaartsdag',
    '2030-06-10': 'Tweede Pinksterdag',
    '2030-12-25': 'Eerste Kerstdag',
    '2030-12-26': 'Tweede Kerstdag',
  },
};

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
