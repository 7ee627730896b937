/**
 * The desktop's way to the office's CouchDB: the renderer may only talk to its
 * own origin (CSP connect-src 'self', sandbox), so its sync code hands each
 * request to the main process, which makes it with Node's fetch.
 *
 * Two rules keep this from being a general door to the network:
 * - Requests go to ONE origin, the one the renderer named with setOrigin when
 *   the office's server address was set; every other origin is refused, and
 *   redirects are not followed (a 3xx comes back as the answer).
 * - CouchDB's session cookie (AuthSession) stays here, per origin: it is sent
 *   with requests to that origin only, renewals in Set-Cookie are adopted, and
 *   no Set-Cookie ever reaches the renderer. Saved between starts only
 *   encrypted (serverSession.ts), never in plain text.
 */
import { MAX_SERVER_REQUESTS_IN_FLIGHT, MAX_SERVER_RESPONSE_BYTES, parseServerUrl, type ServerReply, type ServerRequest } from './api';

export type FetchFunction = (url: string, init: RequestInit) => Promise<Response>;

/** Where a session survives a restart; the main process keeps at most one. */
export interface SessionPersistence {
  /** The session saved for this origin, or null. */
  load(origin: string): Promise<string | null>;
  /** null: the session ended; forget it. */
  save(origin: string, session: string | null): Promise<void>;
}

export interface ServerTransportOptions {
  fetch: FetchFunction;
  sessions?: SessionPersistence | null;
}

export interface ServerTransport {
  setOrigin(url: string): Promise<void>;
  request(request: ServerRequest): Promise<ServerReply>;
  cancel(id: string): void;
}

export const SESSION_COOKIE = 'AuthSession';

/**
 * Never handed to the renderer: the cookie, and what describes the bytes on the
 * wire rather than the (already decompressed) body it gets.
 */
const STRIPPED_RESPONSE_HEADERS: ReadonlySet<string> = new Set([
  'set-cookie',
  'set-cookie2',
  'content-encoding',
  'content-length',
  'transfer-encoding',
  'connection',
  'keep-alive',
]);

class ResponseTooLargeError extends Error {}

export function createServerTransport({ fetch, sessions = null }: ServerTransportOptions): ServerTransport {
  let configured: string | null = null;
  /** origin → AuthSession value. */
  const jar = new Map<string, string>();
  const inFlight = new Map<string, AbortController>();

  const adopt = (origin: string, setCookies: readonly string[]) => {
    const renewed = sessionFromSetCookies(setCookies);
    if (renewed === undefined || renewed === (jar.get(origin) ?? null)) return;
    if (renewed === null) jar.delete(origin);
    else jar.set(origin, renewed);
    sessions?.save(origin, renewed).catch((error: unknown) => console.error('Serversessie bewaren mislukt:', error));
  };

  return {
    async setOrigin(url) {
      const parsed = parseServerUrl(url);
      if (!parsed) throw new Error('Ongeldig serveradres: alleen http(s), zonder gebruikersnaam of wachtwoord.');
      const origin = parsed.origin;
      configured = origin;
      if (jar.has(origin) || !sessions) return;
      const saved = await sessions.load(origin).catch(() => null);
      // A session that came in meanwhile is newer than the saved one.
      if (saved && !jar.has(origin)) jar.set(origin, saved);
    },

    async request(request) {
      const url = parseServerUrl(request.url);
      if (!url || configured === null || url.origin !== configured) {
        throw new Error('Geweigerd: dit adres hoort niet bij de server die voor samenwerken is ingesteld.');
      }
      if (inFlight.has(request.id)) throw new Error('Ongeldige aanvraag: dit aanvraagnummer is al in gebruik.');
      if (inFlight.size >= MAX_SERVER_REQUESTS_IN_FLIGHT) throw new Error('Te veel gelijktijdige aanvragen aan de server.');
      const origin = url.origin;
      const controller = new AbortController();
      inFlight.set(request.id, controller);

      let stage: 'headers' | 'body' = 'headers';
      let timedOut = false;
      let timer: ReturnType<typeof setTimeout> | undefined;
      // Restarted by every piece of the answer: a long poll kept alive by heartbeats is not cut off.
      const arm = () => {
        clearTimeout(timer);
        timer = setTimeout(() => {
          timedOut = true;
          controller.abort();
        }, request.timeoutMs);
      };

      const headers = new Headers();
      for (const [name, value] of Object.entries(request.headers)) headers.set(name, value);
      const session = jar.get(origin);
      if (session) headers.set('cookie', `${SESSION_COOKIE}=${session}`);
      arm();
      try {
        const response = await fetch(url.href, {
          method: request.method,
          headers,
          body: request.body ?? undefined,
          redirect: 'manual',
          signal: controller.signal,
        });
        stage = 'body';
        arm();
        adopt(origin, response.headers.getSetCookie());
        const body = await readBody(response, arm);
        return {
          ok: true,
          status: response.status,
          statusText: response.statusText,
          headers: [...response.headers].filter(([name]) => !STRIPPED_RESPONSE_HEADERS.has(name.toLowerCase())),
          body,
        };
      } catch (error) {
        if (timedOut) return { ok: false, message: 'fetch failed', codes: [stage === 'headers' ? 'UND_ERR_HEADERS_TIMEOUT' : 'UND_ERR_BODY_TIMEOUT'] };
        if (error instanceof ResponseTooLargeError) return { ok: false, message: error.message, codes: ['KB_RESPONSE_TOO_LARGE'] };
        if (controller.signal.aborted) return { ok: false, message: 'This operation was aborted', codes: ['ABORT_ERR'] };
        return { ok: false, message: error instanceof Error ? error.message : String(error), codes: errorCodes(error) };
      } finally {
        clearTimeout(timer);
        inFlight.delete(request.id);
      }
    },

    cancel(id) {
      inFlight.get(id)?.abort();
    },
  };
}

