import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CouchServer, createDatabase, createUser, freePort, setMembers, startCouchServer } from '../tools/couchServer.mjs';
import { checkConnection, type ConnectionCheck } from '../../src-renderer/src/sync/checkConnection';
import type { FetchFunction } from '../../src-renderer/src/sync/couchHttp';
import { ADMIN, nodeFetch } from './support/couch';
import { type TestHttpServer, startHttpServer } from './support/httpServer';

let couch: CouchServer;
const others: TestHttpServer[] = [];

beforeAll(async () => {
  couch = await startCouchServer({ admin: ADMIN });
  await createUser(couch.url, ADMIN, { name: 'anna', password: 'anna-geheim' });
  await createUser(couch.url, ADMIN, { name: 'bob', password: 'bob-geheim' });
  await createDatabase(couch.url, ADMIN, 'klachtenbalie');
  await setMembers(couch.url, ADMIN, 'klachtenbalie', { names: ['anna'] });
});

afterAll(async () => {
  await Promise.all([couch?.stop(), ...others.map((server) => server.close())]);
});

async function server(...args: Parameters<typeof startHttpServer>): Promise<string> {
  const started = await startHttpServer(...args);
  others.push(started);
  return started.url;
}

function failureOf(result: ConnectionCheck) {
  if (result.kind === 'ok') throw new Error('verwacht een mislukte verbinding');
  return result;
}

