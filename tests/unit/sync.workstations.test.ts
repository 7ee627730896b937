/**
 * Two workstations share one register through a real CouchDB-protocol server
 * (pouchdb-server in memory on loopback): each has its own register (fake
 * IndexedDB) and its own local copy (PouchDB in memory), as on two PCs.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startCouchServer } from '../tools/couchServer.mjs';
import type { KlachtenbalieDb } from '../../src-renderer/src/db/database';
import type { Repositories } from '../../src-renderer/src/db/repositories';
import { type SyncEngine, startSyncEngine } from '../../src-renderer/src/sync/engine';
import { joinRegister, shareRegister } from '../../src-renderer/src/sync/firstSync';
import type { LocalDatabase } from '../../src-renderer/src/sync/pouch';
import type { EditConflict } from '../../src-renderer/src/domain/sharing/merge';
import { createCouchClient } from '../../src-renderer/src/sync/couchHttp';
import { couchDatabase } from '../../src-renderer/src/sync/couchDatabase';
import { ACTOR, freshDb, intake, NOW } from './support/db';
import { ADMIN } from './support/couch';
import { adminFetch, requestsAnswered, memoryPouch, remotePouch } from './support/pouch';

let server: { url: string; stop: () => Promise<void> };
let databaseUrl = '';
let databases = 0;

beforeAll(async () => {
  server = await startCouchServer({ admin: ADMIN });
}, 60_000);
afterAll(async () => {
  await requestsAnswered();
  await server?.stop();
});

interface Workstation {
  db: KlachtenbalieDb;
  repos: Repositories;
  local: LocalDatabase;
  engine: SyncEngine | null;
}

const running: Workstation[] = [];
afterEach(async () => {
  for (const station of running.splice(0)) await station.engine?.stop();
});

async function freshSharedDatabase(): Promise<void> {
  databases += 1;
  databaseUrl = `${server.url}register-${databases}`;
  const response = await adminFetch(ADMIN)(databaseUrl, { method: 'PUT' });
  expect(response.status).toBe(201);
}

function remote(): LocalDatabase {
  return remotePouch(databaseUrl, adminFetch(ADMIN));
}

function counter() {
  return couchDatabase(createCouchClient({ url: server.url, fetch: adminFetch(ADMIN) }), `register-${databases}`);
}

async function workstation(name: string): Promise<Workstation> {
  const { db, repos } = await freshDb();
  const station: Workstation = { db, repos, local: memoryPouch(name), engine: null };
  running.push(station);
  return station;
}

function online(station: Workstation): void {
  station.engine = startSyncEngine({ db: station.db, local: station.local, remote: remote(), counter: counter(), now: () => NOW });
}

async function offline(station: Workstation): Promise<void> {
  await station.engine?.stop();
  station.engine = null;
}

/** Two workstations on one shared register: A shared it with one complaint, B joined. */
async function office() {
  await freshSharedDatabase();
  const a = await workstation('a');
  const first = await a.repos.complaints.create(intake(), ACTOR, NOW);
  await shareRegister({ db: a.db, local: a.local, remote: remote(), counter: counter(), now: () => NOW });
  const b = await workstation('b');
  await joinRegister({ db: b.db, local: b.local, remote: remote(), counter: counter(), now: () => NOW });
  online(a);
  online(b);
  return { a, b, complaintId: first.complaint.id };
}

const poll = { timeout: 20_000, interval: 50 };

