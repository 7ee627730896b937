/** Pinned files through the office server: pushed by the workstation that has them, fetched on first open, checked by their hash. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, createUser, setMembers, startCouchServer } from '../tools/couchServer.mjs';
import { FILES_DATABASE, FileDamagedOnServerError, FileNotOnServerError, pushFiles, readFile, remoteFiles } from '../../src-renderer/src/sync/files';
import { ADMIN } from './support/couch';
import { memoryFiles, sha } from './support/memoryFiles';
import { freshDb, NOW } from './support/db';
import { adminFetch, requestsAnswered } from './support/pouch';

let server: { url: string; stop: () => Promise<void> };
beforeAll(async () => {
  server = await startCouchServer({ admin: ADMIN });
  await createDatabase(server.url, ADMIN, FILES_DATABASE);
  await createUser(server.url, ADMIN, { name: 'bea', password: 'balie' });
  await setMembers(server.url, ADMIN, FILES_DATABASE, { names: ['bea'] });
}, 30_000);
afterAll(async () => {
  await requestsAnswered();
  await server?.stop();
});



const scan = new TextEncoder().encode('%PDF-1.4 klachtbrief van mevrouw Visser');

describe('pinned files on a shared register', () => {
  it('goes to the server once from the workstation that has it, and opens on another, checked and kept there', async () => {
    const { db } = await freshDb();
    const here = memoryFiles();
    const id = await here.store(scan);
    await db.files.put({ sha256: id, size: scan.length, firstStoredAt: NOW.toISOString(), updatedAt: NOW.toISOString() });
    const remote = remoteFiles(server.url, adminFetch(ADMIN));
    expect(await pushFiles(db, here, remote)).toBe(1);
    expect(await pushFiles(db, here, remote)).toBe(0);

    const there = memoryFiles();
    expect(await readFile(id, there, remoteFiles(server.url, adminFetch({ name: 'bea', password: 'balie' })))).toEqual(scan);
    expect(there.held.get(id)).toEqual(scan);
  });

  it('refuses bytes that do not match their name, and says when the server does not have the file yet', async () => {
    const remote = remoteFiles(server.url, adminFetch(ADMIN));
    const other = new TextEncoder().encode('iets anders');
    const claimed = sha(new TextEncoder().encode('de echte scan'));
    await remote.put(claimed, other);
    const there = memoryFiles();
    await expect(readFile(claimed, there, remote)).rejects.toBeInstanceOf(FileDamagedOnServerError);
    expect(there.held.size).toBe(0);
    await expect(readFile(sha(new TextEncoder().encode('nooit verstuurd')), there, remote)).rejects.toBeInstanceOf(FileNotOnServerError);
  });
});
