/**
 * The shared records as the sync sees them: what changed here and waits to be
 * shared (the outbox the journal fills), and the one way changes made
 * elsewhere come in. A change from elsewhere and how far those have been taken
 * in are written in one transaction, so a crash can never take a change in
 * twice or skip one. A record with a change of ours still waiting is left as
 * it is: our change goes out next, merged with theirs.
 */
import type { Complaint, EventLog, OpenDeadline } from '../../domain/model';
import { parseReference, referenceCounterId } from '../../domain/reference';
import type { KlachtenbalieDb, SharedRevision } from '../database';
import { SHARED_TABLES, isLocalSetting, type OutboxEntry, type SharedTable } from '../journal';
import { countAddedComplaints, raiseCounter } from './counters';
import { type IncomingStep, takeInSteps, withKeptSteps } from './incomingSteps';
import { replaceOpenDeadlines } from './openDeadlines';
import { ANALYSIS_TABLES, keepAnalysisFacts } from './analysisUpkeep';
import { analysisFactOf } from '../../domain/analysis';
import type { Procedure } from '../../domain/procedure';
import { loadCalendar } from './closingDays';
import { renumberComplaint } from './references';

export interface SharedRecord {
  table: SharedTable;
  key: string;
  /** null: the record was deleted. */
  value: Record<string, unknown> | null;
  /** A complaint's open terms, derived with it and carried along so the desk needs no procedure to take it in. */
  openDeadlines?: OpenDeadline[];
}

export interface IncomingRecord extends SharedRecord {
  rev: string;
}

export function sharedRecordId(table: SharedTable, key: string): string {
  return `${table}:${key}`;
}

/** The oldest changes waiting to be shared, oldest first. */
export function pendingChanges(db: KlachtenbalieDb, limit: number): Promise<OutboxEntry[]> {
  return db.outbox.orderBy('seq').limit(limit).toArray();
}

export function pendingCount(db: KlachtenbalieDb): Promise<number> {
  return db.outbox.count();
}

/** The stored versions of these records now (null where deleted), with each complaint's open terms. */
export async function currentRecords(db: KlachtenbalieDb, refs: ReadonlyArray<Pick<SharedRecord, 'table' | 'key'>>): Promise<SharedRecord[]> {
  return db.transaction('r', [...SHARED_TABLES, 'openDeadlines'], async () => {
    const records: SharedRecord[] = [];
    for (const { table, key } of refs) {
      const value = ((await db.table(table).get(key)) as Record<string, unknown> | undefined) ?? null;
      const record: SharedRecord = { table, key, value };
      if (table === 'complaints' && value) record.openDeadlines = await db.openDeadlines.where('complaintId').equals(key).toArray();
      records.push(record);
    }
    return records;
  });
}

/** Shared: these outbox entries went out, and the records are now based on these revisions. */
export async function markShared(db: KlachtenbalieDb, seqs: readonly number[], revisions: readonly SharedRevision[]): Promise<void> {
  await db.transaction('rw', ['outbox', 'sharedRevisions'], async () => {
    await db.outbox.bulkDelete([...seqs]);
    await db.sharedRevisions.bulkPut([...revisions]);
  });
}

export async function baseRevisions(db: KlachtenbalieDb, ids: readonly string[]): Promise<Map<string, string>> {
  const found = await db.sharedRevisions.bulkGet([...ids]);
  return new Map(found.flatMap((revision) => (revision ? [[revision.id, revision.rev] as const] : [])));
}

export async function setCheckpoint(db: KlachtenbalieDb, id: string, seq: string, nowIso: string): Promise<void> {
  await db.sharedCheckpoints.put({ id, seq, updatedAt: nowIso });
}

export function sharedTableCount(db: KlachtenbalieDb, table: SharedTable): Promise<number> {
  return db.table(table).count();
}

export async function readCheckpoint(db: KlachtenbalieDb, id: string): Promise<string | null> {
  return (await db.sharedCheckpoints.get(id))?.seq ?? null;
}

export interface IncomingResult {
  applied: number;
  /** Left alone because a change of ours to the same record is waiting; it goes out merged. */
  waiting: number;
  /** Complaints not taken in because another complaint here has the same reference. */
  clashes: Array<{ key: string; reference: string }>;
  /** Stored files no record here pins any more, because records pinning them were removed elsewhere: their bytes go now, not after the sweep's grace. */
  freedHashes: string[];
}

