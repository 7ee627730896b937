/** How the analysis names its periods and months in Dutch. */
import { format } from 'date-fns';
import { nl } from 'date-fns/locale';
import { parseDateOnly, toDutchDateInput } from '../dates';
import type { Period, PeriodKind } from './periods';

export function periodLabel(period: Period, kind: PeriodKind): string {
  const start = parseDateOnly(period.from);
  if (!start || kind === 'custom') return toDutchPeriod(period);
  if (kind === 'year') return format(start, 'yyyy');
  if (kind === 'quarter') return `${Math.floor(start.getMonth() / 3) + 1}e kwartaal ${format(start, 'yyyy')}`;
  return format(start, 'MMMM yyyy', { locale: nl });
}

/** "mrt 2026" for 2026-03. */
export function monthLabel(month: string): string {
  const start = parseDateOnly(`${month}-01`);
  return start ? format(start, 'MMM yyyy', { locale: nl }).replace('.', '') : month;
}

/** "10-03-2026 t/m 19-03-2026" */
export function toDutchPeriod(period: Period): string {
  return `${toDutchDateInput(period.from)} t/m ${toDutchDateInput(period.to)}`;
}