describe('Verbinding testen', () => {
  it('succeeds for a member with the right password, and says the server is pouchdb-server, not CouchDB', async () => {
    const result = await checkConnection(couch.url, 'anna', 'anna-geheim', nodeFetch, { database: 'klachtenbalie' });
    expect(result).toEqual({ kind: 'ok', vendor: 'pouchdb-server', version: expect.any(String), isCouchDb: false, userName: 'anna', roles: [] });
  });

  it('a wrong password or unknown name: says so, and what to do', async () => {
    for (const [name, password] of [['anna', 'verkeerd'], ['onbekend', 'anna-geheim']] as const) {
      const failure = failureOf(await checkConnection(couch.url, name, password, nodeFetch));
      expect(failure.kind).toBe('wrongPassword');
      expect(failure.message).toBe('De gebruikersnaam of het wachtwoord klopt niet.');
      expect(failure.advice).toMatch(/beheerder/);
    }
  });

  it('a signed-in user who is not a member of the register: no access', async () => {
    const failure = failureOf(await checkConnection(couch.url, 'bob', 'bob-geheim', nodeFetch, { database: 'klachtenbalie' }));
    expect(failure.kind).toBe('noAccess');
    expect(failure.message).toMatch(/geen toegang/);
  });

  it('a register that does not exist on the server', async () => {
    expect(failureOf(await checkConnection(couch.url, 'anna', 'anna-geheim', nodeFetch, { database: 'bestaat-niet' })).kind).toBe('noDatabase');
  });

  it('a CouchDB that shows nothing before sign-in (require_valid_user): succeeds after signing in, refuses a wrong password', async () => {
    const url = await server((request, response) => {
      response.setHeader('Content-Type', 'application/json');
      if (request.method === 'POST' && request.url === '/_session') {
        let body = '';
        request.on('data', (chunk: Buffer) => (body += chunk.toString()));
        request.on('end', () => {
          const { name, password } = JSON.parse(body) as { name: string; password: string };
          if (name === 'anna' && password === 'anna-geheim') {
            response.setHeader('Set-Cookie', 'AuthSession=YW5uYQ; Version=1; Path=/; HttpOnly');
            response.end(JSON.stringify({ ok: true, name: 'anna', roles: [] }));
          } else {
            response.statusCode = 401;
            response.end(JSON.stringify({ error: 'unauthorized', reason: 'Name or password is incorrect.' }));
          }
        });
      } else if (request.headers.cookie === 'AuthSession=YW5uYQ') {
        response.end(JSON.stringify({ couchdb: 'Welcome', version: '3.4.2' }));
      } else {
        response.statusCode = 401;
        response.end(JSON.stringify({ error: 'unauthorized', reason: 'Authentication required.' }));
      }
    });
    expect(await checkConnection(url, 'anna', 'anna-geheim', nodeFetch)).toEqual({ kind: 'ok', vendor: 'couchdb', version: '3.4.2', isCouchDb: true, userName: 'anna', roles: expect.any(Array) });
    expect(failureOf(await checkConnection(url, 'anna', 'fout', nodeFetch)).kind).toBe('wrongPassword');
  });

  it('an ordinary web page, another JSON service or a 404 page: not a CouchDB', async () => {
    const html = await server((_request, response) => response.end('<!doctype html><title>Mijn NAS</title>'));
    const json = await server((_request, response) => response.end(JSON.stringify({ status: 'ok', service: 'printer' })));
    const missing = await server((_request, response) => {
      response.statusCode = 404;
      response.end('Not found');
    });
    for (const url of [html, json, missing]) {
      const failure = failureOf(await checkConnection(url, 'anna', 'anna-geheim', nodeFetch));
      expect(failure.kind).toBe('notCouchDb');
      expect(failure.message).toBe('Op dit adres antwoordt wel een server, maar geen CouchDB.');
    }
  });

  it('a server error (500, or 503 from a proxy whose CouchDB is down)', async () => {
    for (const status of [500, 503]) {
      const url = await server((_request, response) => {
        response.statusCode = status;
        response.end(JSON.stringify({ error: 'unknown_error', reason: 'internal' }));
      });
      const failure = failureOf(await checkConnection(url, 'anna', 'anna-geheim', nodeFetch));
      expect(failure.kind).toBe('serverError');
      expect(failure.detail).toContain(String(status));
    }
  });

  it('nobody listening on that port: not reachable', async () => {
    const port = await freePort();
    const failure = failureOf(await checkConnection(`http://127.0.0.1:${port}`, 'anna', 'anna-geheim', nodeFetch));
    expect(failure.kind).toBe('unreachable');
    expect(failure.message).toBe('De server is niet bereikbaar.');
    expect(failure.detail).toBe('ECONNREFUSED');
  });

  it('a server that never answers: gives up after the timeout', async () => {
    const url = await server(() => undefined);
    const started = Date.now();
    const failure = failureOf(await checkConnection(url, 'anna', 'anna-geheim', nodeFetch, { timeoutMs: 300 }));
    expect(failure.kind).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('a certificate Node refuses (expired, self-signed, wrong name) or Electron refuses: certificate problem', async () => {
    const failingWith = (error: Error): FetchFunction => () => Promise.reject(error);
    const cases: Array<[Error, string]> = [
      [new TypeError('fetch failed', { cause: { code: 'CERT_HAS_EXPIRED' } }), 'CERT_HAS_EXPIRED'],
      [new TypeError('fetch failed', { cause: Object.assign(new Error('Hostname/IP does not match'), { code: 'ERR_TLS_CERT_ALTNAME_INVALID' }) }), 'ERR_TLS_CERT_ALTNAME_INVALID'],
      [new TypeError('fetch failed', { cause: new AggregateError([Object.assign(new Error('x'), { code: 'SELF_SIGNED_CERT_IN_CHAIN' })]) }), 'SELF_SIGNED_CERT_IN_CHAIN'],
      [new Error('net::ERR_CERT_DATE_INVALID'), 'net::ERR_CERT_DATE_INVALID'],
    ];
    for (const [error, code] of cases) {
      const failure = failureOf(await checkConnection('https://couch.kantoor.nl:6984', 'anna', 'anna-geheim', failingWith(error)));
      expect(failure.kind).toBe('certificate');
      expect(failure.message).toMatch(/certificaat/);
      expect(failure.detail).toBe(code);
    }
  });

  it.skipIf(!hasOpenssl())('a real https server with a self-signed certificate: certificate problem', async () => {
    const url = await server((_request, response) => response.end(JSON.stringify({ couchdb: 'Welcome', version: '3.4.2' })), selfSignedCertificate());
    const failure = failureOf(await checkConnection(url, 'anna', 'anna-geheim', nodeFetch));
    expect(failure.kind).toBe('certificate');
    expect(failure.detail).toBe('DEPTH_ZERO_SELF_SIGNED_CERT');
  });

  it('an address that is not an http(s) server address: invalid, without trying to connect', async () => {
    let calls = 0;
    const counting: FetchFunction = (url, init) => {
      calls += 1;
      return nodeFetch(url, init);
    };
    for (const address of ['', 'hallo daar', 'server:5984', '192.168.1.10:5984', 'ftp://server.kantoor.nl', 'http://anna:geheim@server.kantoor.nl:5984']) {
      const failure = failureOf(await checkConnection(address, 'anna', 'anna-geheim', counting));
      expect(failure.kind, address).toBe('invalidAddress');
      expect(failure.advice).toMatch(/https:\/\//);
      expect(failure.detail).not.toContain('geheim');
    }
    expect(calls).toBe(0);
  });
});

function hasOpenssl(): boolean {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** A fresh self-signed certificate for 127.0.0.1 (EC: quick to make). */
function selfSignedCertificate(): { key: string; cert: string } {
  const dir = mkdtempSync(join(tmpdir(), 'klachtenbalie-tls-'));
  try {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')], { stdio: 'ignore' });
    return { key: readFileSync(join(dir, 'key.pem'), 'utf8'), cert: readFileSync(join(dir, 'cert.pem'), 'utf8') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