describe('two workstations on one shared register', () => {
  it('a complaint shared from A is on B after joining, with its customer, history and desk rows', async () => {
    const { b, complaintId } = await office();
    const onB = await b.db.complaints.get(complaintId);
    expect(onB).toMatchObject({ reference: 'K-2026-0001', summary: 'Verwarming doet het niet', customerName: 'Jan de Vries' });
    expect(await b.db.customers.get(onB!.customerId)).toMatchObject({ name: 'Jan de Vries' });
    expect((await b.repos.events.listForComplaint(complaintId)).map((event) => event.type)).toContain('created');
    expect(await b.db.openDeadlines.where('complaintId').equals(complaintId).count()).toBeGreaterThan(0);
    expect(await b.db.counters.get("complaints.total")).toMatchObject({ value: 1 });
  }, 60_000);

  it('a complaint recorded on A appears on B with its reference', async () => {
    const { a, b } = await office();
    const second = await a.repos.complaints.create(intake({ complaint: { summary: 'Lekkage in de badkamer' } }), ACTOR, NOW);
    await expect.poll(async () => (await b.db.complaints.get(second.complaint.id))?.reference, poll).toBe(second.complaint.reference);
    await expect.poll(async () => b.engine!.state().kind, poll).toBe('upToDate');
  }, 60_000);

  it('an edit on B reaches A', async () => {
    const { a, b, complaintId } = await office();
    await b.repos.complaints.update(complaintId, { category: 'Onderhoud' }, ACTOR, NOW);
    // The outbox's live query, which sends a change at once in the app, does not run in these tests.
    await b.engine!.settle();
  }, 60_000);

  it('a measure added on A is in B\'s register with its copy on the card; carrying it out on B reaches A', async () => {
    const { a, b, complaintId } = await office();
    const input = { description: 'Monteurs bellen voor vertrek', causeCategory: 'Afspraken en planning', causeText: '', kind: 'preventive' as const, owner: 'Erik Zwart', dueOn: '2026-03-18', checkDueOn: '', complaintIds: [complaintId] };
    const measure = await a.repos.measures.add(input, ACTOR, NOW);
    await a.engine!.settle();
    await expect.poll(async () => (await b.repos.measures.ofComplaint(complaintId)).map((m) => m.description), poll).toEqual(['Monteurs bellen voor vertrek']);
    await expect.poll(async () => (await b.db.complaints.get(complaintId))?.workflow.correctiveActions.map((action) => action.id), poll).toEqual([measure.id]);
    await b.repos.measures.markDone(measure.id, '2026-03-10', ACTOR, NOW);
    await b.engine!.settle();
    await expect.poll(async () => (await a.repos.measures.get(measure.id))?.status, poll).toBe('done');
  }, 60_000);

  it('edits of different fields made offline on both merge when they reconnect, with both histories', async () => {
    const { a, b, complaintId } = await office();
    await offline(a);
    await offline(b);
    await a.repos.complaints.update(complaintId, { category: 'Onderhoud' }, ACTOR, NOW);
    await b.repos.complaints.update(complaintId, { productOrService: 'Cv-ketel' }, ACTOR, NOW);
    online(a);
    online(b);
    for (const station of [a, b]) {
      await expect.poll(async () => {
        const complaint = await station.db.complaints.get(complaintId);
        return [complaint?.category, complaint?.productOrService];
      }, poll).toEqual(['Onderhoud', 'Cv-ketel']);
    }
    for (const station of [a, b]) {
      await expect.poll(async () => (await station.repos.events.listForComplaint(complaintId)).filter((event) => event.type === 'updated').length, poll).toBe(2);
    }
    const onA = await a.db.complaints.get(complaintId);
    expect((onA as { conflicts?: unknown }).conflicts).toBeUndefined();
  }, 60_000);

  it('a step of a role taken on A travels as a document of its own and reaches B\'s history; an edit of the log elsewhere keeps it on A', async () => {
    const { a, b, complaintId } = await office();
    const coordinator = { ...ACTOR, roles: ['coordinator' as const] };
    await a.repos.complaints.applyAction(complaintId, { type: 'withdraw', on: '2026-03-10', reason: 'Klant trok in' }, coordinator, NOW);
    const withdrawals = async (station: Workstation) => (await station.repos.events.listForComplaint(complaintId)).filter((event) => event.step?.kind === 'withdraw').length;
    await expect.poll(() => withdrawals(b), poll).toBe(1);
    expect(await b.db.complaints.get(complaintId)).toMatchObject({ status: 'withdrawn' });

    // On the server the step stands alone, so the server can check who sent it; the log has the rest.
    const server = remote();
    const { rows } = await server.allDocs({ startkey: `steps:${complaintId}:`, endkey: `steps:${complaintId}:\ufff0` });
    expect(rows).toHaveLength(1);
    const log = (await server.get(`eventLogs:${complaintId}`)) as unknown as { value: { events: Array<{ step?: unknown }> } };
    expect(log.value.events.length).toBeGreaterThan(0);
    expect(log.value.events.filter((event) => event.step)).toEqual([]);

    await b.repos.complaints.update(complaintId, { category: 'Onderhoud' }, ACTOR, NOW);
    // The outbox's live query, which sends a change at once in the app, does not run in these tests.
    await b.engine!.settle();
    await expect.poll(async () => (await a.repos.events.listForComplaint(complaintId)).filter((event) => event.type === 'updated').length, poll).toBe(1);
    expect(await withdrawals(a)).toBe(1);
    expect(await withdrawals(b)).toBe(1);
  }, 60_000);

  it('one field changed differently on both keeps one value and records the other as a conflict on both', async () => {
    const { a, b, complaintId } = await office();
    await offline(a);
    await offline(b);
    await a.repos.complaints.update(complaintId, { summary: 'Verwarming al een week stuk' }, ACTOR, NOW);
    await b.repos.complaints.update(complaintId, { summary: 'Geen warm water' }, ACTOR, NOW);
    online(a);
    online(b);
    const conflictsOn = async (station: Workstation) => ((await station.db.complaints.get(complaintId)) as { conflicts?: EditConflict[] } | undefined)?.conflicts ?? [];
    for (const station of [a, b]) await expect.poll(async () => (await conflictsOn(station)).length, poll).toBe(1);
    await expect.poll(async () => (await a.db.complaints.get(complaintId))?.summary, poll).toBe((await b.db.complaints.get(complaintId))?.summary);
    const [conflict] = await conflictsOn(a);
    expect(conflict!.path).toBe('summary');
    expect(new Set([conflict!.kept, conflict!.other])).toEqual(new Set(['Verwarming al een week stuk', 'Geen warm water']));
    expect(conflict!.base).toBe('Verwarming doet het niet');
  }, 60_000);

  it('a workstation that was offline catches up in both directions and says so, references unique from leased blocks', async () => {
    const { a, b } = await office();
    await offline(b);
    const fromA = await a.repos.complaints.create(intake({ complaint: { summary: 'Deur klemt' } }), ACTOR, NOW);
    const fromB = await b.repos.complaints.create(intake({ complaint: { summary: 'Te laat geleverd' } }), ACTOR, NOW);
    expect(fromA.complaint.reference).toMatch(/^K-2026-\d{4}$/);
    expect(fromB.complaint.reference).toMatch(/^K-2026-\d{4}$/);
    expect(fromB.complaint.reference).not.toBe(fromA.complaint.reference);
    expect(await b.db.complaints.get(fromA.complaint.id)).toBeUndefined();
    online(b);
    await expect.poll(async () => (await b.db.complaints.get(fromA.complaint.id))?.summary, poll).toBe('Deur klemt');
    await expect.poll(async () => (await a.db.complaints.get(fromB.complaint.id))?.summary, poll).toBe('Te laat geleverd');
    await expect.poll(async () => b.engine!.state().kind, poll).toBe('upToDate');
  }, 60_000);
});

