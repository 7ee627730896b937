/**
 * Colleagues signing in to a shared register (the service the sign-in screen
 * uses), against a real CouchDB-protocol server on loopback, and with it away.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createDatabase, createUser, setMembers, startCouchServer, type CouchServer } from '../tools/couchServer.mjs';
import { createSharingService, type SharingService } from '../../src-renderer/src/sync/service';
import { freshDb, NOW } from './support/db';
import { ADMIN } from './support/couch';
import { memoryPouch, remotePouch, requestsAnswered } from './support/pouch';

const SANNE = { name: 'sanne', password: 'coordinator-2026', roles: ['coordinator', 'owner'] };
const NOBODY = { name: 'gast', password: 'gast-2026', roles: [] as string[] };

let server: CouchServer;
let away = false;

beforeAll(async () => {
  server = await startCouchServer({ admin: ADMIN });
  for (const user of [SANNE, NOBODY]) await createUser(server.url, ADMIN, user);
  for (const db of ['klachtenbalie', 'klachtenbalie-bestanden']) {
    await createDatabase(server.url, ADMIN, db);
    await setMembers(server.url, ADMIN, db, { names: [SANNE.name, NOBODY.name] });
  }
}, 60_000);
afterAll(async () => {
  await requestsAnswered();
  await server?.stop();
});

// One window's storage, as the browser gives it: the person signed in per window, what this PC remembers for good.
function storageLike() {
  const values = new Map<string, string>();
  return { getItem: (key: string) => values.get(key) ?? null, setItem: (key: string, value: string) => void values.set(key, value), removeItem: (key: string) => void values.delete(key), clear: () => values.clear() };
}
const session = storageLike();
const local = storageLike();
Object.assign(globalThis, { sessionStorage: session, localStorage: local });

let register = 0;
const services: SharingService[] = [];
beforeEach(async () => {
  for (const service of services.splice(0)) await service.stop();
  session.clear();
  local.clear();
  away = false;
});

/** A PC that has not shared its register yet. */
async function unshared(): Promise<{ make: () => SharingService }> {
  register += 1;
  const { db } = await freshDb();
  const name = `kantoor-${register}`;
  // Cookies kept per PC, as the browser (or the desktop's main process) does.
  let cookie = '';
  const fetch = async (url: string, init: RequestInit) => {
    if (away) throw new TypeError('fetch failed');
    const headers = new Headers(init.headers);
    if (cookie) headers.set('Cookie', cookie);
    const response = await globalThis.fetch(url, { ...init, headers });
    const set = response.headers.get('set-cookie');
    if (set) cookie = set.split(';')[0] ?? '';
    return response;
  };
  const make = (): SharingService =>
    createSharingService({
      db,
      register: name,
      fetch,
      pouch: { local: (localName) => memoryPouch(localName), remote: (url, remoteFetch) => remotePouch(url, remoteFetch) },
      files: { read: async () => new Uint8Array(), store: async () => '', remove: async () => undefined },
      now: () => NOW,
    });
  return { make };
}

/** A PC that shared its register as Sanne (later ones join the office's register), then a restart of it: nobody signed in. */
async function sharedAndRestarted(): Promise<SharingService> {
  const { make } = await unshared();
  const first = make();
  services.push(first);
  const input = { serverUrl: server.url, userName: SANNE.name, password: SANNE.password };
  expect(await (register === 1 ? first.share(input, () => undefined) : first.join(input, () => undefined))).toEqual({ ok: true });
  expect(first.account()).toMatchObject({ name: 'sanne', roles: ['coordinator', 'owner'], offline: false });
  await first.stop();
  session.clear();
  const restarted = make();
  services.push(restarted);
  return restarted;
}

describe('colleagues sign in to a shared register', () => {
  it('after a restart nobody is signed in; a colleague signs in with the roles the server gives, a wrong password is said next to the password field', async () => {
    const service = await sharedAndRestarted();
    expect(service.account()).toBeNull();
    expect(await service.signInPerson('sanne', 'fout')).toMatchObject({ ok: false, field: 'password', message: expect.stringContaining('De gebruikersnaam of het wachtwoord klopt niet') });
    expect(service.account()).toBeNull();
    expect(await service.signInPerson('', 'x')).toMatchObject({ ok: false, field: 'userName', message: 'Vul uw gebruikersnaam in' });
    expect(await service.signInPerson('gast', NOBODY.password)).toMatchObject({ ok: false, field: 'userName', message: expect.stringContaining('geen rol voor Klachtenbalie') });
    expect(await service.signInPerson('sanne', SANNE.password)).toMatchObject({ ok: true, account: { name: 'sanne', roles: ['coordinator', 'owner'], offline: false } });
    expect(service.account()).toMatchObject({ name: 'sanne' });
  }, 60_000);

  it('with the server away, only someone who signed in here before gets in, by the name the server knows, and nothing is sent until they sign in with the server', async () => {
    const service = await sharedAndRestarted();
    away = true;
    expect(await service.signInPerson('kees', 'telefoon-2026')).toMatchObject({ ok: false, field: null, message: expect.stringContaining('alleen aanmelden op een computer waar u eerder hebt aangemeld') });
    expect(await service.signInPerson('SANNE', 'fout')).toMatchObject({ ok: false });
    expect(await service.signInPerson('SANNE', SANNE.password)).toMatchObject({ ok: true, account: { name: 'sanne', roles: ['coordinator', 'owner'], offline: true } });
    expect(service.state()).toMatchObject({ kind: 'error', message: 'Aangemeld zonder server: uw wijzigingen wachten hier.' });
  }, 60_000);

  it('a password the server refuses no longer opens this PC offline', async () => {
    const service = await sharedAndRestarted();
    expect(await service.signInPerson('sanne', 'oud-wachtwoord')).toMatchObject({ ok: false, field: 'password' });
    away = true;
    expect(await service.signInPerson('sanne', SANNE.password)).toMatchObject({ ok: false });
  }, 60_000);

  it('signing out forgets the person at once and stops sending under their session, also with the server away', async () => {
    const service = await sharedAndRestarted();
    await service.signInPerson('sanne', SANNE.password);
    away = true;
    await service.signOut();
    expect(service.account()).toBeNull();
    expect(service.state()).toMatchObject({ kind: 'error', message: 'Niemand aangemeld.' });
  }, 60_000);

  // Last: once the rules are on the register, pouchdb-server drops replicated updates (see tests/contract).
  it("the server's administrator testing the connection puts Klachtenbalie's rules on the register; a colleague's test leaves them off", async () => {
    // Each on a PC of its own: pouchdb-server, unlike CouchDB, answers a sign-in that still carries another session's cookie with that session.
    const atTheDesk = (await unshared()).make();
    const atTheServerRoom = (await unshared()).make();
    services.push(atTheDesk, atTheServerRoom);
    const colleague = await atTheDesk.check({ serverUrl: server.url, userName: SANNE.name, password: SANNE.password });
    expect(colleague).toMatchObject({ kind: 'ok', userName: 'sanne' });
    expect(colleague).not.toHaveProperty('serverRules');
    expect(await atTheServerRoom.check({ serverUrl: server.url, userName: ADMIN.name, password: ADMIN.password })).toMatchObject({ kind: 'ok', serverRules: true });
    const rules = await fetch(`${server.url}klachtenbalie/_design/klachtenbalie`, { headers: { Authorization: `Basic ${Buffer.from(`${ADMIN.name}:${ADMIN.password}`).toString('base64')}` } });
    expect(rules.status).toBe(200);
  }, 60_000);
});
