/**
 * Takes the changes in the local copy of the shared register (made elsewhere
 * and replicated here, or ours coming back) into the register the screens
 * read, a page at a time, each page with its checkpoint in one transaction.
 * A record two workstations changed while apart arrives as a conflict:
 * it is merged here, and the merge becomes the next change.
 */
import type { KlachtenbalieDb } from '../db/database';
import { type IncomingRecord, type IncomingResult, applyIncoming, readCheckpoint } from '../db/repositories/sharedRecords';
import type { IncomingStep } from '../db/repositories/incomingSteps';
import { recordOfDoc, refOfId } from './docs';
import { stepOfDoc } from './stepDocs';
import { mergeVersions } from './mergeVersions';
import type { LocalDatabase, PouchDoc } from './pouch';

const PAGE = 500;

export interface InboundPage extends IncomingResult {
  /** Changes read from the feed (0: caught up). */
  read: number;
  /** A privacy removal (here or elsewhere) is among them: older versions of its records still hold personal data in the local copy. */
  removals: boolean;
}

export async function takeInPage(db: KlachtenbalieDb, local: LocalDatabase, checkpointId: string, now: () => Date = () => new Date()): Promise<InboundPage> {
  const stored = await readCheckpoint(db, checkpointId);
  const since = stored === null ? 0 : (JSON.parse(stored) as number | string);
  const page = await local.changes({ since, limit: PAGE, include_docs: true, conflicts: true });
  if (page.results.length === 0) return { read: 0, applied: 0, waiting: 0, clashes: [], freedHashes: [], removals: false };
  const records: IncomingRecord[] = [];
  const steps: IncomingStep[] = [];
  for (const change of page.results) {
    const doc = change.doc;
    if (!doc) continue;
    if (doc._conflicts?.length) await resolveConflicts(db, local, doc);
    const record = recordOfDoc(doc);
    if (record) records.push(record);
    const step = stepOfDoc(doc);
    if (step) steps.push(step);
  }
  const result = await applyIncoming(db, records, { id: checkpointId, seq: JSON.stringify(page.last_seq) }, now().toISOString(), steps);
  return { read: page.results.length, ...result, removals: page.results.some((change) => refOfId(change.id)?.table === 'removals') };
}

/**
 * Merges every losing revision into the winner and removes the losers, in one
 * write. Every workstation picks the same winner (PouchDB and CouchDB agree on
 * it), so two resolving the same conflict keep the same values.
 */
export async function resolveConflicts(db: KlachtenbalieDb, local: LocalDatabase, winner: PouchDoc): Promise<void> {
  const ref = refOfId(winner._id);
  if (!ref || !winner._rev) return;
  let merged = winner.value as Record<string, unknown> | undefined;
  let openDeadlines = winner.openDeadlines;
  const removals: PouchDoc[] = [];
  for (const rev of winner._conflicts ?? []) {
    const loser = await local.get(winner._id, { rev, revs: true }).catch(() => null);
    // A losing version we cannot read stays a conflict rather than being dropped unread.
    if (!loser) continue;
    removals.push({ _id: winner._id, _rev: rev, _deleted: true });
    if (loser._deleted || typeof loser.value !== 'object' || !merged) continue;
    const base = await commonAncestor(local, winner._id, winner._rev, loser);
    const result = await mergeVersions(db, ref.table, base, merged, loser.value as Record<string, unknown>);
    merged = result.value;
    if (result.openDeadlines) openDeadlines = result.openDeadlines;
  }
  if (removals.length === 0) return;
  const resolved: PouchDoc = merged
    ? { ...winner, value: merged, ...(openDeadlines ? { openDeadlines } : {}) }
    : { _id: winner._id, _rev: winner._rev, _deleted: true };
  delete resolved._conflicts;
  // A 409 means another workstation resolved it first; its resolution arrives as the next change.
  await local.bulkDocs([resolved, ...removals]);
}

async function commonAncestor(local: LocalDatabase, id: string, winnerRev: string, loser: PouchDoc & { _revisions?: { start: number; ids: string[] } }): Promise<Record<string, unknown> | null> {
  const winner = await local.get(id, { rev: winnerRev, revs: true }).catch(() => null);
  const ancestry = (doc: { _revisions?: { start: number; ids: string[] } } | null) =>
    doc?._revisions ? doc._revisions.ids.map((hash, index) => `${doc._revisions!.start - index}-${hash}`) : [];
  const theirs = new Set(ancestry(winner));
  for (const rev of ancestry(loser).slice(1)) {
    if (!theirs.has(rev)) continue;
    const base = await local.get(id, { rev }).catch(() => null);
    return base && typeof base.value === 'object' ? (base.value as Record<string, unknown>) : null;
  }
  return null;
}
