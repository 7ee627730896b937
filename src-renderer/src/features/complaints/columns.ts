import type { ListSort, SortColumn } from '../../domain/listSort';
import { STATUS_LABELS } from '../../domain/labels';
import type { StatusFilter, TermFilter } from './useComplaintRows';

export const COLUMN_LABELS: Record<SortColumn, string> = {
  reference: 'Kenmerk',
  received: 'Ontvangen',
  customer: 'Klant',
  status: 'Status',
  deadline: 'Termijn',
  owner: 'Behandelaar',
};

const TERM_TEXT: Record<TermFilter, string> = { all: 'alle termijnen', overdue: 'te laat', week: 'deze week' };

/** What a printed register shows of the list it came from, so the paper says which part of the register it is. */
export function listDescription({ query, status, term, sort }: { query: string; status: StatusFilter; term: TermFilter; sort: ListSort }): string {
  return [
    `Status: ${status === 'all' ? 'alle statussen' : STATUS_LABELS[status].toLowerCase()}`,
    `Termijn: ${TERM_TEXT[term]}`,
    ...(query.trim() ? [`Zoekterm: „${query.trim()}”`] : []),
    `Gesorteerd op ${COLUMN_LABELS[sort.column].toLowerCase()} (${sort.direction === 'asc' ? 'oplopend' : 'aflopend'})`,
  ].join(' · ');
}
