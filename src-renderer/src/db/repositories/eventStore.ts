/**
 * The one place events are written and read from their logs (see EventLog).
 * Writers call appendEvents inside the 'rw' transaction of the change the
 * events record, with `db.eventLogs` in its scope: IndexedDB runs overlapping
 * read-write transactions one after the other, so reading a log and writing it
 * back never loses an event another save appended.
 */
import Dexie, { type Table } from 'dexie';
import { appendSealed, appendToLog, groupByLog, sortEvents } from '../../domain/eventLogs';
import type { ComplaintEvent, EventLog } from '../../domain/model';
import type { KlachtenbalieDb } from '../database';

export async function appendEvents(db: KlachtenbalieDb, events: readonly ComplaintEvent[]): Promise<void> {
  if (events.length === 0) return;
  const transaction = Dexie.currentTransaction;
  // Outside such a transaction two saves could each read a log and write it back, and one event would be lost.
  if (transaction?.mode !== 'readwrite' || !transaction.storeNames.includes('eventLogs')) {
    throw new Error('appendEvents: alleen binnen een schrijftransactie over eventLogs');
  }
  await appendToLogs(db.eventLogs, events, (log, id, group) => appendSealed(log, id, group, newSalt));
}

/**
 * Reads the logs the events belong in and writes them back with the events
 * appended. Unchecked: for appendEvents and the upgrade that moved events into logs.
 * A chain of Dexie promises, no async function: awaiting a native promise inside
 * a transaction loses Dexie's hold on it, and the caller's next write fails.
 */
export function appendToLogs(
  logs: Pick<Table<EventLog, string>, 'bulkGet' | 'bulkPut'>,
  events: readonly ComplaintEvent[],
  // The upgrade to version 7 moved events unsealed, as it always did; version 14 seals them (migrations/v14).
  append: (log: EventLog | undefined, id: string, group: ComplaintEvent[]) => EventLog = appendToLog,
): Promise<unknown> {
  const groups = [...groupByLog(events)];
  return logs.bulkGet(groups.map(([id]) => id)).then((existing) => logs.bulkPut(groups.map(([id, group], i) => append(existing[i], id, group))));
}

/**
 * A seal's salt (domain/journal/seal): random and synchronous, so the
 * transaction stays Dexie's. Drawn from a pool filled a thousand at a time:
 * the upgrade that seals a whole register needs one per event.
 */
export function newSalt(): string {
  if (saltPool.length === 0) {
    const bytes = crypto.getRandomValues(new Uint8Array(16 * 1024));
    const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
    for (let i = 0; i < hex.length; i += 32) saltPool.push(hex.slice(i, i + 32));
  }
  return saltPool.pop()!;
}
const saltPool: string[] = [];

export function appendEvent(db: KlachtenbalieDb, event: ComplaintEvent): Promise<void> {
  return appendEvents(db, [event]);
}

/**
 * Logs that are new as a whole (demo data, imports): one add per log, no read
 * first. Fails, and with it the transaction, if one of them exists already.
 */
export async function addNewLogs(db: KlachtenbalieDb, events: readonly ComplaintEvent[]): Promise<void> {
  const logs = [...groupByLog(events)].map(([id, group]) => appendSealed(undefined, id, group, newSalt));
  await db.eventLogs.bulkAdd(logs);
}

/** The events of these logs together, oldest first; a missing log has none. */
export async function eventsOfLogs(db: KlachtenbalieDb, ids: readonly string[]): Promise<ComplaintEvent[]> {
  const logs = await db.eventLogs.bulkGet([...ids]);
  return sortEvents(logs.flatMap((log) => log?.events ?? []));
}
