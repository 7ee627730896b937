import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CouchServer, createDatabase, createUser, setMembers, startCouchServer } from '../tools/couchServer.mjs';
import { ConflictError, CouchUnreachableError, NotCouchDbError, UnauthorizedError } from '../../src-renderer/src/sync/couchErrors';
import { type FetchFunction, createCouchClient, encodePath } from '../../src-renderer/src/sync/couchHttp';
import { couchDatabase } from '../../src-renderer/src/sync/couchDatabase';
import { type Seq, seqFromServer, seqParam } from '../../src-renderer/src/sync/seq';
import { ADMIN, nodeFetch, recordingFetch } from './support/couch';
import { startHttpServer } from './support/httpServer';

let couch: CouchServer;

beforeAll(async () => {
  couch = await startCouchServer({ admin: ADMIN });
  await createUser(couch.url, ADMIN, { name: 'anna', password: 'anna-geheim' });
  await createDatabase(couch.url, ADMIN, 'register');
  await setMembers(couch.url, ADMIN, 'register', { names: ['anna'] });
});

afterAll(async () => {
  await couch?.stop();
});

async function signedIn(name = 'anna', password = 'anna-geheim', fetch: FetchFunction = nodeFetch) {
  const client = createCouchClient({ url: couch.url, fetch });
  const user = await client.login(name, password);
  return { client, user, register: couchDatabase(client, 'register') };
}

