import { addDays, endOfWeek, format, getISODay, parseISO } from 'date-fns';

/**
 * The last day of "Deze week" on the desk: Sunday, as in the complaint list's
 * filter. At the weekend the office looks ahead, so then it is next week's Sunday.
 */
export function deskWeekEnd(today: string): string {
  const day = parseISO(today);
  const weekend = getISODay(day) >= 6;
  return format(endOfWeek(weekend ? addDays(day, 7) : day, { weekStartsOn: 1 }), 'yyyy-MM-dd');
}
