/**
 * The desktop's road to the office's CouchDB, end to end as far as it goes
 * without the Electron binary: the renderer's serverFetch (desktop platform)
 * calls the IPC handlers as the preload would (arguments and answers
 * structured-cloned, as IPC does), the handlers check sender and input, and
 * the main process's transport makes real HTTP requests with Node's fetch to
 * servers on 127.0.0.1.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS, type KlachtenbalieApi, type ServerReply, type ServerRequest } from '../../src-main/api';
import { createIpcHandlers, registerIpcHandlers, type IpcCapabilities } from '../../src-main/ipc';
import { createServerTransport, sessionFromSetCookies, type SessionPersistence } from '../../src-main/serverTransport';
import { createDesktopServerFetch, fetchFailed } from '../../src-renderer/src/platform/desktopServerFetch';
import { checkConnection } from '../../src-renderer/src/sync/checkConnection';
import { createCouchClient } from '../../src-renderer/src/sync/couchHttp';
import { classifyFetchFailure } from '../../src-renderer/src/sync/fetchFailure';
import { type CouchServer, createDatabase, createUser, freePort, setMembers, startCouchServer } from '../tools/couchServer.mjs';
import { ADMIN } from '../unit/support/couch';
import { type TestHttpServer, startHttpServer } from '../unit/support/httpServer';
import { memoryPouch, remotePouch } from '../unit/support/pouch';

interface Seen {
  method: string;
  url: string;
  cookie: string | undefined;
  headers: IncomingMessage['headers'];
  body: string;
}

/** A server on loopback that records what reached it; `answer` decides the reply. */
async function recordingServer(answer: (seen: Seen, response: ServerResponse) => void = (_seen, response) => response.end('{"ok":true}')) {
  const seen: Seen[] = [];
  const server = await startHttpServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      const entry = { method: request.method ?? '', url: request.url ?? '', cookie: request.headers.cookie, headers: request.headers, body };
      seen.push(entry);
      answer(entry, response);
    });
  });
  servers.push(server);
  return { url: server.url, origin: new URL(server.url).origin, seen };
}

const servers: TestHttpServer[] = [];
afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()));
});

beforeEach(() => {
  // Refusals are logged by the handlers; that is wanted in the app, noise here.
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  return () => vi.restoreAllMocks();
});

type Invoke = (event: unknown, ...args: unknown[]) => Promise<unknown>;

/** The main process's handlers for the server channels, with a real transport; the rest of the capabilities are never called here. */
function mainProcess(options: { trusted?: boolean; sessions?: SessionPersistence | null } = {}) {
  const transport = createServerTransport({ fetch: (url, init) => fetch(url, init), sessions: options.sessions ?? null });
  const capabilities = {
    setServerOrigin: (url: string) => transport.setOrigin(url),
    serverRequest: (request: ServerRequest) => transport.request(request),
    cancelServerRequest: async (id: string) => transport.cancel(id),
  } as unknown as IpcCapabilities;
  const handlers = new Map<string, Invoke>();
  registerIpcHandlers(
    { handle: (channel: string, listener: Invoke) => void handlers.set(channel, listener) } as never,
    () => options.trusted ?? true,
    createIpcHandlers(capabilities),
  );
  const event = { sender: {}, senderFrame: { url: 'app://klachtenbalie/index.html', parent: null } };
  /** As ipcRenderer.invoke: the arguments and the answer are copied by structured clone, never shared. */
  const invoke = async (channel: string, ...args: unknown[]) => structuredClone(await handlers.get(channel)!(event, ...structuredClone(args)));
  const replies: ServerReply[] = [];
  const bridge: Pick<KlachtenbalieApi, 'setServerOrigin' | 'serverRequest' | 'cancelServerRequest'> = {
    setServerOrigin: (url) => invoke(IPC_CHANNELS.setServerOrigin, url) as Promise<void>,
    serverRequest: async (request) => {
      const reply = (await invoke(IPC_CHANNELS.serverRequest, request)) as ServerReply;
      replies.push(reply);
      return reply;
    },
    cancelServerRequest: (id) => invoke(IPC_CHANNELS.cancelServerRequest, id) as Promise<void>,
  };
  return { bridge, replies, serverFetch: createDesktopServerFetch(bridge) };
}

const JSON_HEADERS = { Accept: 'application/json', 'Content-Type': 'application/json' };

