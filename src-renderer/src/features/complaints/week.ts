import { endOfWeek, format, parseISO } from 'date-fns';

/** "Deze week" runs to Sunday, as an office plans its week (Monday start). */
export function endOfWeekDay(today: string): string {
  return format(endOfWeek(parseISO(today), { weekStartsOn: 1 }), 'yyyy-MM-dd');
}
