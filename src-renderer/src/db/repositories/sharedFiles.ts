/**
 * Which pinned files this workstation has sent to the office server. The bytes
 * live in the platform's store by SHA-256; a marker per file in
 * sharedRevisions (`files:<sha256>`) says the server has them too, or that
 * they must leave it: a file a privacy removal freed here is deleted from the
 * server as well, at the next moment the server answers.
 */
import type { KlachtenbalieDb } from '../database';

const marker = (sha256: string) => `files:${sha256}`;
const LEAVING_PREFIX = 'leaving-files:';
const leaving = (sha256: string) => `${LEAVING_PREFIX}${sha256}`;

/** Stored files here the server does not have from us yet, at most `limit`. */
export async function unsharedFiles(db: KlachtenbalieDb, limit: number): Promise<string[]> {
  const hashes = (await db.files.toCollection().primaryKeys()) as string[];
  const known = await db.sharedRevisions.bulkGet(hashes.map(marker));
  return hashes.filter((_, index) => known[index] === undefined).slice(0, limit);
}

export async function markFileShared(db: KlachtenbalieDb, sha256: string): Promise<void> {
  await db.sharedRevisions.put({ id: marker(sha256), rev: 'on-server' });
}

/**
 * Inside the removal's transaction (with sharedRevisions in scope; not
 * sharedCheckpoints, which would mark it as changes coming in, and the journal
 * would not send it out): these freed files are to be deleted from the server
 * too. Every freed file, not only those sent from here: one pinned on another
 * workstation and opened here is on the server just the same. A register not
 * shared (nothing journalled) keeps nothing.
 */
export async function markFilesLeaving(db: KlachtenbalieDb, hashes: readonly string[]): Promise<void> {
  if (hashes.length === 0 || !db.journalWrites) return;
  // Without its "on the server" marker, a file pinned here again later is sent again.
  await db.sharedRevisions.bulkDelete(hashes.map(marker));
  await db.sharedRevisions.bulkPut(hashes.map((sha256) => ({ id: leaving(sha256), rev: 'leaving-server' })));
}

/** Files to delete from the server, at most `limit`, each with whether it was pinned here again meanwhile (then it stays there). */
export async function leavingFiles(db: KlachtenbalieDb, limit: number): Promise<Array<{ sha256: string; pinnedAgain: boolean }>> {
  const ids = (await db.sharedRevisions.where('id').startsWith(LEAVING_PREFIX).limit(limit).primaryKeys()) as string[];
  const hashes = ids.map((id) => id.slice(LEAVING_PREFIX.length));
  const pinned = new Set((await db.files.where('sha256').anyOf(hashes).primaryKeys()) as string[]);
  return hashes.map((sha256) => ({ sha256, pinnedAgain: pinned.has(sha256) }));
}

export async function forgetLeavingFile(db: KlachtenbalieDb, sha256: string): Promise<void> {
  await db.sharedRevisions.delete(leaving(sha256));
}