describe('sender and origin', () => {
  it('refuses a caller that is not our window before anything leaves the workstation', async () => {
    const server = await recordingServer();
    const { bridge, serverFetch } = mainProcess({ trusted: false });
    await expect(bridge.setServerOrigin(server.url)).rejects.toThrow(/Geweigerd/);
    await expect(serverFetch(`${server.url}_session`, { method: 'GET' })).rejects.toThrow(/Geweigerd/);
    expect(server.seen).toEqual([]);
  });

  it('makes no request before the server origin is set', async () => {
    const server = await recordingServer();
    const { serverFetch } = mainProcess();
    await expect(serverFetch(`${server.url}_session`, { method: 'GET' })).rejects.toThrow(/Geweigerd: dit adres hoort niet bij de server/);
    expect(server.seen).toEqual([]);
  });

  it('refuses every origin but the configured one: another host, port or scheme', async () => {
    const office = await recordingServer();
    const other = await recordingServer();
    const { bridge, serverFetch } = mainProcess();
    await bridge.setServerOrigin(`${office.url}ergens/onder`);
    const port = Number(new URL(office.url).port);
    for (const url of [`${other.url}_session`, `http://localhost:${port}/_session`, `https://127.0.0.1:${port}/_session`]) {
      await expect(serverFetch(url, { method: 'GET' })).rejects.toThrow(/Geweigerd/);
    }
    expect(other.seen).toEqual([]);
    expect(office.seen).toEqual([]);
    const response = await serverFetch(`${office.url}klachtenbalie/`, { method: 'GET', headers: JSON_HEADERS });
    expect(response.status).toBe(200);
    expect(office.seen.map((seen) => seen.url)).toEqual(['/klachtenbalie/']);
  });

  it('refuses bad input in the handler: method, credentials in the URL, a forbidden header, an oversized body', async () => {
    const server = await recordingServer();
    const { bridge, serverFetch } = mainProcess();
    await expect(bridge.setServerOrigin(server.url.replace('http://', 'http://anna:geheim@'))).rejects.toThrow(/Ongeldige aanvraag/);
    await bridge.setServerOrigin(server.url);
    await expect(serverFetch(server.url, { method: 'PATCH' })).rejects.toThrow(/Ongeldige aanvraag \(method\)/);
    await expect(serverFetch(server.url.replace('http://', 'http://anna:geheim@'), { method: 'GET' })).rejects.toThrow(/Ongeldige aanvraag \(url\)/);
    await expect(serverFetch(server.url, { method: 'GET', headers: { Cookie: 'AuthSession=eigen' } })).rejects.toThrow(/Ongeldige aanvraag \(headers\)/);
    await expect(serverFetch(server.url, { method: 'GET', headers: { Authorization: 'Basic YW5uYTpnZWhlaW0=' } })).rejects.toThrow(/Ongeldige aanvraag \(headers\)/);
    await expect(serverFetch(server.url, { method: 'PUT', body: new Uint8Array(64 * 1024 * 1024 + 1) })).rejects.toThrow(/Ongeldige aanvraag \(body\)/);
    expect(server.seen).toEqual([]);
  });

  it('does not follow a redirect: the 3xx itself is the answer, and the other server hears nothing', async () => {
    const elsewhere = await recordingServer();
    const office = await recordingServer((_seen, response) => {
      response.writeHead(302, { Location: `${elsewhere.url}stelen` });
      response.end();
    });
    const { bridge, serverFetch } = mainProcess();
    await bridge.setServerOrigin(office.url);
    const response = await serverFetch(`${office.url}_utils`, { method: 'GET' });
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe(`${elsewhere.url}stelen`);
    expect(elsewhere.seen).toEqual([]);
  });
});

