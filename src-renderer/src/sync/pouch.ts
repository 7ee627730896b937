/**
 * The part of PouchDB the sync uses, typed here so the rest of the code does
 * not depend on PouchDB's own (loose) types. The app passes pouchdb-browser
 * (IndexedDB adapter); tests pass PouchDB with the in-memory adapter.
 */
export interface PouchDoc {
  _id: string;
  _rev?: string;
  _deleted?: boolean;
  _conflicts?: string[];
  [field: string]: unknown;
}

export interface BulkResult {
  ok?: boolean;
  id?: string;
  rev?: string;
  error?: string | boolean;
  status?: number;
}

export interface AllDocsRow {
  key: string;
  id?: string;
  value?: { rev: string; deleted?: boolean };
  error?: string;
}

export interface PouchChange {
  id: string;
  seq: number | string;
  deleted?: boolean;
  changes: Array<{ rev: string }>;
  doc?: PouchDoc;
}

export interface PouchChangesPage {
  results: PouchChange[];
  last_seq: number | string;
}

export interface ReplicationInfo {
  docs_read?: number;
  docs_written?: number;
  pending?: number;
  errors?: unknown[];
}

/** What `replicate`/`sync` return: a promise-like event emitter. */
export interface Replication extends PromiseLike<unknown> {
  on(event: 'change', listener: (info: ReplicationInfo & { direction?: 'push' | 'pull'; change?: ReplicationInfo }) => void): Replication;
  on(event: 'paused', listener: (error?: unknown) => void): Replication;
  on(event: 'active' | 'complete', listener: (info?: unknown) => void): Replication;
  on(event: 'denied' | 'error', listener: (error: unknown) => void): Replication;
  cancel(): void;
}

/** What `sync` returns: both directions, each its own replication. */
export interface TwoWayReplication extends Replication {
  readonly push: Replication;
  readonly pull: Replication;
}

export interface ReplicationOptions {
  live?: boolean;
  retry?: boolean;
  batch_size?: number;
  batches_limit?: number;
  back_off_function?: (delay: number) => number;
  /** Only documents whose id passes (the app's records; not counters or design documents). */
  filter?: (doc: PouchDoc) => boolean;
}

export interface LocalDatabase {
  readonly name: string;
  info(): Promise<{ doc_count: number; update_seq: number | string }>;
  get(id: string, options?: { rev?: string; revs?: boolean; conflicts?: boolean }): Promise<PouchDoc & { _revisions?: { start: number; ids: string[] } }>;
  allDocs(options: { keys: string[] } | { startkey: string; endkey: string }): Promise<{ rows: AllDocsRow[] }>;
  bulkDocs(docs: PouchDoc[]): Promise<BulkResult[]>;
  changes(options: { since: number | string; limit?: number; include_docs?: boolean; conflicts?: boolean }): Promise<PouchChangesPage>;
  changes(options: { since: 'now'; live: true }): { on(event: 'change', listener: () => void): unknown; cancel(): void };
  replicate: {
    to(target: LocalDatabase, options?: ReplicationOptions): Replication;
    from(source: LocalDatabase, options?: ReplicationOptions): Replication;
  };
  sync(remote: LocalDatabase, options?: ReplicationOptions): TwoWayReplication;
  /** Drops the bodies of non-current revisions (PouchDB keeps them while auto-compaction is off). */
  compact(): Promise<unknown>;
  close(): Promise<void>;
  destroy(): Promise<void>;
}

export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

/** Opens a local database by name, or a remote one by URL with the given fetch. */
export interface PouchFactory {
  local(name: string): LocalDatabase;
  remote(url: string, fetch: FetchLike): LocalDatabase;
}
