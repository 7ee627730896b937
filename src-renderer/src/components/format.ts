import { format, parseISO } from 'date-fns';
import { nl } from 'date-fns/locale';
import { longDutchDate } from '../domain/dates';

export function formatDateTime(iso: string): string {
  if (!iso) return '';
  return format(parseISO(iso), 'd MMM yyyy HH:mm', { locale: nl });
}

/** Compact, for table columns: 21-11-2026 09:30. */
export function formatShortDateTime(iso: string): string {
  if (!iso) return '';
  return format(parseISO(iso), 'dd-MM-yyyy HH:mm');
}

/** Compact day for table columns: 21-11-2026. */
export function formatShortDate(day: string): string {
  if (!day) return '';
  return format(parseISO(day), 'dd-MM-yyyy');
}

export function formatDate(iso: string): string {
  return longDutchDate(iso);
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['kB', 'MB', 'GB', 'TB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toLocaleString('nl-NL', { maximumFractionDigits: 1 })} ${units[unit]}`;
}

/** A day as people write it on a desk: 23 nov. 2026. */
export function formatMediumDate(dayOrIso: string): string {
  if (!dayOrIso) return '';
  return format(parseISO(dayOrIso), 'd MMM yyyy', { locale: nl });
}