describe('what a workstation says about the server', () => {
  it('started while the server is away it says offline with changes waiting, and up to date once the server answers', async () => {
    const { b } = await office();
    await offline(b);
    await b.repos.complaints.create(intake({ complaint: { summary: 'Te laat geleverd' } }), ACTOR, NOW);
    let away = true;
    const admin = adminFetch(ADMIN);
    const unreachable: typeof admin = (url, init) => (away ? Promise.reject(new TypeError('fetch failed')) : admin(url, init));
    b.engine = startSyncEngine({ db: b.db, local: b.local, remote: remotePouch(databaseUrl, unreachable), counter: counter(), now: () => NOW });
    await expect.poll(() => b.engine!.state(), poll).toMatchObject({ kind: 'offline', since: NOW.toISOString() });
    expect(b.engine.state()).toMatchObject({ waiting: expect.any(Number) });
    expect((b.engine.state() as { waiting: number }).waiting).toBeGreaterThan(0);
    away = false;
    await expect.poll(() => b.engine!.state().kind, poll).toBe('upToDate');
  }, 60_000);
});

describe('a change the server refuses', () => {
  it('says so with the server\'s reason, and keeps saying so after the sync goes quiet', async () => {
    const { b } = await office();
    await offline(b);
    const admin = adminFetch(ADMIN);
    // As CouchDB answers a replicated write its rules refuse: 201, with the refusal per document.
    const refusing: typeof admin = async (url, init) => {
      if (url.endsWith('/_bulk_docs') && init.method === 'POST') {
        const { docs } = JSON.parse(String(init.body)) as { docs: { _id: string }[] };
        const body = docs.map((doc) => ({ id: doc._id, error: 'forbidden', reason: 'Een vastgelegde gebeurtenis kan niet worden gewijzigd of verwijderd.' }));
        return new Response(JSON.stringify(body), { status: 201, headers: { 'Content-Type': 'application/json' } });
      }
      return admin(url, init);
    };
    await b.repos.complaints.create(intake({ complaint: { summary: 'Te laat geleverd' } }), ACTOR, NOW);
    b.engine = startSyncEngine({ db: b.db, local: b.local, remote: remotePouch(databaseUrl, refusing), counter: counter(), now: () => NOW });
    await expect.poll(() => b.engine!.state(), poll).toMatchObject({ kind: 'error', message: 'De server weigert een wijziging van deze werkplek: Een vastgelegde gebeurtenis kan niet worden gewijzigd of verwijderd.' });
    // A change from elsewhere comes in: the sync works and goes quiet again, and the refusal is still said.
    const setting = { _id: 'settings:kantoor.naam', table: 'settings', value: { key: 'kantoor.naam', value: 'Kantoor Noord', updatedAt: NOW.toISOString() } };
    expect((await admin(`${databaseUrl}/settings:kantoor.naam`, { method: 'PUT', body: JSON.stringify(setting), headers: { 'Content-Type': 'application/json' } })).status).toBe(201);
    await expect.poll(async () => (await b.db.settings.get('kantoor.naam'))?.value, poll).toBe('Kantoor Noord');
    await b.engine.settle();
    expect(b.engine.state()).toMatchObject({ kind: 'error', message: expect.stringContaining('De server weigert') });
  }, 60_000);
});

