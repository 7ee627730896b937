/**
 * JSON with every object's keys in sorted order: a record that went through
 * IndexedDB, the office's server or a backup may come back with its keys in
 * another order, and must still hash the same. Written out by hand, as the
 * upgrade that seals a register runs it for every event. Pure.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i += 1) out += (i > 0 ? ',' : '') + canonicalJson(value[i]);
    return `${out}]`;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).sort();
  let out = '{';
  for (const key of keys) {
    if (record[key] === undefined) continue;
    out += (out.length > 1 ? ',' : '') + JSON.stringify(key) + ':' + canonicalJson(record[key]);
  }
  return `${out}}`;
}
