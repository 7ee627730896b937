import type { KlachtenbalieDb } from '../db/database';
import type { SharedTable } from '../db/journal';
import { DERIVED_FIELDS, type Restamped, restampMerged } from '../db/repositories/mergedRecords';
import type { EventLog } from '../domain/model';
import { mergeEventLogs, mergeRecords } from '../domain/sharing/merge';

type Value = Record<string, unknown>;

/**
 * One record from two versions made apart. Event logs join (events are never
 * edited); other records merge field by field against the version both
 * started from, `kept` winning where both changed one field, the other value recorded.
 */
export async function mergeVersions(db: KlachtenbalieDb, table: SharedTable, base: Value | null, kept: Value, other: Value): Promise<Restamped> {
  if (table === 'eventLogs') return { value: mergeEventLogs(kept as unknown as EventLog, other as unknown as EventLog) as unknown as Value };
  const { value } = mergeRecords(base, kept, other, { derived: DERIVED_FIELDS });
  return restampMerged(db, table, value);
}
