/**
 * A privacy removal on a shared register reaches every copy (issue 15): the
 * freed file leaves the office server, the other workstation's disk at once
 * (not after the sweep's month), and no local copy keeps the person in an
 * earlier version of a record.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, startCouchServer } from '../tools/couchServer.mjs';
import type { KlachtenbalieDb } from '../../src-renderer/src/db/database';
import type { Repositories } from '../../src-renderer/src/db/repositories';
import { carryOutRemoval } from '../../src-renderer/src/features/privacy/carryOutRemoval';
import { type SyncEngine, startSyncEngine } from '../../src-renderer/src/sync/engine';
import { FILES_DATABASE, readFile, remoteFiles } from '../../src-renderer/src/sync/files';
import { joinRegister, shareRegister } from '../../src-renderer/src/sync/firstSync';
import type { LocalDatabase } from '../../src-renderer/src/sync/pouch';
import { createCouchClient } from '../../src-renderer/src/sync/couchHttp';
import { couchDatabase } from '../../src-renderer/src/sync/couchDatabase';
import { ACTOR, freshDb, NOW } from './support/db';
import { ADMIN } from './support/couch';
import { memoryFiles, sha } from './support/memoryFiles';
import { adminFetch, memoryPouch, remotePouch, requestsAnswered } from './support/pouch';
import { COORDINATOR, PAST_TERM, ROLES, closedFile, day } from './support/privacyOffice';

let server: { url: string; stop: () => Promise<void> };
beforeAll(async () => {
  server = await startCouchServer({ admin: ADMIN });
  await createDatabase(server.url, ADMIN, 'register');
  await createDatabase(server.url, ADMIN, FILES_DATABASE);
}, 60_000);
const engines: SyncEngine[] = [];
afterEach(async () => {
  for (const engine of engines.splice(0)) await engine.stop();
});
afterAll(async () => {
  await requestsAnswered();
  await server?.stop();
});

const poll = { timeout: 20_000, interval: 50 };


interface Station {
  db: KlachtenbalieDb;
  repos: Repositories;
  local: LocalDatabase;
  files: ReturnType<typeof memoryFiles>;
}

const remote = () => remotePouch(`${server.url}register`, adminFetch(ADMIN));
const counter = () => couchDatabase(createCouchClient({ url: server.url, fetch: adminFetch(ADMIN) }), 'register');
const serverFiles = () => remoteFiles(server.url, adminFetch(ADMIN));

async function station(name: string): Promise<Station> {
  const { db, repos } = await freshDb();
  return { db, repos, local: memoryPouch(name), files: memoryFiles() };
}

function online(s: Station): SyncEngine {
  const engine = startSyncEngine({ db: s.db, local: s.local, remote: remote(), counter: counter(), files: { local: s.files, remote: serverFiles() }, now: () => NOW });
  engines.push(engine);
  return engine;
}

/** Every earlier revision of the document as this copy still holds it (a compacted one is only its id). */
async function earlierVersionsText(copy: LocalDatabase, docId: string): Promise<string> {
  const current = await copy.get(docId, { revs: true });
  const { start, ids } = current._revisions!;
  const earlier = ids.slice(1).map((id, index) => `${start - 1 - index}-${id}`);
  const bodies = await Promise.all(earlier.map((rev) => copy.get(docId, { rev }).catch(() => ({ compacted: rev }))));
  return JSON.stringify(bodies);
}

const scan = new TextEncoder().encode('%PDF-1.4 brief van Jan de Vries over de lekkende ketel');

describe('a file past its retention term removed on a shared register', () => {
  it('leaves the server, the other workstation that opened it, and every earlier version in the local copies', async () => {
    const a = await station('privacy-a');
    await a.repos.procedures.choosePreset('dienstverlener-klachtencommissie', ACTOR, day('2026-04-01'));
    const { complaint } = await closedFile(a.repos);
    const fileHash = await a.files.store(scan);
    await a.repos.attachments.add({ complaintId: complaint.id, name: 'brief.pdf', type: 'application/pdf', size: scan.length, sha256: fileHash, kind: 'other' }, ACTOR, day('2026-04-25'));
    await shareRegister({ db: a.db, local: a.local, remote: remote(), counter: counter(), now: () => NOW });
    const b = await station('privacy-b');
    await joinRegister({ db: b.db, local: b.local, remote: remote(), counter: counter(), now: () => NOW });
    const onA = online(a);
    online(b);
    await expect.poll(async () => (await serverFiles().get(fileHash)) !== null, poll).toBe(true);
    // B's coordinator opened the letter once: its bytes are on B's disk now.
    expect(await readFile(fileHash, b.files, serverFiles())).toEqual(scan);
    const docId = `complaints:${complaint.id}`;
    const earlierOnB = (await b.local.get(docId))._rev!;

    const done = await carryOutRemoval(a.repos, { deleteAttachments: async (hashes) => a.files.remove(hashes) as Promise<number> }, { ids: [complaint.id], kind: 'anonymise', actor: COORDINATOR, roles: ROLES, now: PAST_TERM });
    expect(done.diskProblem).toBeNull();
    expect(a.files.held.has(fileHash)).toBe(false);
    // The outbox's live query, which sends a change at once in the app, does not run in these tests.
    await onA.settle();

    await expect.poll(async () => (await serverFiles().get(fileHash)) === null, poll).toBe(true);
    await expect.poll(() => b.files.held.has(fileHash), poll).toBe(false);
    await expect.poll(async () => (await b.db.complaints.get(complaint.id))?.customerName, poll).not.toBe('Jan de Vries');
    // The anonymised version is current on both; every version before it, with the name, is compacted away.
    for (const copy of [a.local, b.local]) await expect.poll(() => earlierVersionsText(copy, docId), poll).not.toContain('Jan de Vries');
    expect(await earlierVersionsText(b.local, docId)).toContain(earlierOnB.split('-')[1]);
  }, 90_000);
});
