/**
 * Steps the procedure gives to a role go to the office's server as documents
 * of their own (`steps:<log>:<event id>`), written once and never changed.
 * So the server can refuse one sent by an account without that role
 * (serverRules), and a merge of two workstations' versions of an event log
 * never carries someone else's step under the merger's name. Here they stay
 * in their complaint's event log (db/repositories/incomingSteps).
 */
import type { IncomingStep } from '../db/repositories/incomingSteps';
import type { SharedRecord } from '../db/repositories/sharedRecords';
import { isRoleStep } from '../domain/eventLogs';
import type { ComplaintEvent, EventLog } from '../domain/model';
import type { LocalDatabase, PouchDoc } from './pouch';

export const STEP_PREFIX = 'steps:';

const stepDocId = (log: string, eventId: string) => `${STEP_PREFIX}${log}:${eventId}`;

/** An event log as it goes to the server: its steps go as their own documents. */
export function withoutSteps(value: Record<string, unknown>): Record<string, unknown> {
  const events = (value as unknown as EventLog).events;
  return Array.isArray(events) && events.some(isRoleStep) ? { ...value, events: events.filter((event) => !isRoleStep(event)) } : value;
}

/** The step documents these records need written: their logs' steps not yet in the copy, and a removed log's steps removed with it. */
export async function stepWrites(local: LocalDatabase, records: readonly SharedRecord[]): Promise<PouchDoc[]> {
  const wanted: PouchDoc[] = [];
  const removals: PouchDoc[] = [];
  for (const record of records) {
    if (record.table !== 'eventLogs') continue;
    if (record.value === null) {
      const { rows } = await local.allDocs({ startkey: stepDocId(record.key, ''), endkey: stepDocId(record.key, '\ufff0') });
      removals.push(...rows.flatMap((row) => (row.value ? [{ _id: row.key, _rev: row.value.rev, _deleted: true }] : [])));
      continue;
    }
    const events = (record.value as unknown as EventLog).events ?? [];
    for (const event of events.filter(isRoleStep)) wanted.push({ _id: stepDocId(record.key, event.id), event });
  }
  if (wanted.length === 0) return removals;
  const { rows } = await local.allDocs({ keys: wanted.map((doc) => doc._id) });
  // Written once: a step the copy has (or had, and was removed with its complaint) is not written again.
  const known = new Set(rows.flatMap((row) => (row.value ? [row.key] : [])));
  return [...wanted.filter((doc) => !known.has(doc._id)), ...removals];
}

/** A step document as it comes in; null for any other document. */
export function stepOfDoc(doc: PouchDoc): IncomingStep | null {
  if (!doc._id.startsWith(STEP_PREFIX)) return null;
  const rest = doc._id.slice(STEP_PREFIX.length);
  const cut = rest.lastIndexOf(':');
  if (cut <= 0) return null;
  const log = rest.slice(0, cut);
  const eventId = rest.slice(cut + 1);
  if (doc._deleted) return { log, eventId, event: null };
  const event = doc.event as ComplaintEvent | undefined;
  return event && typeof event === 'object' && event.id === eventId ? { log, eventId, event } : null;
}
