import type { FieldChange } from './model';

/** Bookkeeping fields: they change on every write and say nothing about what a person changed. */
export const UNTRACKED_FIELDS: readonly string[] = ['updatedAt', 'searchTerms', 'searchKeys', 'nameTerms', 'detailTerms'];

/**
 * The fields whose values differ, with old and new value, for the event log.
 * A field missing on one side counts as null, so a created record lists every
 * field it was given as a change from null.
 */
export function diffRecords(
  before: object | null,
  after: object,
  ignore: readonly string[] = UNTRACKED_FIELDS,
): FieldChange[] {
  const oldValues: Record<string, unknown> = { ...before };
  const newValues: Record<string, unknown> = { ...after };
  const fields = [...new Set([...Object.keys(newValues), ...Object.keys(oldValues)])];
  const changes: FieldChange[] = [];
  for (const field of fields) {
    if (ignore.includes(field)) continue;
    const oldValue = oldValues[field] ?? null;
    const newValue = newValues[field] ?? null;
    if (!sameValue(oldValue, newValue)) changes.push({ field, old: oldValue, new: newValue });
  }
  return changes;
}

// Records hold only JSON-like values (strings, numbers, booleans, arrays, plain objects).
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}
