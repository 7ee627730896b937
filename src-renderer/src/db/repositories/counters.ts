import type { KlachtenbalieDb } from '../database';

/**
 * The next value of a counter. Call inside a 'rw' transaction that includes
 * `counters` and the record that uses the value: IndexedDB runs overlapping
 * read-write transactions one after the other, so two saves at once get
 * different values, and a failed save rolls its increment back with it.
 * The counter only ever goes up, so a deleted record's number is never given out again.
 */
export function nextCounterValue(db: KlachtenbalieDb, id: string, nowIso: string): Promise<number> {
  return addToCounter(db, id, 1, nowIso);
}

async function addToCounter(db: KlachtenbalieDb, id: string, added: number, nowIso: string): Promise<number> {
  const current = await db.counters.get(id);
  const value = (current?.value ?? 0) + added;
  await db.counters.put({ id, value, updatedAt: nowIso });
  return value;
}

/** Raises a counter to at least `value` (bulk imports, demo data); never lowers it. */
export async function raiseCounter(db: KlachtenbalieDb, id: string, value: number, nowIso: string): Promise<void> {
  const current = await db.counters.get(id);
  if ((current?.value ?? 0) < value) await db.counters.put({ id, value, updatedAt: nowIso });
}

/**
 * How many complaints the register holds, kept by the write path (schema
 * version 6): IndexedDB counts a store by walking it, a third of a second at
 * 100,000 complaints, on every change the list shows. Only retention
 * deletes a complaint (repositories/privacy), adding a negative number.
 */
export const COMPLAINT_TOTAL = 'complaints.total';

/** Adds `added` new complaints to the total; inside a 'rw' transaction over counters and the complaints added. */
export async function countAddedComplaints(db: KlachtenbalieDb, added: number, nowIso: string): Promise<void> {
  await addToCounter(db, COMPLAINT_TOTAL, added, nowIso);
}

/** The kept total. A new register has none until its first complaint (populate runs no upgrade), so counting it then costs nothing. */
export async function complaintTotal(db: KlachtenbalieDb): Promise<number> {
  return (await db.counters.get(COMPLAINT_TOTAL))?.value ?? db.complaints.count();
}