/**
 * Takes in changes made elsewhere, and moves the checkpoint to `seq`, in one
 * transaction (which the journal recognises by its checkpoint and does not
 * journal again). A page is read and written in bulk, table by table: a new
 * workstation takes in a whole register this way.
 */
export async function applyIncoming(db: KlachtenbalieDb, records: readonly IncomingRecord[], checkpoint: { id: string; seq: string }, nowIso: string, steps: readonly IncomingStep[] = []): Promise<IncomingResult> {
  const result: IncomingResult = { applied: 0, waiting: 0, clashes: [], freedHashes: [] };
  await db.transaction('rw', [...SHARED_TABLES, 'openDeadlines', 'counters', 'outbox', 'sharedRevisions', 'sharedCheckpoints', 'eventLogs', 'files', ...ANALYSIS_TABLES], async () => {
    const latest = new Map(records.map((record) => [sharedRecordId(record.table, record.key), record]));
    const waiting = await db.outbox.where('[table+key]').anyOf([...latest.values()].map((record) => [record.table, record.key])).toArray();
    for (const id of new Set(waiting.map((entry) => sharedRecordId(entry.table, entry.key)))) {
      if (latest.delete(id)) result.waiting += 1;
    }

    const complaints = [...latest.values()].filter((record) => record.table === 'complaints');
    const known = new Set((await db.complaints.where(':id').anyOf(complaints.map((record) => record.key)).primaryKeys()) as string[]);
    const references = complaints.flatMap((record) => (record.value ? [String(record.value.reference ?? '')] : []));
    const holders = new Map((await db.complaints.where('reference').anyOf(references).toArray()).map((holder) => [holder.reference, holder]));
    for (const record of complaints) {
      const holder = record.value ? holders.get(String(record.value.reference ?? '')) : undefined;
      if (!holder || holder.id === record.key) continue;
      if (!(await renumberUnsharedHolder(db, holder, nowIso))) {
        result.clashes.push({ key: record.key, reference: holder.reference });
        latest.delete(sharedRecordId('complaints', record.key));
      }
    }

    const applied = [...latest.values()];
    const removedPins = await pinnedHashes(db, applied.filter((record) => record.table === 'attachments' && record.value === null).map((record) => record.key));
    for (const table of SHARED_TABLES) {
      const ofTable = applied.filter((record) => record.table === table);
      const values = ofTable.flatMap((record) => (record.value ? [record.value] : []));
      const puts = table === 'eventLogs' ? await withKeptSteps(db, values as unknown as EventLog[]) : values;
      const deletes = ofTable.filter((record) => record.value === null).map((record) => record.key);
      if (puts.length > 0) await db.table(table).bulkPut(puts);
      if (deletes.length > 0) await db.table(table).bulkDelete(deletes);
    }
    await takeInSteps(db, steps);
    result.freedHashes = await unpinnedHashes(db, removedPins);
    await db.files.bulkDelete(result.freedHashes);
    const appliedComplaints = applied.filter((record) => record.table === 'complaints');
    if (appliedComplaints.length > 0) {
      await replaceOpenDeadlines(db, appliedComplaints.map((record) => record.key), appliedComplaints.flatMap((record) => (record.value ? (record.openDeadlines ?? []) : [])));
      const added = appliedComplaints.filter((record) => record.value && !known.has(record.key)).length;
      if (added > 0) await countAddedComplaints(db, added, nowIso);
      await raiseReferenceCounters(db, appliedComplaints, nowIso);
      await keepIncomingAnalysis(db, appliedComplaints);
    }
    await db.sharedRevisions.bulkPut(applied.map((record) => ({ id: sharedRecordId(record.table, record.key), rev: record.rev })));
    result.applied = applied.length;
    await db.sharedCheckpoints.put({ id: checkpoint.id, seq: checkpoint.seq, updatedAt: nowIso });
  });
  return result;
}

async function pinnedHashes(db: KlachtenbalieDb, attachmentIds: readonly string[]): Promise<string[]> {
  if (attachmentIds.length === 0) return [];
  const rows = await db.attachments.bulkGet([...attachmentIds]);
  return [...new Set(rows.flatMap((row) => (row ? [row.sha256] : [])))];
}