describe('the session cookie stays in the main process', () => {
  it('is kept from sign-in, sent to its origin only, renewed from Set-Cookie, forgotten when the session ends, and never reaches the renderer', async () => {
    let next = 'eerste';
    const office = await recordingServer((seen, response) => {
      response.setHeader('Content-Type', 'application/json');
      if (seen.method === 'POST' && seen.url === '/_session') {
        response.setHeader('Set-Cookie', [`AuthSession=${next}; Version=1; Path=/; HttpOnly`, 'andere=koekje; Path=/']);
        response.end('{"ok":true,"name":"anna","roles":[]}');
      } else if (seen.url === '/vernieuwd') {
        response.setHeader('Set-Cookie', `AuthSession=${next}; Version=1; Path=/; HttpOnly`);
        response.end('{"ok":true}');
      } else if (seen.method === 'DELETE' && seen.url === '/_session') {
        response.setHeader('Set-Cookie', 'AuthSession=; Version=1; Path=/; HttpOnly');
        response.end('{"ok":true}');
      } else response.end('{"ok":true}');
    });
    const other = await recordingServer();
    const { bridge, replies, serverFetch } = mainProcess();
    await bridge.setServerOrigin(office.url);

    const login = await serverFetch(`${office.url}_session`, { method: 'POST', headers: JSON_HEADERS, body: '{"name":"anna","password":"anna-geheim"}', credentials: 'include' });
    expect(await login.json()).toEqual({ ok: true, name: 'anna', roles: [] });
    // Neither the rebuilt Response nor what crossed IPC names the cookie.
    expect(login.headers.getSetCookie()).toEqual([]);
    expect(login.headers.get('set-cookie')).toBeNull();
    expect(login.headers.get('content-type')).toBe('application/json');
    expect(JSON.stringify(replies)).not.toMatch(/eerste|AuthSession|set-cookie/i);

    await serverFetch(`${office.url}klachtenbalie`, { method: 'GET' });
    expect(office.seen.at(-1)?.cookie).toBe('AuthSession=eerste');

    next = 'tweede';
    const renewed = await serverFetch(`${office.url}vernieuwd`, { method: 'GET' });
    expect(renewed.headers.getSetCookie()).toEqual([]);
    await serverFetch(`${office.url}klachtenbalie`, { method: 'GET' });
    expect(office.seen.at(-1)?.cookie).toBe('AuthSession=tweede');

    // Another office server: it never gets this one's session; back at the first, the session is there again.
    await bridge.setServerOrigin(other.url);
    await serverFetch(`${other.url}klachtenbalie`, { method: 'GET' });
    expect(other.seen.at(-1)?.cookie).toBeUndefined();
    await bridge.setServerOrigin(office.url);
    await serverFetch(`${office.url}klachtenbalie`, { method: 'GET' });
    expect(office.seen.at(-1)?.cookie).toBe('AuthSession=tweede');

    await serverFetch(`${office.url}_session`, { method: 'DELETE' });
    await serverFetch(`${office.url}klachtenbalie`, { method: 'GET' });
    expect(office.seen.at(-1)?.cookie).toBeUndefined();
    expect(JSON.stringify(replies)).not.toMatch(/eerste|tweede|AuthSession|set-cookie/i);
  });

  it('reads CouchDB\'s Set-Cookie forms: a value, an empty value, Max-Age=0 or an Expires in the past end it, other cookies say nothing', () => {
    expect(sessionFromSetCookies(['AuthSession=YW5uYTo2OTk; Version=1; Path=/; HttpOnly'])).toBe('YW5uYTo2OTk');
    expect(sessionFromSetCookies(['AuthSession=; Version=1; Path=/; HttpOnly'])).toBeNull();
    expect(sessionFromSetCookies(['AuthSession=abc; Max-Age=0'])).toBeNull();
    expect(sessionFromSetCookies(['AuthSession=abc; Expires=Thu, 01 Jan 1970 00:00:00 GMT'])).toBeNull();
    expect(sessionFromSetCookies(['AuthSession=abc; Max-Age=600; Expires=Thu, 01 Jan 2099 00:00:00 GMT'])).toBe('abc');
    expect(sessionFromSetCookies(['andere=koekje', 'xAuthSession=abc'])).toBeUndefined();
    expect(sessionFromSetCookies([])).toBeUndefined();
  });
});

describe('with a CouchDB-protocol server (pouchdb-server)', () => {
  let couch: CouchServer;
  beforeAll(async () => {
    couch = await startCouchServer({ admin: ADMIN });
    await createUser(couch.url, ADMIN, { name: 'anna', password: 'anna-geheim' });
    await createDatabase(couch.url, ADMIN, 'klachtenbalie');
    await setMembers(couch.url, ADMIN, 'klachtenbalie', { names: ['anna'] });
  });
  afterAll(async () => {
    await couch?.stop();
  });

  it('"Verbinding testen" succeeds through the main process, the member check riding on the session cookie kept there', async () => {
    const { bridge, replies, serverFetch } = mainProcess();
    await bridge.setServerOrigin(couch.url);
    const result = await checkConnection(couch.url, 'anna', 'anna-geheim', serverFetch, { database: 'klachtenbalie' });
    expect(result).toMatchObject({ kind: 'ok', vendor: 'pouchdb-server', userName: 'anna' });
    expect(JSON.stringify(replies)).not.toMatch(/AuthSession|set-cookie/i);
  });

  it('PouchDB replicates through it after signing in, with only the headers the main process allows', async () => {
    const { bridge, serverFetch } = mainProcess();
    await bridge.setServerOrigin(couch.url);
    const client = createCouchClient({ url: couch.url, fetch: serverFetch });
    // The renderer never sees the cookie: the session lives on in the main process.
    await expect(client.login('anna', 'anna-geheim')).resolves.toMatchObject({ name: 'anna', session: null });
    const local = memoryPouch('werkplek');
    await local.bulkDocs([{ _id: 'klacht:1', titel: 'Lekkage' }, { _id: 'klacht:2', titel: 'Te laat' }]);
    const remote = remotePouch(`${couch.url}klachtenbalie`, serverFetch);
    await local.replicate.to(remote);
    const other = memoryPouch('andere-werkplek');
    await other.replicate.from(remote);
    expect((await other.get('klacht:2')).titel).toBe('Te laat');
  });
});

