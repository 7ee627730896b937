/**
 * Which pinned files this workstation has sent to the office server. The bytes
 * live in the platform's store by SHA-256; a marker per file in
 * sharedRevisions (`files:<sha256>`) says the server has them too.
 */
import type { KlachtenbalieDb } from '../database';

const marker = (sha256: string) => `files:${sha256}`;

/** Stored files here the server does not have from us yet, at most `limit`. */
export async function unsharedFiles(db: KlachtenbalieDb, limit: number): Promise<string[]> {
  const hashes = (await db.files.toCollection().primaryKeys()) as string[];
  const known = await db.sharedRevisions.bulkGet(hashes.map(marker));
  return hashes.filter((_, index) => known[index] === undefined).slice(0, limit);
}

export async function markFileShared(db: KlachtenbalieDb, sha256: string): Promise<void> {
  await db.sharedRevisions.put({ id: marker(sha256), rev: 'on-server' });
}
