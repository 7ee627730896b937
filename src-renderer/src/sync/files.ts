/**
 * Pinned files on the office server, in a database of their own
 * (`klachtenbalie-bestanden`), one document per SHA-256 with the bytes as its
 * attachment. Every file pinned here goes there; another workstation fetches
 * a file only when someone opens it (a new PC does not download every scan at
 * once), and takes it only when its bytes hash to the name it was asked for.
 */
import type { KlachtenbalieDb } from '../db/database';
import { forgetLeavingFile, leavingFiles, markFileShared, unsharedFiles } from '../db/repositories/sharedFiles';
import { sha256Hex } from '../platform/sha256';
import type { FetchLike } from './pouch';

export const FILES_DATABASE = 'klachtenbalie-bestanden';

/** This workstation's own file store (the platform's, by SHA-256). */
export interface LocalFiles {
  read(sha256: string): Promise<Uint8Array>;
  /** Stores the bytes and returns their SHA-256. */
  store(bytes: Uint8Array): Promise<string>;
  /** Deletes these stored files now: a privacy removal made elsewhere freed them. */
  remove(sha256s: readonly string[]): Promise<unknown>;
}

export interface RemoteFiles {
  put(sha256: string, bytes: Uint8Array): Promise<void>;
  /** null: the server does not have it (yet). */
  get(sha256: string): Promise<Uint8Array | null>;
  /** Deletes it from the server; one the server does not have is fine. */
  remove(sha256: string): Promise<void>;
}

export class FileNotOnServerError extends Error {
  override readonly name = 'FileNotOnServerError';
  constructor() {
    super('Dit bestand staat nog niet op de server: de computer waarop het is vastgepind, heeft het nog niet kunnen versturen. Probeer het later opnieuw.');
  }
}

export class FileDamagedOnServerError extends Error {
  override readonly name = 'FileDamagedOnServerError';
  constructor() {
    super('Het bestand dat de server stuurde, klopt niet met het controlegetal: het is onderweg of op de server beschadigd. Het is niet opgeslagen.');
  }
}

export function remoteFiles(serverUrl: string, fetch: FetchLike): RemoteFiles {
  const docUrl = (sha256: string) => `${serverUrl}${FILES_DATABASE}/${encodeURIComponent(`file:${sha256}`)}`;
  const url = (sha256: string) => `${docUrl(sha256)}/data`;
  return {
    async put(sha256, bytes) {
      const response = await fetch(url(sha256), { method: 'PUT', headers: { 'Content-Type': 'application/octet-stream' }, body: bytes as Uint8Array<ArrayBuffer> });
      // 409: the document is there already, from this or another workstation; its name is its content.
      if (!response.ok && response.status !== 409) throw new Error(`Bestand versturen: HTTP ${response.status}`);
    },
    async get(sha256) {
      const response = await fetch(url(sha256), { method: 'GET', headers: { Accept: 'application/octet-stream' } });
      if (response.status === 404) return null;
      if (!response.ok) throw new Error(`Bestand ophalen: HTTP ${response.status}`);
      return new Uint8Array(await response.arrayBuffer());
    },
    async remove(sha256) {
      // CouchDB deletes by revision. The document holds the bytes as an attachment stub only; they go at the server's next compaction (automatic in CouchDB 3).
      const found = await fetch(docUrl(sha256), { method: 'GET', headers: { Accept: 'application/json' } });
      if (found.status === 404) return;
      if (!found.ok) throw new Error(`Bestand verwijderen: HTTP ${found.status}`);
      const { _rev: rev } = (await found.json()) as { _rev?: string };
      if (!rev) throw new Error('Bestand verwijderen: de server gaf geen revisie');
      const response = await fetch(`${docUrl(sha256)}?rev=${encodeURIComponent(rev)}`, { method: 'DELETE' });
      // 404: gone already; 409: another workstation deleted it first.
      if (!response.ok && response.status !== 404 && response.status !== 409) throw new Error(`Bestand verwijderen: HTTP ${response.status}`);
    },
  };
}

/** Deletes from the server up to `limit` files a privacy removal here freed; returns how many went. */
export async function removeLeavingFiles(db: KlachtenbalieDb, remote: RemoteFiles, limit = 20): Promise<number> {
  let removed = 0;
  for (const { sha256, pinnedAgain } of await leavingFiles(db, limit)) {
    if (!pinnedAgain) await remote.remove(sha256);
    await forgetLeavingFile(db, sha256);
    removed += 1;
  }
  return removed;
}

/** Sends up to `limit` files the server does not have from us yet; returns how many went. */
export async function pushFiles(db: KlachtenbalieDb, local: LocalFiles, remote: RemoteFiles, limit = 20): Promise<number> {
  let sent = 0;
  for (const sha256 of await unsharedFiles(db, limit)) {
    const bytes = await local.read(sha256).catch(() => null);
    // A file whose bytes are gone here cannot be sent; a backup or another workstation may still have it.
    if (!bytes) continue;
    await remote.put(sha256, bytes);
    await markFileShared(db, sha256);
    sent += 1;
  }
  return sent;
}

/** The file from here, or else from the server, checked against its SHA-256 and then kept here. */
export async function readFile(sha256: string, local: LocalFiles, remote: RemoteFiles | null): Promise<Uint8Array> {
  try {
    return await local.read(sha256);
  } catch (missing) {
    if (!remote) throw missing;
  }
  const bytes = await remote.get(sha256);
  if (!bytes) throw new FileNotOnServerError();
  if ((await sha256Hex(bytes)) !== sha256) throw new FileDamagedOnServerError();
  await local.store(bytes);
  return bytes;
}
