/** PouchDB as the app uses it: its IndexedDB adapter here, its HTTP adapter for the server. */
import PouchDB from 'pouchdb-browser';
import type { FetchLike, LocalDatabase, PouchFactory } from './pouch';

export const browserPouch: PouchFactory = {
  local: (name) => new PouchDB(name, { auto_compaction: false }) as unknown as LocalDatabase,
  remote: (url, fetch: FetchLike) => new PouchDB(url, { fetch: (input: string, init: RequestInit) => fetch(input, init), skip_setup: true }) as unknown as LocalDatabase,
};
