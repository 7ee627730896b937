import { CouchUnreachableError, NotCouchDbError, UnauthorizedError, httpErrorFor } from './couchErrors';
import { classifyFetchFailure } from './fetchFailure';

/**
 * The one way to reach the office's CouchDB over HTTP. `fetch` is injected: the
 * desktop routes it through the main process (Node's fetch, which can also read
 * Set-Cookie and tells TLS errors apart), the browser build passes window.fetch.
 *
 * Sign-in is CouchDB's cookie session (POST /_session), not basic auth: the
 * password is sent once and then forgotten, while basic auth would have to keep
 * it in memory and send it with every request and every replication. The
 * AuthSession cookie expires by itself (CouchDB's timeout, 10 minutes by default)
 * and CouchDB renews it in its answers while it is used; we adopt each renewal.
 * Where the transport hides cookies (a browser), the browser's own cookie jar
 * carries the session instead (credentials: 'include').
 */
export type FetchFunction = (url: string, init: RequestInit) => Promise<Response>;

export interface CouchClientOptions {
  /** The server's address, e.g. https://couch.kantoor.nl:6984/ (a path prefix behind a proxy is kept). */
  url: string;
  fetch: FetchFunction;
  /** Per request; a server that does not answer in time counts as unreachable. */
  timeoutMs?: number;
  /** An AuthSession cookie value from an earlier login. */
  session?: string | null;
}

export interface ServerInfo {
  vendor: 'couchdb' | 'pouchdb-server';
  version: string;
  /** Only a real CouchDB gives every guarantee our sync relies on; pouchdb-server is for tests. */
  isCouchDb: boolean;
}

export interface SignedIn {
  name: string;
  roles: string[];
  /** The AuthSession cookie value, or null where the transport keeps cookies to itself. */
  session: string | null;
}

export interface RequestOptions {
  query?: Readonly<Record<string, string>>;
  body?: unknown;
  timeoutMs?: number;
  /** Statuses besides 2xx the caller handles itself. */
  accept?: readonly number[];
}

export interface CouchResponse {
  status: number;
  /** The parsed JSON body, or undefined when the body was not JSON. */
  body: unknown;
}

export interface CouchClient {
  readonly serverUrl: string;
  serverInfo(): Promise<ServerInfo>;
  login(name: string, password: string): Promise<SignedIn>;
  /** path is relative to the server and already encoded (see encodePath). */
  request(method: string, path: string, options?: RequestOptions): Promise<CouchResponse>;
}

export const DEFAULT_TIMEOUT_MS = 30_000;

export function createCouchClient(options: CouchClientOptions): CouchClient {
  const serverUrl = options.url.endsWith('/') ? options.url : `${options.url}/`;
  const fetchFunction = options.fetch;
  let session = options.session ?? null;

  async function request(method: string, path: string, requestOptions: RequestOptions = {}): Promise<CouchResponse> {
    const query = requestOptions.query ? `?${new URLSearchParams(requestOptions.query).toString()}` : '';
    const label = `${method} /${path}`;
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (requestOptions.body !== undefined) headers['Content-Type'] = 'application/json';
    if (session) headers.Cookie = `AuthSession=${session}`;
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, requestOptions.timeoutMs ?? options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    try {
      let text: string;
      let response: Response;
      try {
        response = await fetchFunction(serverUrl + path + query, {
          method,
          headers,
          body: requestOptions.body === undefined ? undefined : JSON.stringify(requestOptions.body),
          signal: controller.signal,
          credentials: 'include',
        });
        // Read inside the timeout too: a server can send headers and then stall.
        text = await response.text();
      } catch (error) {
        const failure = classifyFetchFailure(error, timedOut);
        throw new CouchUnreachableError(label, failure.cause, failure.code);
      }
      adoptRenewedSession(response);
      const body = parseJson(text);
      const { status } = response;
      if ((status < 200 || status > 299) && !requestOptions.accept?.includes(status)) {
        const { error, reason } = errorFields(body);
        throw httpErrorFor(status, error, reason, label);
      }
      return { status, body };
    } finally {
      clearTimeout(timer);
    }
  }

  function adoptRenewedSession(response: Response): void {
    const cookies = typeof response.headers.getSetCookie === 'function' ? response.headers.getSetCookie() : [];
    for (const cookie of cookies) {
      const match = /^\s*AuthSession=([^;]*)/.exec(cookie);
      // An empty value is CouchDB ending the session.
      if (match) session = match[1] ? match[1] : null;
    }
  }

  return {
    serverUrl,
    request,

    async serverInfo() {
      const { status, body } = await request('GET', '', { accept: [401, ...CLIENT_ERRORS] });
      const info = welcomeOf(body);
      if (info) return info;
      // A CouchDB with require_valid_user refuses even its welcome to strangers.
      if (status === 401 && errorFields(body).error === 'unauthorized') throw httpErrorFor(401, 'unauthorized', errorFields(body).reason, 'GET /');
      throw new NotCouchDbError('GET /', status);
    },

    async login(name, password) {
      session = null;
      const { body } = await request('POST', '_session', { body: { name, password } });
      if (!isRecord(body) || body.ok !== true) throw new UnauthorizedError(401, 'unauthorized', 'onverwacht antwoord', 'POST /_session');
      const roles = Array.isArray(body.roles) ? body.roles.filter((role): role is string => typeof role === 'string') : [];
      return { name: typeof body.name === 'string' ? body.name : name, roles, session };
    },
  };
}

/** 4xx other than 401 on GET / means another kind of server answered; decided by the body, not thrown as HTTP errors. */
const CLIENT_ERRORS = [400, 403, 404, 405, 406, 410];

function welcomeOf(body: unknown): ServerInfo | null {
  if (!isRecord(body)) return null;
  const version = typeof body.version === 'string' ? body.version : '';
  if (body.couchdb === 'Welcome') return { vendor: 'couchdb', version, isCouchDb: true };
  if (typeof body['express-pouchdb'] === 'string') return { vendor: 'pouchdb-server', version, isCouchDb: false };
  return null;
}

function parseJson(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function errorFields(body: unknown): { error: string; reason: string } {
  if (!isRecord(body)) return { error: '', reason: '' };
  return { error: typeof body.error === 'string' ? body.error : '', reason: typeof body.reason === 'string' ? body.reason : '' };
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A database name or document id as one path segment; `_design/` and `_local/` keep their slash as CouchDB expects. */
export function encodePath(...segments: string[]): string {
  return segments
    .map((segment) => {
      const prefix = /^(_design|_local)\//.exec(segment)?.[0] ?? '';
      return prefix + encodeURIComponent(segment.slice(prefix.length));
    })
    .join('/');
}
