import Holidays from 'date-holidays-parser';
// Only the Dutch rules of date-holidays (see tests/tools/extract-nl-holidays.mjs): the full set is ~800 kB.
import nlHolidayData from './nlHolidayData.json';
import { memoize } from './memo';

/**
 * The general holidays of the Algemene termijnenwet (art. 3), by day, with the
 * name a letter or badge may show. date-holidays supplies the dates (Easter,
 * Koningsdag moved to Saturday when 27 April is a Sunday, Koninginnedag before
 * 2014); this module decides which of its days count.
 */

// date-holidays' Dutch names of the days that count. It marks Goede Vrijdag and Bevrijdingsdag as 'school' and lists
// days that do not count at all (Pasen and Pinksteren are Sundays anyway; Dodenherdenking, Sinterklaasavond,
// Oudejaarsavond, …), so its type says nothing here: the name decides.
const COUNTED: ReadonlyMap<string, string> = new Map([
  ['Nieuwjaar', 'Nieuwjaarsdag'],
  ['Goede Vrijdag', 'Goede Vrijdag'],
  ['Tweede paasdag', 'Tweede Paasdag'],
  ['Koningsdag', 'Koningsdag'],
  ['Koninginnedag', 'Koninginnedag'],
  ['Bevrijdingsdag', 'Bevrijdingsdag'],
  ['Hemelvaartsdag', 'Hemelvaartsdag'],
  ['Tweede pinksterdag', 'Tweede Pinksterdag'],
  ['Kerstmis', 'Eerste Kerstdag'],
  ['Tweede kerstdag', 'Tweede Kerstdag'],
]);

let source: Holidays | null = null;

function computeYear(year: number): ReadonlyMap<string, string> {
  source ??= new Holidays(nlHolidayData, 'NL');
  const days = new Map<string, string>();
  // Two can fall on one day (Hemelvaartsdag on 5 May 2016): the reason then names both.
  const add = (day: string, name: string) => {
    const other = days.get(day);
    if (other !== name) days.set(day, other ? `${other} en ${name}` : name);
  };
  for (const holiday of source.getHolidays(year, 'nl')) {
    const name = COUNTED.get(holiday.name);
    // `date` is the local Dutch date ("2026-04-27 00:00:00"); `start` is its UTC instant and would fall a day early.
    if (name) add(holiday.date.slice(0, 10), name);
  }
  // The Algemene termijnenwet names "de vijfde mei" without condition, whatever a library says about lustrum years.
  // Stryker disable next-line StringLiteral: the bundled date-holidays data lists 5 May every year, so this fallback never runs today
  if (!days.get(`${year}-05-05`)?.includes('Bevrijdingsdag')) add(`${year}-05-05`, 'Bevrijdingsdag');
  return days;
}

/** The year's holidays as day → Dutch name; computed once per year (date-holidays takes about a millisecond a year). */
export const termijnenwetHolidays: (year: number) => ReadonlyMap<string, string> = memoize(computeYear);