/** Of these hashes, those no attachment record refers to any more (their bytes may be here, pinned here or opened from the server). */
async function unpinnedHashes(db: KlachtenbalieDb, hashes: readonly string[]): Promise<string[]> {
  if (hashes.length === 0) return [];
  const stillPinned = new Set((await db.attachments.where('sha256').anyOf([...hashes]).toArray()).map((row) => row.sha256));
  return hashes.filter((sha256) => !stillPinned.has(sha256));
}

/** Numbers handed out elsewhere are never handed out here again. */
async function raiseReferenceCounters(db: KlachtenbalieDb, complaints: readonly IncomingRecord[], nowIso: string): Promise<void> {
  const highest = new Map<number, number>();
  for (const record of complaints) {
    const reference = parseReference(String(record.value?.reference ?? ''));
    if (reference) highest.set(reference.year, Math.max(highest.get(reference.year) ?? 0, reference.sequence));
  }
  for (const [year, sequence] of highest) await raiseCounter(db, referenceCounterId(year), sequence, nowIso);
}

/**
 * The shared register's number stands; the newcomer's complaint that had it
 * too gets a new one, with an event and its old number kept searchable. Only a
 * complaint not yet shared yields: two shared ones never get one number.
 */
async function renumberUnsharedHolder(db: KlachtenbalieDb, holder: Complaint, nowIso: string): Promise<boolean> {
  if (await db.sharedRevisions.get(sharedRecordId('complaints', holder.id))) return false;
  const renumbered = await renumberComplaint(db, holder, 'dit nummer was in het kantoorregister al gegeven', nowIso, true);
  if (renumbered === null) return false;
  // Brought in with changes from elsewhere, so not journalled by itself: it must still go out.
  await db.outbox.bulkAdd([{ table: 'complaints', key: holder.id }, { table: 'eventLogs', key: holder.id }]);
  return true;
}

/** A page of every shared record, in key order, for the first share of a register; `last` is where the next page starts (null: done). */
export async function sharedRecordsPage(db: KlachtenbalieDb, table: SharedTable, after: string | null, limit: number): Promise<{ records: SharedRecord[]; last: string | null }> {
  const rows = (after === null ? await db.table(table).orderBy(':id').limit(limit).toArray() : await db.table(table).where(':id').above(after).limit(limit).toArray()) as Record<string, unknown>[];
  const keyPath = db.table(table).schema.primKey.keyPath as string;
  const records = rows.map((value): SharedRecord => ({ table, key: String(value[keyPath]), value }));
  if (table === 'complaints' && records.length > 0) {
    const deadlines = await db.openDeadlines.where('complaintId').anyOf(records.map((record) => record.key)).toArray();
    const byComplaint = new Map<string, OpenDeadline[]>();
    for (const row of deadlines) byComplaint.set(row.complaintId, [...(byComplaint.get(row.complaintId) ?? []), row]);
    for (const record of records) record.openDeadlines = byComplaint.get(record.key) ?? [];
  }
  return { records: records.filter((record) => !(record.table === 'settings' && isLocalSetting(record.key))), last: records.at(-1)?.key ?? null };
}

/** The analysis's facts of complaints taken in from elsewhere, counted here as a save here counts them; one removed there leaves the figures. */
async function keepIncomingAnalysis(db: KlachtenbalieDb, records: readonly IncomingRecord[]): Promise<void> {
  const complaints = records.flatMap((record) => (record.value ? [record.value as unknown as Complaint] : []));
  const removed = records.filter((record) => record.value === null).map((record) => record.key);
  const versions = [...new Set(complaints.map((complaint) => complaint.workflow.procedureVersionId))];
  const procedures = new Map((await db.procedures.bulkGet(versions)).flatMap((procedure): [string, Procedure][] => (procedure ? [[procedure.id, procedure]] : [])));
  const calendar = await loadCalendar(db);
  const facts = complaints.flatMap((complaint) => {
    const procedure = procedures.get(complaint.workflow.procedureVersionId);
    return procedure ? [analysisFactOf(complaint, procedure, calendar)] : [];
  });
  await keepAnalysisFacts(db, facts, removed);
}
