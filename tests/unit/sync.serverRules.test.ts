/**
 * The rules the office's server enforces itself, against a real
 * CouchDB-protocol server (pouchdb-server runs validate_doc_update as CouchDB does).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, createUser, setMembers, startCouchServer, type CouchServer } from '../tools/couchServer.mjs';
import { createCouchClient, type CouchClient } from '../../src-renderer/src/sync/couchHttp';
import { couchDatabase } from '../../src-renderer/src/sync/couchDatabase';
import { installServerRules } from '../../src-renderer/src/sync/serverRules';
import { ADMIN } from './support/couch';

const SANNE = { name: 'sanne', password: 'coordinator-2026', roles: ['coordinator'] };
const GUEST = { name: 'gast', password: 'gast-2026', roles: [] as string[] };
const KEES = { name: 'kees', password: 'telefoon-2026', roles: ['receptionist'] };
const DB = 'klachtenbalie';

let server: CouchServer;

async function signedIn(user: { name: string; password: string }): Promise<CouchClient> {
  const client = createCouchClient({ url: server.url, fetch: (url, init) => fetch(url, init) });
  await client.login(user.name, user.password);
  return client;
}

const event = (id: string, type: string, summary: string) => ({ id, type, at: `2026-11-16T10:0${id.length}:00.000Z`, actorName: 'Sanne', summary, complaintId: 'c1', customerId: null, actorId: null, changes: [], updatedAt: '' });

beforeAll(async () => {
  server = await startCouchServer({ admin: ADMIN });
  for (const user of [SANNE, GUEST, KEES]) await createUser(server.url, ADMIN, user);
  await createDatabase(server.url, ADMIN, DB);
  await setMembers(server.url, ADMIN, DB, { names: [SANNE.name, GUEST.name, KEES.name] });
}, 60_000);
afterAll(() => server?.stop());

describe('what the server refuses by itself', () => {
  it('only an administrator puts the rules on the register; a colleague is told no without an error', async () => {
    expect(await installServerRules(await signedIn(SANNE), DB)).toBe(false);
    expect(await installServerRules(await signedIn(ADMIN), DB)).toBe(true);
    // Again: already there, nothing written.
    expect(await installServerRules(await signedIn(ADMIN), DB)).toBe(true);
  });

  it('an account without a Klachtenbalie role changes nothing; a colleague with one does', async () => {
    const guest = couchDatabase(await signedIn(GUEST), DB);
    await expect(guest.putDoc({ _id: 'complaints:x', table: 'complaints', value: { summary: 'Van een gast' } })).rejects.toMatchObject({ status: 403 });
    const sanne = couchDatabase(await signedIn(SANNE), DB);
    await expect(sanne.putDoc({ _id: 'complaints:y', table: 'complaints', value: { summary: 'Lekkage' } })).resolves.toMatch(/^1-/);
  });

  it('events are added, also two workstations\' merged, but never changed or left out of a new version', async () => {
    const sanne = couchDatabase(await signedIn(SANNE), DB);
    const first = await sanne.putDoc({ _id: 'eventLogs:c1', table: 'eventLogs', value: { id: 'c1', events: [event('e1', 'created', 'Klacht vastgelegd')] } });
    const merged = await sanne.putDoc({ _id: 'eventLogs:c1', _rev: first, table: 'eventLogs', value: { id: 'c1', events: [event('e1', 'created', 'Klacht vastgelegd'), event('e22', 'note_added', 'Van werkplek B'), event('e333', 'owner_assigned', 'Van werkplek A')] } });
    await expect(sanne.putDoc({ _id: 'eventLogs:c1', _rev: merged, table: 'eventLogs', value: { id: 'c1', events: [event('e22', 'note_added', 'Van werkplek B')] } })).rejects.toMatchObject({ status: 403 });
    await expect(sanne.putDoc({ _id: 'eventLogs:c1', _rev: merged, table: 'eventLogs', value: { id: 'c1', events: [event('e1', 'status_changed', 'Anders'), event('e22', 'note_added', 'Van werkplek B'), event('e333', 'owner_assigned', 'Van werkplek A')] } })).rejects.toMatchObject({ status: 403 });
    expect((await sanne.getDoc('eventLogs:c1'))?._rev).toBe(merged);
    // Ending a version as a whole stays possible: a merge ends the losing copy that way.
    await expect(sanne.putDoc({ _id: 'eventLogs:c1', _rev: merged, _deleted: true })).resolves.toMatch(/^3-/);
  });

  it('a step the procedure gives to a role is taken only from an account with that role, and never changed afterwards', async () => {
    const step = (id: string, kind: string, roles: string[]) => ({ _id: `steps:c2:${id}`, event: { ...event(id, 'status_changed', 'Klacht ingetrokken'), complaintId: 'c2', step: { kind, roles } } });
    const kees = couchDatabase(await signedIn(KEES), DB);
    const sanne = couchDatabase(await signedIn(SANNE), DB);
    await expect(kees.putDoc(step('s1', 'withdraw', ['coordinator']))).rejects.toMatchObject({ status: 403 });
    // An app changed to say the receptionist may: no regeling gives her this step, so the server does not either.
    await expect(kees.putDoc(step('s2', 'withdraw', ['receptionist']))).rejects.toMatchObject({ status: 403 });
    await expect(kees.putDoc(step('s3', 'log_contact', ['receptionist']))).rejects.toMatchObject({ status: 403 });
    const taken = await sanne.putDoc(step('s4', 'withdraw', ['coordinator']));
    expect(taken).toMatch(/^1-/);
    await expect(sanne.putDoc({ ...step('s4', 'withdraw', ['coordinator']), _rev: taken, extra: 'anders' })).rejects.toMatchObject({ status: 403 });
    // Not hidden in a log either: there it would come in under whoever merges the log.
    await expect(sanne.putDoc({ _id: 'eventLogs:c2', table: 'eventLogs', value: { id: 'c2', events: [step('s5', 'withdraw', ['coordinator']).event] } })).rejects.toMatchObject({ status: 403 });
    // Removed with its complaint.
    await expect(kees.putDoc({ _id: 'steps:c2:s4', _rev: taken, _deleted: true })).resolves.toMatch(/^2-/);
  });
});
