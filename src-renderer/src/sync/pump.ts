/**
 * Moves the changes made here (the outbox the journal fills) into the local
 * copy of the shared register, from where replication takes them to the
 * server. When the shared copy moved on since our record was based on it
 * (someone else's change came in while ours waited), the two are merged
 * first, so neither change is lost.
 */
import type { KlachtenbalieDb, SharedRevision } from '../db/database';
import { baseRevisions, currentRecords, markShared, pendingChanges, sharedRecordId, type SharedRecord } from '../db/repositories/sharedRecords';
import { docOf } from './docs';
import { mergeVersions } from './mergeVersions';
import type { LocalDatabase, PouchDoc } from './pouch';
import { stepWrites } from './stepDocs';

const BATCH = 200;

export interface PushResult {
  /** Outbox entries cleared (0: nothing was waiting). */
  cleared: number;
  /** Documents written to the local copy, on their way to the server. */
  written: string[];
}

/** Pushes one batch of waiting changes into the local copy. */
export async function pushPending(db: KlachtenbalieDb, local: LocalDatabase): Promise<PushResult> {
  const entries = await pendingChanges(db, BATCH);
  if (entries.length === 0) return { cleared: 0, written: [] };
  const refs = [...new Map(entries.map((entry) => [sharedRecordId(entry.table, entry.key), entry])).values()];
  const records = await currentRecords(db, refs);
  const ids = records.map((record) => sharedRecordId(record.table, record.key));
  const bases = await baseRevisions(db, ids);
  const { rows } = await local.allDocs({ keys: ids });
  const current = new Map(rows.flatMap((row) => (row.value ? [[row.key, row.value] as const] : [])));

  const docs: PouchDoc[] = [];
  for (const [index, record] of records.entries()) {
    const id = ids[index]!;
    const now = current.get(id);
    const base = bases.get(id);
    if (record.value === null) {
      if (now && !now.deleted) docs.push(docOf(record, now.rev));
    } else if (!now || now.rev === base || (now.deleted && base === undefined)) {
      docs.push(docOf(record, now?.rev));
    } else {
      docs.push(docOf(await mergedWithTheirs(db, local, record, id, base ?? null), now.rev));
    }
  }

  const steps = await stepWrites(local, records);
  const all = [...docs, ...steps];
  // The steps' results need no bookkeeping: a step is written once, and one already there is skipped next time.
  const results = all.length > 0 ? (await local.bulkDocs(all)).slice(0, docs.length) : [];
  const revisions: SharedRevision[] = [];
  const failed = new Set<string>();
  for (const [index, result] of results.entries()) {
    const id = docs[index]!._id;
    if (result.ok && result.rev) revisions.push({ id, rev: result.rev });
    // A change came in between our read and our write: the entry stays and the next round merges it.
    else failed.add(id);
  }
  const done = entries.filter((entry) => !failed.has(sharedRecordId(entry.table, entry.key)));
  await markShared(db, done.map((entry) => entry.seq!), revisions);
  return { cleared: done.length, written: revisions.map((revision) => revision.id) };
}

async function mergedWithTheirs(db: KlachtenbalieDb, local: LocalDatabase, ours: SharedRecord, id: string, baseRev: string | null): Promise<SharedRecord> {
  const theirs = await local.get(id);
  if (theirs._deleted || typeof theirs.value !== 'object' || theirs.value === null) return ours;
  const base = baseRev ? await local.get(id, { rev: baseRev }).catch(() => null) : null;
  const baseValue = base && typeof base.value === 'object' ? (base.value as Record<string, unknown>) : null;
  // Ours is kept where both changed one field: it is what the person here just did; theirs is recorded beside it.
  const merged = await mergeVersions(db, ours.table, baseValue, ours.value!, theirs.value as Record<string, unknown>);
  return { ...ours, ...merged };
}
