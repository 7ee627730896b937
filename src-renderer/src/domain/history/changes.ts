/**
 * The rows of an event's change table: each changed field with its Dutch
 * name and its old and new value as a person would write them. A list of
 * records (contacts, status checks) shows only the entries that changed, not
 * the whole list twice.
 */
import { FIELD_LABELS } from '../labels';
import type { ComplaintEvent, EventType, FieldChange } from '../model';
import { fieldKind } from './fields';
import { EMPTY, formatValue, type ValueKind, type ValueNames } from './values';

export interface HistoryRow {
  field: string;
  label: string;
  old: string;
  new: string;
}

/** Events whose one-line summary says it all; their field list would only repeat it with ids and hashes. */
const SUMMARY_ONLY: ReadonlySet<EventType> = new Set(['created', 'customer_created', 'attachment_added', 'attachment_removed', 'letter_made']);

const ITEM_LISTS: ReadonlySet<ValueKind> = new Set([
  'contacts',
  'statusChecks',
  'followUps',
  'consultations',
  'correctiveActions',
  'escalations',
  'reasons',
  'notHeard',
  'extensions',
]);

/** Shown where one side of a list change has no entry of its own: the entries before stay as they were. */
const UNCHANGED_ENTRIES = '—';

const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

function onlyIn(side: unknown[], other: unknown[]): unknown[] {
  const others = new Set(other.map((item) => JSON.stringify(item)));
  return side.filter((item) => !others.has(JSON.stringify(item)));
}

function listRow(kind: ValueKind, change: FieldChange, names: ValueNames): Pick<HistoryRow, 'old' | 'new'> {
  const before = asList(change.old);
  const after = asList(change.new);
  const removed = onlyIn(before, after);
  const added = onlyIn(after, before);
  const side = (items: unknown[], whole: unknown[]) =>
    items.length > 0 ? formatValue(kind, items, names) : whole.length === 0 ? EMPTY : UNCHANGED_ENTRIES;
  return { old: side(removed, before), new: side(added, after) };
}

/** A value of a field nobody said how to read: plain text as it is, anything else not shown raw. */
function unknownValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return EMPTY;
  return typeof value === 'object' ? '(niet te tonen)' : String(value);
}

function historyRow(change: FieldChange, names: ValueNames): HistoryRow | null {
  const kind = fieldKind(change.field);
  if (kind === 'hidden') return null;
  const label = FIELD_LABELS[change.field] ?? change.field;
  if (kind === null) return { field: change.field, label, old: unknownValue(change.old), new: unknownValue(change.new) };
  const values = ITEM_LISTS.has(kind)
    ? listRow(kind, change, names)
    : { old: formatValue(kind, change.old, names), new: formatValue(kind, change.new, names) };
  return { field: change.field, label, ...values };
}

/** The change table of one event; empty where the summary says it all. */
export function historyRows(event: Pick<ComplaintEvent, 'type' | 'changes'>, names: ValueNames): HistoryRow[] {
  if (SUMMARY_ONLY.has(event.type)) return [];
  return event.changes.map((change) => historyRow(change, names)).filter((row): row is HistoryRow => row !== null);
}
