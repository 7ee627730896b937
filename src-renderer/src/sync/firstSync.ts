/**
 * The one-time steps of sharing: "Dit register delen" puts every record of
 * this workstation in the shared register; "Aansluiten bij het
 * kantoorregister" brings the shared register to a new workstation. Both can
 * take minutes at 100,000 complaints and say how far they are. Both can be
 * run again after an interruption: what is already there is not sent twice.
 */
import type { KlachtenbalieDb, SharedRevision } from '../db/database';
import { SHARED_TABLES, type SharedTable } from '../db/journal';
import { type SharedRecord, currentRecords, markShared, setCheckpoint, sharedRecordId, sharedRecordsPage, sharedTableCount } from '../db/repositories/sharedRecords';
import { docOf } from './docs';
import { stepWrites } from './stepDocs';
import { checkpointIdOf } from './engine';
import { takeInPage } from './inbound';
import type { LocalDatabase, Replication } from './pouch';
import { type CounterDatabase, keepReferences } from './referenceKeeper';
import type { SyncProgress } from './state';

const PAGE = 500;

export interface FirstSyncOptions {
  db: KlachtenbalieDb;
  local: LocalDatabase;
  remote: LocalDatabase;
  counter: CounterDatabase;
  onProgress?: (progress: SyncProgress) => void;
  now?: () => Date;
}

/** Puts every shared record of this register into the local copy, then sends the copy to the server. */
export async function shareRegister(options: FirstSyncOptions): Promise<void> {
  const { db, local } = options;
  // From here on every change is journalled, so nothing made during the share is missed.
  db.journalWrites = true;
  await keepReferences(db, options.counter, options.now?.() ?? new Date());
  await copyRegisterToLocal(options);
  // What is in the copy now is exactly what this register holds: no need to take it in again.
  await setCheckpoint(db, checkpointIdOf(local), JSON.stringify((await local.info()).update_seq), (options.now?.() ?? new Date()).toISOString());
  await transfer(local.replicate.to(options.remote, { batch_size: PAGE, batches_limit: 4 }), (await local.info()).doc_count, options.onProgress);
}

/** Brings the office's register here, then shares what this workstation held already. */
export async function joinRegister(options: FirstSyncOptions): Promise<void> {
  const { db, local, remote } = options;
  db.journalWrites = true;
  // Numbers first: a complaint of this register whose number the office already gave gets a new one while coming in.
  await keepReferences(db, options.counter, options.now?.() ?? new Date());
  // What this workstation held before joining: only that goes out afterwards, not the office's own records back again.
  const own = await ownRecordRefs(db);
  const total = (await remote.info()).doc_count;
  await transfer(local.replicate.from(remote, { batch_size: PAGE, batches_limit: 4 }), total, options.onProgress);
  let done = 0;
  for (;;) {
    const page = await takeInPage(db, local, checkpointIdOf(local), options.now);
    if (page.read === 0) break;
    done += page.read;
    options.onProgress?.({ phase: 'takeIn', done, total });
  }
  if (own.length > 0) {
    await copyRecordsToLocal(options, own);
    await transfer(local.replicate.to(remote, { batch_size: PAGE, batches_limit: 4 }), null, options.onProgress);
  }
}

async function ownRecordRefs(db: KlachtenbalieDb): Promise<Array<{ table: SharedTable; key: string }>> {
  const refs: Array<{ table: SharedTable; key: string }> = [];
  for (const table of SHARED_TABLES) {
    let after: string | null = null;
    for (;;) {
      const page = await sharedRecordsPage(db, table, after, PAGE);
      if (page.last === null) break;
      after = page.last;
      refs.push(...page.records.map((record) => ({ table, key: record.key })));
    }
  }
  return refs;
}

/** These records as they are now (a complaint renumbered on joining, with its new number), into the local copy. */
async function copyRecordsToLocal({ db, local, onProgress }: FirstSyncOptions, refs: ReadonlyArray<{ table: SharedTable; key: string }>): Promise<void> {
  for (let start = 0; start < refs.length; start += PAGE) {
    await writeToLocal(db, local, await currentRecords(db, refs.slice(start, start + PAGE)));
    onProgress?.({ phase: 'prepare', done: Math.min(start + PAGE, refs.length), total: refs.length });
  }
}

async function writeToLocal(db: KlachtenbalieDb, local: LocalDatabase, records: SharedRecord[]): Promise<void> {
  const ids = records.map((record) => sharedRecordId(record.table, record.key));
  const { rows } = await local.allDocs({ keys: ids });
  const known = new Map(rows.flatMap((row) => (row.value ? [[row.key, row.value.rev] as const] : [])));
  const docs = records.map((record, index) => docOf(record, known.get(ids[index]!)));
  const results = (await local.bulkDocs([...docs, ...(await stepWrites(local, records))])).slice(0, docs.length);
  const revisions: SharedRevision[] = results.flatMap((result, index) => (result.ok && result.rev ? [{ id: ids[index]!, rev: result.rev }] : []));
  await markShared(db, [], revisions);
}

async function copyRegisterToLocal({ db, local, onProgress }: FirstSyncOptions): Promise<void> {
  let total = 0;
  for (const table of SHARED_TABLES) total += await sharedTableCount(db, table);
  let done = 0;
  onProgress?.({ phase: 'prepare', done, total });
  for (const table of SHARED_TABLES) {
    let after: string | null = null;
    for (;;) {
      const page = await sharedRecordsPage(db, table, after, PAGE);
      if (page.last === null) break;
      after = page.last;
      const records = page.records;
      if (records.length === 0) continue;
      await writeToLocal(db, local, records);
      done += records.length;
      onProgress?.({ phase: 'prepare', done, total });
    }
  }
}

function transfer(replication: Replication, total: number | null, onProgress?: (progress: SyncProgress) => void): Promise<void> {
  let done = 0;
  onProgress?.({ phase: 'transfer', done, total });
  replication.on('change', (info) => {
    done = info.docs_written ?? done;
    onProgress?.({ phase: 'transfer', done, total });
  });
  return Promise.resolve(replication).then(() => undefined);
}
