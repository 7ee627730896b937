import PouchDB from 'pouchdb-core';
import http from 'pouchdb-adapter-http';
import memory from 'pouchdb-adapter-memory';
import replication from 'pouchdb-replication';
import type { FetchLike, LocalDatabase } from '../../../src-renderer/src/sync/pouch';

PouchDB.plugin(memory).plugin(http).plugin(replication);

let counter = 0;

/** A local copy in memory, as the app keeps one in IndexedDB: a fresh name each time, memdown is process-wide. */
export function memoryPouch(name: string): LocalDatabase {
  counter += 1;
  return new PouchDB(`${name}-${counter}`, { adapter: 'memory' }) as unknown as LocalDatabase;
}

export function remotePouch(url: string, fetch: FetchLike): LocalDatabase {
  return new PouchDB(url, { fetch: (input: string, init: RequestInit) => fetch(input, init) }) as unknown as LocalDatabase;
}

const inFlight = new Set<Promise<unknown>>();

/** Basic auth as the server's admin, for tests only (the app signs in with a session). */
export function adminFetch(admin: { name: string; password: string }): FetchLike {
  const authorization = `Basic ${Buffer.from(`${admin.name}:${admin.password}`).toString('base64')}`;
  return (url, init) => {
    const headers = new Headers(init.headers);
    headers.set('Authorization', authorization);
    const request = fetch(url, { ...init, headers });
    const settled: Promise<unknown> = request.then(
      () => inFlight.delete(settled),
      () => inFlight.delete(settled),
    );
    inFlight.add(settled);
    return request;
  };
}

/**
 * Every request made through adminFetch has its answer. PouchDB's replication asks the server for
 * its info after each batch without waiting for or catching the answer; stopping the server under
 * that request turns into an unhandled rejection, so a test file waits for this before it stops it.
 */
export async function requestsAnswered(): Promise<void> {
  while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
}
