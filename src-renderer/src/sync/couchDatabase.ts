import type { CouchClient } from './couchHttp';
import { encodePath, isRecord } from './couchHttp';
import { type Seq, seqFromServer, seqParam } from './seq';

/** Documents and the changes feed of one database on the office server. */
export interface CouchDoc {
  _id: string;
  _rev?: string;
  _deleted?: boolean;
  [field: string]: unknown;
}

export interface Change {
  id: string;
  seq: Seq;
  revs: string[];
  deleted: boolean;
  doc: CouchDoc | null;
}

export interface ChangesPage {
  results: Change[];
  /** Give this back as `since` for the next page; never compare it. */
  lastSeq: Seq;
}

export interface ChangesOptions {
  /** Omitted: from the beginning. */
  since?: Seq;
  limit?: number;
  includeDocs?: boolean;
}

export interface CouchDatabase {
  readonly name: string;
  /** GET /db: throws NotFoundError when missing, UnauthorizedError/ForbiddenError without access. */
  info(): Promise<Record<string, unknown>>;
  /** Creates the database unless it is there already (needs a server admin on CouchDB). */
  createIfMissing(): Promise<'created' | 'existed'>;
  /** null when the document does not exist (or was deleted). */
  getDoc(id: string): Promise<CouchDoc | null>;
  /** Writes the document and returns its new _rev; a stale or missing _rev on an existing document throws ConflictError. */
  putDoc(doc: CouchDoc): Promise<string>;
  changes(options?: ChangesOptions): Promise<ChangesPage>;
}

export function couchDatabase(client: CouchClient, name: string): CouchDatabase {
  const dbPath = encodePath(name);
  return {
    name,

    async info() {
      const { body } = await client.request('GET', dbPath);
      return isRecord(body) ? body : {};
    },

    async createIfMissing() {
      const { status } = await client.request('PUT', dbPath, { accept: [412] });
      return status === 412 ? 'existed' : 'created';
    },

    async getDoc(id) {
      const { status, body } = await client.request('GET', `${dbPath}/${encodePath(id)}`, { accept: [404] });
      if (status === 404 || !isRecord(body)) return null;
      return body as CouchDoc;
    },

    async putDoc(doc) {
      const { body } = await client.request('PUT', `${dbPath}/${encodePath(doc._id)}`, { body: doc });
      if (!isRecord(body) || typeof body.rev !== 'string') throw new TypeError(`PUT ${doc._id}: het antwoord mist de nieuwe _rev`);
      return body.rev;
    },

    async changes(options = {}) {
      const query: Record<string, string> = {};
      if (options.since !== undefined) query.since = seqParam(options.since);
      if (options.limit !== undefined) query.limit = String(options.limit);
      if (options.includeDocs) query.include_docs = 'true';
      const { body } = await client.request('GET', `${dbPath}/_changes`, { query });
      if (!isRecord(body) || !Array.isArray(body.results)) throw new TypeError(`${name}/_changes: onverwacht antwoord`);
      return { results: body.results.map(changeOf), lastSeq: seqFromServer(body.last_seq) };
    },
  };
}

function changeOf(entry: unknown): Change {
  if (!isRecord(entry) || typeof entry.id !== 'string') throw new TypeError('_changes: onverwachte regel');
  const revs = Array.isArray(entry.changes) ? entry.changes.flatMap((change) => (isRecord(change) && typeof change.rev === 'string' ? [change.rev] : [])) : [];
  return { id: entry.id, seq: seqFromServer(entry.seq), revs, deleted: entry.deleted === true, doc: isRecord(entry.doc) ? (entry.doc as CouchDoc) : null };
}