async function readBody(response: Response, onProgress: () => void): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      onProgress();
      size += value.byteLength;
      if (size > MAX_SERVER_RESPONSE_BYTES) throw new ResponseTooLargeError('Het antwoord van de server is groter dan 256 MB.');
      chunks.push(value);
    }
  } catch (error) {
    await reader.cancel().catch(() => undefined);
    throw error;
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

/**
 * The AuthSession value the answer sets: a string, null when it ends the
 * session (empty value, Max-Age 0, an Expires in the past), undefined when it
 * says nothing about it. Other cookies are ignored.
 */
export function sessionFromSetCookies(setCookies: readonly string[], now = Date.now()): string | null | undefined {
  let result: string | null | undefined;
  for (const cookie of setCookies) {
    const [pair = '', ...attributes] = cookie.split(';');
    const equals = pair.indexOf('=');
    if (equals < 0 || pair.slice(0, equals).trim() !== SESSION_COOKIE) continue;
    const value = pair.slice(equals + 1).trim();
    let expired = false;
    for (const attribute of attributes) {
      const [name = '', ...rest] = attribute.split('=');
      const key = name.trim().toLowerCase();
      const attributeValue = rest.join('=').trim();
      if (key === 'max-age' && Number(attributeValue) <= 0) expired = true;
      if (key === 'expires') {
        const at = Date.parse(attributeValue);
        if (!Number.isNaN(at) && at <= now) expired = true;
      }
    }
    result = value && !expired ? value : null;
  }
  return result;
}

/** The codes of an error, its causes and (AggregateError) its member errors, outermost first. */
export function errorCodes(error: unknown, depth = 0): string[] {
  if (depth > 5 || typeof error !== 'object' || error === null) return [];
  const record = error as { code?: unknown; cause?: unknown; errors?: unknown };
  const codes: string[] = [];
  if (typeof record.code === 'string' && record.code.length <= 100) codes.push(record.code);
  codes.push(...errorCodes(record.cause, depth + 1));
  if (Array.isArray(record.errors)) for (const inner of record.errors.slice(0, 10)) codes.push(...errorCodes(inner, depth + 1));
  return [...new Set(codes)];
}