describe('failures the renderer tells apart', () => {
  it('a refused connection: TypeError("fetch failed") with cause ECONNREFUSED, "niet bereikbaar" in Verbinding testen', async () => {
    const url = `http://127.0.0.1:${await freePort()}/`;
    const { bridge, serverFetch } = mainProcess();
    await bridge.setServerOrigin(url);
    const error = await serverFetch(`${url}_session`, { method: 'GET' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TypeError);
    expect((error as TypeError).message).toBe('fetch failed');
    expect(classifyFetchFailure(error, false)).toEqual({ cause: 'network', code: 'ECONNREFUSED' });
    const check = await checkConnection(url, 'anna', 'anna-geheim', serverFetch);
    expect(check).toMatchObject({ kind: 'unreachable', message: 'De server is niet bereikbaar.', detail: 'ECONNREFUSED' });
  });

  it('a name that does not resolve: the DNS code comes through', async () => {
    const url = 'http://bestaat-niet.invalid/';
    const { bridge, serverFetch } = mainProcess();
    await bridge.setServerOrigin(url);
    const error = await serverFetch(url, { method: 'GET' }).catch((caught: unknown) => caught);
    expect(classifyFetchFailure(error, false).cause).toBe('network');
    expect(classifyFetchFailure(error, false).code).toMatch(/^(ENOTFOUND|EAI_AGAIN)$/);
  });

  it('a server that never answers: a timeout once nothing came for the time given', async () => {
    const silent = await startHttpServer(() => undefined);
    servers.push(silent);
    const transport = createServerTransport({ fetch: (url, init) => fetch(url, init) });
    await transport.setOrigin(silent.url);
    const reply = await transport.request({ id: 'a'.repeat(32), method: 'GET', url: silent.url, headers: {}, body: null, timeoutMs: 1_000 });
    expect(reply).toEqual({ ok: false, message: 'fetch failed', codes: ['UND_ERR_HEADERS_TIMEOUT'] });
    expect(classifyFetchFailure(fetchFailed(reply as Extract<ServerReply, { ok: false }>), false)).toEqual({ cause: 'timeout', code: 'UND_ERR_HEADERS_TIMEOUT' });
  });

  it('a long poll kept alive by heartbeats is not cut off: the time given counts from the last bytes received', async () => {
    const feed = await startHttpServer((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'application/json' });
      let beats = 0;
      const heartbeat = setInterval(() => {
        beats += 1;
        if (beats < 8) response.write('\n');
        else {
          clearInterval(heartbeat);
          response.end('{"results":[],"last_seq":"7-g1"}');
        }
      }, 300);
    });
    servers.push(feed);
    const transport = createServerTransport({ fetch: (url, init) => fetch(url, init) });
    await transport.setOrigin(feed.url);
    const started = Date.now();
    const reply = await transport.request({ id: 'b'.repeat(32), method: 'GET', url: `${feed.url}db/_changes?feed=longpoll&heartbeat=300`, headers: {}, body: null, timeoutMs: 1_000 });
    expect(Date.now() - started).toBeGreaterThan(2_000);
    expect(reply.ok).toBe(true);
  });

  it('the renderer\'s abort rejects at once and stops the request in the main process', async () => {
    let closed!: () => void;
    let arrived!: () => void;
    const connectionClosed = new Promise<void>((resolve) => (closed = resolve));
    const requestArrived = new Promise<void>((resolve) => (arrived = resolve));
    const hanging = await startHttpServer((request) => {
      request.socket.on('close', () => closed());
      arrived();
    });
    servers.push(hanging);
    const { bridge, serverFetch } = mainProcess();
    await bridge.setServerOrigin(hanging.url);
    const controller = new AbortController();
    const pending = serverFetch(`${hanging.url}db/_changes?feed=longpoll`, { method: 'GET', signal: controller.signal });
    // Aborted once the request is at the server, so the main process has one to stop.
    await requestArrived;
    controller.abort();
    const error = await pending.catch((caught: unknown) => caught);
    expect((error as DOMException).name).toBe('AbortError');
    // couchHttp sets its own flag when its timer aborted, and then calls it a timeout.
    expect(classifyFetchFailure(error, true).cause).toBe('timeout');
    await connectionClosed;
  });
});