describe('reference numbers across workstations', () => {
  it('joining renumbers the newcomer\'s complaints whose numbers the office already gave, keeping the old number findable', async () => {
    await freshSharedDatabase();
    const a = await workstation('a');
    const fromA = await a.repos.complaints.create(intake({ complaint: { summary: 'Verwarming doet het niet' } }), ACTOR, NOW);
    await shareRegister({ db: a.db, local: a.local, remote: remote(), counter: counter(), now: () => NOW });
    // B kept its own register before joining, numbered from 0001 too.
    const b = await workstation('b');
    const fromB = await b.repos.complaints.create(intake({ complaint: { summary: 'Lekkage in de badkamer' } }), ACTOR, NOW);
    expect(fromB.complaint.reference).toBe(fromA.complaint.reference);
    await joinRegister({ db: b.db, local: b.local, remote: remote(), counter: counter(), now: () => NOW });
    online(a);
    online(b);

    const renumbered = await b.db.complaints.get(fromB.complaint.id);
    expect(renumbered?.reference).toMatch(/^K-2026-\d{4}$/);
    expect(renumbered?.reference).not.toBe(fromA.complaint.reference);
    expect(renumbered?.formerReferences).toEqual([fromA.complaint.reference]);
    expect((await b.db.complaints.get(fromA.complaint.id))?.reference).toBe(fromA.complaint.reference);
    const history = await b.repos.events.listForComplaint(fromB.complaint.id);
    expect(history.map((event) => event.summary)).toContainEqual(expect.stringContaining(`vervangt ${fromA.complaint.reference}`));
    expect((await b.repos.complaints.search(fromA.complaint.reference)).map((complaint) => complaint.id).sort()).toEqual([fromA.complaint.id, fromB.complaint.id].sort());
    // A gets B's complaint under its new number.
    await expect.poll(async () => (await a.db.complaints.get(fromB.complaint.id))?.reference, poll).toBe(renumbered?.reference);
  }, 60_000);

  it('offline without numbers left, a complaint gets a marked provisional reference, replaced with an event once the server answers', async () => {
    const { b } = await office();
    await offline(b);
    await b.db.settings.delete('references.heldBlocks');
    const made = await b.repos.complaints.create(intake({ complaint: { summary: 'Te laat geleverd' } }), ACTOR, NOW);
    expect(made.complaint.reference).toMatch(/^K-2026-V-[0-9A-Z]{4}-0001$/);
    online(b);
    await expect.poll(async () => (await b.db.complaints.get(made.complaint.id))?.reference, poll).toMatch(/^K-2026-\d{4}$/);
    const replaced = await b.db.complaints.get(made.complaint.id);
    expect(replaced?.formerReferences).toEqual([made.complaint.reference]);
    const history = await b.repos.events.listForComplaint(made.complaint.id);
    expect(history.at(-1)?.summary).toContain(`vervangt ${made.complaint.reference}`);
  }, 60_000);
});
