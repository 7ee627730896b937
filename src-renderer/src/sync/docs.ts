/**
 * A shared record as a document on the office server: `complaints:<id>`,
 * holding the record as stored and, for a complaint, its open terms.
 */
import { SHARED_TABLES, type SharedTable } from '../db/journal';
import type { IncomingRecord, SharedRecord } from '../db/repositories/sharedRecords';
import { sharedRecordId } from '../db/repositories/sharedRecords';
import type { OpenDeadline } from '../domain/model';
import type { PouchDoc } from './pouch';
import { withoutSteps } from './stepDocs';

const TABLES = new Set<string>(SHARED_TABLES);

export interface RecordDoc extends PouchDoc {
  table: SharedTable;
  value: Record<string, unknown>;
  openDeadlines?: OpenDeadline[];
}

export function docOf(record: SharedRecord, rev: string | undefined): PouchDoc {
  const id = sharedRecordId(record.table, record.key);
  const withRev = rev ? { _rev: rev } : {};
  // A deletion leaves a tombstone with nothing of the person in it.
  if (record.value === null) return { _id: id, ...withRev, _deleted: true };
  const value = record.table === 'eventLogs' ? withoutSteps(record.value) : record.value;
  return { _id: id, ...withRev, table: record.table, value, ...(record.openDeadlines ? { openDeadlines: record.openDeadlines } : {}) };
}

/** The table and key of a document id, or null for documents that are not records (counters, design documents). */
export function refOfId(id: string): { table: SharedTable; key: string } | null {
  const colon = id.indexOf(':');
  if (colon < 0) return null;
  const table = id.slice(0, colon);
  return TABLES.has(table) ? { table: table as SharedTable, key: id.slice(colon + 1) } : null;
}

export function recordOfDoc(doc: PouchDoc): IncomingRecord | null {
  const ref = refOfId(doc._id);
  if (!ref || !doc._rev) return null;
  if (doc._deleted) return { ...ref, value: null, rev: doc._rev };
  const body = doc as RecordDoc;
  if (typeof body.value !== 'object' || body.value === null) return null;
  return { ...ref, value: body.value, rev: doc._rev, ...(body.openDeadlines ? { openDeadlines: body.openDeadlines } : {}) };
}
