/**
 * How two versions of one shared record become one, when two workstations
 * changed it while apart. A three-way merge against the version both started
 * from: what only one side changed is taken as is, so work on different parts
 * of one complaint (an owner assigned at one desk, a contact recorded at the
 * other) merges by itself. Only where both changed the same field to different
 * values is there a conflict: the merge keeps one value and records both, so
 * nothing is lost silently and a person can choose.
 *
 * Plain objects merge field by field, all the way down (a complaint's
 * workflow holds every step, and two steps recorded apart must both survive);
 * arrays and other values are taken whole.
 */

export interface EditConflict {
  /** Dotted path of the field, e.g. `summary` or `workflow.judgement`. */
  path: string;
  /** The value both sides started from (undefined when the field was new). */
  base: unknown;
  /** The value kept in the merged record. */
  kept: unknown;
  /** The other side's value, set aside until someone chooses. */
  other: unknown;
  /** When each side last changed the record (its updatedAt). */
  keptUpdatedAt: string | null;
  otherUpdatedAt: string | null;
}

export interface MergeResult<T> {
  value: T;
  conflicts: EditConflict[];
}

type Plain = Record<string, unknown>;

/** Fields that hold no user input (search terms, stamps): recomputed after a merge, never a conflict. */
export interface MergeOptions {
  derived?: ReadonlySet<string>;
}

/**
 * `kept` wins a conflict, `other` is recorded. Callers choose `kept` so every
 * workstation merging the same pair keeps the same value (the winning revision).
 * Conflicts already recorded on either side are carried over.
 */
export function mergeRecords<T extends object>(base: T | null, kept: T, other: T, options: MergeOptions = {}): MergeResult<T> {
  const conflicts: EditConflict[] = [];
  const keptAt = stamp(kept);
  const otherAt = stamp(other);
  const derived = options.derived ?? new Set<string>();
  const merged = mergeObject((base ?? {}) as Plain, kept as Plain, other as Plain, '', (path, b, k, o) => {
    if (path === 'updatedAt' || derived.has(path)) return;
    conflicts.push({ path, base: b, kept: k, other: o, keptUpdatedAt: keptAt, otherUpdatedAt: otherAt });
  });
  delete merged.conflicts;
  const all = dedupe([...carriedConflicts(base, kept, other), ...conflicts], merged);
  if (all.length > 0) merged.conflicts = all;
  if (keptAt !== null || otherAt !== null) merged.updatedAt = [keptAt ?? '', otherAt ?? ''].sort().at(-1);
  return { value: merged as T, conflicts };
}

function mergeObject(base: Plain, kept: Plain, other: Plain, prefix: string, onConflict: (path: string, b: unknown, k: unknown, o: unknown) => void): Plain {
  const result: Plain = {};
  const keys = new Set([...Object.keys(kept), ...Object.keys(other)]);
  for (const key of keys) {
    if (prefix === '' && key === 'conflicts') continue;
    const path = prefix ? `${prefix}.${key}` : key;
    const b = base[key];
    const k = kept[key];
    const o = other[key];
    if (sameValue(k, o)) result[key] = k;
    else if (sameValue(o, b)) result[key] = k;
    else if (sameValue(k, b)) result[key] = o;
    else if (isPlain(k) && isPlain(o)) result[key] = mergeObject(isPlain(b) ? b : {}, k, o, path, onConflict);
    else {
      onConflict(path, b, k, o);
      result[key] = k;
    }
    if (result[key] === undefined) delete result[key];
  }
  return result;
}

function isPlain(value: unknown): value is Plain {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Structural equality of JSON values; key order does not count. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((item, index) => sameValue(item, other[index]));
  }
  const aKeys = Object.keys(a).filter((key) => (a as Plain)[key] !== undefined);
  const bKeys = Object.keys(b).filter((key) => (b as Plain)[key] !== undefined);
  return aKeys.length === bKeys.length && aKeys.every((key) => sameValue((a as Plain)[key], (b as Plain)[key]));
}

function stamp(record: object): string | null {
  const value = (record as Plain).updatedAt;
  return typeof value === 'string' ? value : null;
}

function recorded(record: object): EditConflict[] {
  const value = (record as Plain).conflicts;
  return Array.isArray(value) ? (value as EditConflict[]) : [];
}

/** A conflict one side resolved (it was in the base, and that side no longer has it) stays resolved. */
function carriedConflicts(base: object | null, kept: object, other: object): EditConflict[] {
  const inBase = new Set((base ? recorded(base) : []).map(conflictKey));
  const inKept = new Set(recorded(kept).map(conflictKey));
  const inOther = new Set(recorded(other).map(conflictKey));
  return [...recorded(kept), ...recorded(other)].filter((conflict) => {
    const id = conflictKey(conflict);
    return !inBase.has(id) || (inKept.has(id) && inOther.has(id));
  });
}

/** One conflict per field and pair of values, whichever side kept which: two workstations merging the same pair record it once. */
function conflictKey(conflict: EditConflict): string {
  return `${conflict.path}\u0000${[JSON.stringify(conflict.kept), JSON.stringify(conflict.other)].sort().join('\u0000')}`;
}

function dedupe(conflicts: EditConflict[], merged: Plain): EditConflict[] {
  const seen = new Map<string, EditConflict>();
  for (const conflict of conflicts) seen.set(conflictKey(conflict), conflict);
  return [...seen.values()].map((conflict) => {
    // Say which value the merged record holds now, so the card can offer the other.
    const now = valueAt(merged, conflict.path);
    return sameValue(now, conflict.other) ? { ...conflict, kept: conflict.other, other: conflict.kept, keptUpdatedAt: conflict.otherUpdatedAt, otherUpdatedAt: conflict.keptUpdatedAt } : conflict;
  });
}

/** The value at a dotted path (`workflow.judgement`), undefined where the path does not lead. */
export function valueAt(record: object, path: string): unknown {
  let value: unknown = record;
  for (const part of path.split('.')) value = isPlain(value) ? value[part] : undefined;
  return value;
}

interface LogLike {
  events: Array<{ id: string; at: string }>;
  updatedAt: string;
}

/**
 * Event logs never conflict: events are never edited, so two logs of one
 * complaint merge into every event of both, each once, oldest first.
 */
export function mergeEventLogs<T extends LogLike>(a: T, b: T): T {
  const byId = new Map<string, T['events'][number]>();
  for (const event of [...a.events, ...b.events]) if (!byId.has(event.id)) byId.set(event.id, event);
  const events = [...byId.values()].sort((x, y) => (x.at === y.at ? (x.id < y.id ? -1 : x.id > y.id ? 1 : 0) : x.at < y.at ? -1 : 1));
  return { ...a, events, updatedAt: a.updatedAt > b.updatedAt ? a.updatedAt : b.updatedAt };
}