describe('CouchDB client', () => {
  it('recognises pouchdb-server as a server that is not a real CouchDB', async () => {
    const info = await createCouchClient({ url: couch.url, fetch: nodeFetch }).serverInfo();
    expect(info).toEqual({ vendor: 'pouchdb-server', version: expect.any(String), isCouchDb: false });
  });

  it('recognises CouchDB by its welcome and refuses a web page that is not one', async () => {
    const couchLike = await startHttpServer((_request, response) => response.end(JSON.stringify({ couchdb: 'Welcome', version: '3.4.2' })));
    const webPage = await startHttpServer((_request, response) => response.end('<html><body>Welkom op onze NAS</body></html>'));
    try {
      expect(await createCouchClient({ url: couchLike.url, fetch: nodeFetch }).serverInfo()).toEqual({ vendor: 'couchdb', version: '3.4.2', isCouchDb: true });
      await expect(createCouchClient({ url: webPage.url, fetch: nodeFetch }).serverInfo()).rejects.toBeInstanceOf(NotCouchDbError);
    } finally {
      await Promise.all([couchLike.close(), webPage.close()]);
    }
  });

  it('signs in once with the password and from then on only shows the session cookie', async () => {
    const recorder = recordingFetch();
    const { user, register } = await signedIn('anna', 'anna-geheim', recorder.fetch);
    expect(user).toMatchObject({ name: 'anna', session: expect.stringMatching(/.+/) });
    await register.putDoc({ _id: 'klacht-1', samenvatting: 'Te laat bezorgd' });
    expect(await register.getDoc('klacht-1')).toMatchObject({ samenvatting: 'Te laat bezorgd' });

    const withPassword = recorder.sent.filter((request) => `${request.url}${request.body ?? ''}${JSON.stringify(request.headers)}`.includes('anna-geheim'));
    expect(withPassword.map((request) => `${request.method} ${new URL(request.url).pathname}`)).toEqual(['POST /_session']);
    expect(recorder.sent.some((request) => 'authorization' in request.headers)).toBe(false);
    expect(recorder.sent.slice(1).every((request) => request.headers.cookie?.startsWith('AuthSession='))).toBe(true);
  });

  it('a session from an earlier sign-in works in a new client; without one a members-only register is closed', async () => {
    const { user } = await signedIn();
    const reused = couchDatabase(createCouchClient({ url: couch.url, fetch: nodeFetch, session: user.session }), 'register');
    await expect(reused.info()).resolves.toMatchObject({ db_name: 'register' });
    const anonymous = couchDatabase(createCouchClient({ url: couch.url, fetch: nodeFetch }), 'register');
    await expect(anonymous.info()).rejects.toBeInstanceOf(UnauthorizedError);
  });

  it('a wrong password is an UnauthorizedError and leaves no session', async () => {
    const client = createCouchClient({ url: couch.url, fetch: nodeFetch });
    await expect(client.login('anna', 'fout')).rejects.toBeInstanceOf(UnauthorizedError);
    await expect(couchDatabase(client, 'register').info()).rejects.toBeInstanceOf(UnauthorizedError);
  });

  it('adopts the renewed session cookie the server sends back, and forgets an ended one', async () => {
    const cookies: Array<string | null> = [];
    const replies = ['AuthSession=vernieuwd; Version=1; Path=/; HttpOnly', 'AuthSession=; Version=1; Path=/; HttpOnly', null];
    const fake: FetchFunction = async (_url, init) => {
      cookies.push(new Headers(init.headers).get('cookie'));
      const setCookie = replies.shift();
      return new Response(JSON.stringify({ ok: true }), { headers: setCookie ? { 'Set-Cookie': setCookie } : {} });
    };
    const client = createCouchClient({ url: 'http://server.test/', fetch: fake, session: 'eerste' });
    for (let i = 0; i < 3; i += 1) await client.request('GET', '');
    expect(cookies).toEqual(['AuthSession=eerste', 'AuthSession=vernieuwd', null]);
  });

  it('reads and writes documents whose ids hold ":" and "/", and a stale _rev is a ConflictError', async () => {
    const { register } = await signedIn();
    for (const id of ['counter:references:2026', 'map/met spatie']) {
      const rev = await register.putDoc({ _id: id, next: 1 });
      const stored = await register.getDoc(id);
      expect(stored).toMatchObject({ _id: id, _rev: rev, next: 1 });
      const newer = await register.putDoc({ ...stored!, next: 2 });
      expect(newer).not.toBe(rev);
      await expect(register.putDoc({ _id: id, _rev: rev, next: 3 })).rejects.toBeInstanceOf(ConflictError);
      await expect(register.putDoc({ _id: id, next: 3 })).rejects.toBeInstanceOf(ConflictError);
    }
    expect(await register.getDoc('bestaat-niet')).toBeNull();
    expect(encodePath('_design/klachten', 'a b')).toBe('_design/klachten/a%20b');
  });

  it('creates a database only when it is missing', async () => {
    const client = createCouchClient({ url: couch.url, fetch: nodeFetch });
    await client.login(ADMIN.name, ADMIN.password);
    const database = couchDatabase(client, 'nieuw-register');
    expect(await database.createIfMissing()).toBe('created');
    expect(await database.createIfMissing()).toBe('existed');
  });

  it('pages through the changes feed by handing back the seq it was given', async () => {
    const client = createCouchClient({ url: couch.url, fetch: nodeFetch });
    await client.login(ADMIN.name, ADMIN.password);
    const feed = couchDatabase(client, 'feed');
    await feed.createIfMissing();
    for (const id of ['a', 'b', 'c']) await feed.putDoc({ _id: id });
    const first = await feed.changes({ limit: 2 });
    expect(first.results.map((change) => change.id)).toEqual(['a', 'b']);
    const rest = await feed.changes({ since: first.lastSeq, includeDocs: true });
    expect(rest.results).toEqual([expect.objectContaining({ id: 'c', deleted: false, doc: expect.objectContaining({ _id: 'c' }) })]);
    expect((await feed.changes({ since: rest.lastSeq })).results).toEqual([]);
  });

  it('gives up on a server that does not answer within the timeout, as unreachable', async () => {
    const silent = await startHttpServer(() => undefined);
    try {
      const started = Date.now();
      const error = await createCouchClient({ url: silent.url, fetch: nodeFetch, timeoutMs: 300 }).serverInfo().catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(CouchUnreachableError);
      expect((error as CouchUnreachableError).failure).toBe('timeout');
      expect(Date.now() - started).toBeLessThan(5_000);
    } finally {
      await silent.close();
    }
  });
});

describe('changes feed positions (seq)', () => {
  it('go back to the server exactly as they came, whatever their shape', () => {
    expect(seqParam(seqFromServer('12-g1AAAAFNeJzLYWBgYMpgTmHgz8tPSTV0MDQy1zMAQsMcoEQiQ1L9____szKYE'))).toBe('12-g1AAAAFNeJzLYWBgYMpgTmHgz8tPSTV0MDQy1zMAQsMcoEQiQ1L9____szKYE');
    expect(seqParam(seqFromServer(7))).toBe('7');
    expect(seqParam(seqFromServer([3, 'g1AA']))).toBe('[3,"g1AA"]');
    expect(() => seqFromServer(undefined)).toThrow(TypeError);
    const seq: Seq = seqFromServer('5-abc');
    // @ts-expect-error a seq is opaque: no arithmetic or ordering on it
    expect(seq + 1).toBe('5-abc1');
  });
});
