import { fieldKind } from '../../domain/history/fields';
import { EMPTY, formatValue } from '../../domain/history/values';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * How a stored value reads in Dutch on the card and in the timeline: by the
 * kind of its field (domain/history), so both say the same. A part of a
 * nested record without a kind of its own reads as plain text.
 */
export function displayValue(field: string, value: unknown): string {
  const kind = fieldKind(field);
  if (kind !== null && kind !== 'hidden') return formatValue(kind, value);
  if (value === null || value === undefined || value === '') return EMPTY;
  if (Array.isArray(value)) return value.length ? value.map((item) => displayValue(field, item)).join(', ') : EMPTY;
  if (typeof value === 'boolean') return value ? 'Ja' : 'Nee';
  if (typeof value === 'object') {
    const parts = Object.entries(value as Record<string, unknown>).filter(([, part]) => part !== null && part !== '');
    return parts.length ? parts.map(([key, part]) => displayValue(key, part)).join(', ') : EMPTY;
  }
  // Workflow dates are stored as days (yyyy-MM-dd): written out as everywhere else on the card.
  if (typeof value === 'string' && DAY.test(value)) return formatValue('day', value);
  return String(value);
}
