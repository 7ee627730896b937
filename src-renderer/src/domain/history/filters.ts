/**
 * The kinds a user can narrow the history to. Every event type belongs to
 * exactly one, checked by the compiler, so a new kind of event never drops
 * out of a filter.
 */
import type { EventType } from '../model';

export const HISTORY_FILTERS = ['all', 'contacts', 'letters', 'files', 'status', 'changes'] as const;
export type HistoryFilter = (typeof HISTORY_FILTERS)[number];

export const HISTORY_FILTER_LABELS: Record<HistoryFilter, string> = {
  all: 'Alles',
  contacts: 'Contacten en notities',
  letters: 'Brieven',
  files: 'Bestanden',
  status: 'Stappen en status',
  changes: 'Gewijzigde gegevens',
};

const FILTER_OF_EVENT: Record<EventType, Exclude<HistoryFilter, 'all'>> = {
  contact: 'contacts',
  note: 'contacts',
  letter_made: 'letters',
  attachment_added: 'files',
  attachment_removed: 'files',
  created: 'status',
  status_changed: 'status',
  owner_assigned: 'status',
  deadline_extended: 'status',
  escalated: 'status',
  step_recorded: 'status',
  anonymised: 'changes',
  data_handed_out: 'changes',
  confidential_opened: 'changes',
  updated: 'changes',
  customer_created: 'changes',
  customer_updated: 'changes',
  customers_merged: 'changes',
  settings_changed: 'changes',
};

export function inHistoryFilter(type: EventType, filter: HistoryFilter): boolean {
  return filter === 'all' || FILTER_OF_EVENT[type] === filter;
}
