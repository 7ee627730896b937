/**
 * fetch() to the office's server as the sync code expects it, made by the main
 * process (the renderer may not reach the network itself). The answer comes
 * back as a real Response; a failure without an answer as the TypeError Node's
 * fetch throws, with the same cause codes, so fetchFailure.ts tells refused,
 * DNS, timeout and certificate apart just as it does for Node's fetch.
 */
import { DEFAULT_SERVER_TIMEOUT_MS, type KlachtenbalieApi, type ServerReply, type ServerRequest } from '../../../src-main/api';

type ServerApi = Pick<KlachtenbalieApi, 'serverRequest' | 'cancelServerRequest'>;
export type ServerFetch = (url: string, init: RequestInit) => Promise<Response>;

/** Statuses whose Response may not carry a body. */
const NULL_BODY_STATUSES: ReadonlySet<number> = new Set([101, 103, 204, 205, 304]);

export function createDesktopServerFetch(api: ServerApi): ServerFetch {
  return async (url, init = {}) => {
    const signal = init.signal ?? null;
    signal?.throwIfAborted();
    // `credentials` means nothing here: the main process keeps the session cookie.
    const request: ServerRequest = {
      id: requestId(),
      // Checked by the main process against the methods CouchDB needs.
      method: (init.method ?? 'GET').toUpperCase() as ServerRequest['method'],
      url,
      headers: Object.fromEntries(new Headers(init.headers).entries()),
      body: await bodyBytes(init.body),
      timeoutMs: DEFAULT_SERVER_TIMEOUT_MS,
    };
    const reply = await untilAborted(api.serverRequest(request), signal, () => {
      api.cancelServerRequest(request.id).catch(() => undefined);
    });
    if (!reply.ok) throw fetchFailed(reply);
    const body = NULL_BODY_STATUSES.has(reply.status) || init.method?.toUpperCase() === 'HEAD' ? null : (reply.body as Uint8Array<ArrayBuffer>);
    return new Response(body, { status: reply.status, statusText: reply.statusText, headers: reply.headers });
  };
}

/** What Node's fetch throws when no answer came: TypeError('fetch failed') with the system's code in its cause. */
export function fetchFailed(failure: Extract<ServerReply, { ok: false }>): TypeError {
  const [first, ...others] = failure.codes;
  if (first === undefined) return new TypeError(failure.message);
  const cause = Object.assign(new Error(failure.message), {
    code: first,
    // Node wraps one error per address tried in an AggregateError; keep every code.
    errors: others.map((code) => Object.assign(new Error(code), { code })),
  });
  return new TypeError('fetch failed', { cause });
}

function requestId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

async function bodyBytes(body: RequestInit['body']): Promise<string | Uint8Array<ArrayBuffer> | null> {
  if (body === undefined || body === null) return null;
  if (typeof body === 'string') return body;
  if (body instanceof Uint8Array) return body as Uint8Array<ArrayBuffer>;
  if (body instanceof ArrayBuffer) return new Uint8Array(body);
  if (ArrayBuffer.isView(body)) return new Uint8Array(body.buffer as ArrayBuffer, body.byteOffset, body.byteLength);
  if (body instanceof Blob) return new Uint8Array(await body.arrayBuffer());
  if (body instanceof URLSearchParams) return body.toString();
  throw new TypeError('Deze soort inhoud kan niet naar de server worden gestuurd.');
}

/** Rejects as fetch does the moment the signal aborts, and tells the main process to stop. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal | null, onAbort: () => void): Promise<T> {
  if (!signal) return promise;
  return new Promise<T>((resolve, reject) => {
    const abort = () => {
      onAbort();
      reject(signal.reason ?? new DOMException('This operation was aborted', 'AbortError'));
    };
    signal.addEventListener('abort', abort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', abort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', abort);
        reject(error);
      },
    );
  });
}
