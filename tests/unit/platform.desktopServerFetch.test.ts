/**
 * The renderer half of the desktop's road to the server: serverFetch turns
 * the main process's reply back into what fetch() gives (a Response, or the
 * TypeError Node's fetch throws), so the sync code cannot tell the difference.
 */
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SERVER_TIMEOUT_MS, type KlachtenbalieApi, type ServerReply, type ServerRequest } from '../../src-main/api';
import { createDesktopPlatform } from '../../src-renderer/src/platform/desktop';
import { createDesktopServerFetch } from '../../src-renderer/src/platform/desktopServerFetch';
import { classifyFetchFailure } from '../../src-renderer/src/sync/fetchFailure';

const URL_ = 'https://couch.kantoor.nl:6984/klachtenbalie/_all_docs';

function fakeApi(reply: ServerReply | ((request: ServerRequest) => Promise<ServerReply>)) {
  return {
    serverRequest: vi.fn(typeof reply === 'function' ? reply : async (_request: ServerRequest) => reply),
    cancelServerRequest: vi.fn(async (_id: string) => undefined),
  };
}

const OK: ServerReply = {
  ok: true,
  status: 201,
  statusText: 'Created',
  headers: [
    ['content-type', 'application/json'],
    ['etag', '"1-abc"'],
  ],
  body: new TextEncoder().encode('{"ok":true,"id":"klacht:1","rev":"1-abc"}'),
};

describe('desktop serverFetch', () => {
  it('sends the request to the main process and rebuilds a real Response', async () => {
    const api = fakeApi(OK);
    const response = await createDesktopServerFetch(api)(URL_, {
      method: 'put',
      headers: new Headers({ Accept: 'application/json', 'Content-Type': 'application/json' }),
      body: '{"titel":"Lekkage"}',
      credentials: 'include',
    });
    expect(response).toBeInstanceOf(Response);
    expect(response.status).toBe(201);
    expect(response.statusText).toBe('Created');
    expect(response.ok).toBe(true);
    expect(response.headers.get('ETag')).toBe('"1-abc"');
    expect(await response.json()).toEqual({ ok: true, id: 'klacht:1', rev: '1-abc' });
    const [request] = api.serverRequest.mock.calls[0]!;
    // `credentials` stays behind: the main process keeps the session.
    expect(request).toEqual({
      id: expect.stringMatching(/^[0-9a-f]{32}$/),
      method: 'PUT',
      url: URL_,
      headers: { accept: 'application/json', 'content-type': 'application/json' },
      body: '{"titel":"Lekkage"}',
      timeoutMs: DEFAULT_SERVER_TIMEOUT_MS,
    });
  });

  it('takes headers as a record or pairs, and bodies as bytes, ArrayBuffer or Blob; each request its own id', async () => {
    const api = fakeApi(OK);
    const serverFetch = createDesktopServerFetch(api);
    await serverFetch(URL_, { method: 'POST', headers: { 'Content-Type': 'application/octet-stream' }, body: new Uint8Array([1, 2, 3]) });
    await serverFetch(URL_, { method: 'POST', headers: [['If-Match', '2-def']], body: new Uint8Array([4, 5]).buffer });
    await serverFetch(URL_, { method: 'POST', body: new Blob([new Uint8Array([6])]) });
    await serverFetch(URL_, {});
    const requests = api.serverRequest.mock.calls.map(([request]) => request);
    expect(requests.map((request) => request.headers)).toEqual([{ 'content-type': 'application/octet-stream' }, { 'if-match': '2-def' }, {}, {}]);
    expect(requests.map((request) => request.body)).toEqual([new Uint8Array([1, 2, 3]), new Uint8Array([4, 5]), new Uint8Array([6]), null]);
    expect(requests[3]?.method).toBe('GET');
    expect(new Set(requests.map((request) => request.id)).size).toBe(4);
  });

  it('gives a 204, a 304 and a HEAD answer no body, as fetch does', async () => {
    for (const status of [204, 304]) {
      const response = await createDesktopServerFetch(fakeApi({ ...OK, status, statusText: '', body: new Uint8Array() }))(URL_, { method: 'GET' });
      expect(response.status).toBe(status);
      expect(response.body).toBeNull();
    }
    const head = await createDesktopServerFetch(fakeApi({ ...OK, status: 200, body: new Uint8Array() }))(URL_, { method: 'HEAD' });
    expect(head.body).toBeNull();
  });

  it('rebuilds Node\'s TypeError("fetch failed") with its cause codes, so the failure is classified as on Node', async () => {
    const failure = (codes: string[]): ServerReply => ({ ok: false, message: 'connect ECONNREFUSED 127.0.0.1:5984', codes });
    const errorFor = (reply: ServerReply) => createDesktopServerFetch(fakeApi(reply))(URL_, { method: 'GET' }).catch((error: unknown) => error);

    const refused = await errorFor(failure(['ECONNREFUSED']));
    expect(refused).toBeInstanceOf(TypeError);
    expect((refused as TypeError).message).toBe('fetch failed');
    expect(((refused as TypeError).cause as { code: string }).code).toBe('ECONNREFUSED');
    expect(classifyFetchFailure(refused, false)).toEqual({ cause: 'network', code: 'ECONNREFUSED' });

    expect(classifyFetchFailure(await errorFor(failure(['ENOTFOUND'])), false)).toEqual({ cause: 'network', code: 'ENOTFOUND' });
    expect(classifyFetchFailure(await errorFor(failure(['CERT_HAS_EXPIRED'])), false)).toEqual({ cause: 'certificate', code: 'CERT_HAS_EXPIRED' });
    expect(classifyFetchFailure(await errorFor(failure(['UND_ERR_CONNECT_TIMEOUT'])), false)).toEqual({ cause: 'timeout', code: 'UND_ERR_CONNECT_TIMEOUT' });
    // One code per address tried (IPv6 and IPv4): the telling one counts wherever it is.
    expect(classifyFetchFailure(await errorFor(failure(['ECONNREFUSED', 'DEPTH_ZERO_SELF_SIGNED_CERT'])), false)).toEqual({ cause: 'certificate', code: 'DEPTH_ZERO_SELF_SIGNED_CERT' });
    expect(classifyFetchFailure(await errorFor(failure([])), false)).toEqual({ cause: 'network', code: null });
  });

  it('passes on a refusal by the main process as the rejection it is', async () => {
    const api = fakeApi(async () => {
      throw new Error('Geweigerd: dit adres hoort niet bij de server die voor samenwerken is ingesteld.');
    });
    await expect(createDesktopServerFetch(api)(URL_, { method: 'GET' })).rejects.toThrow(/Geweigerd/);
  });

  it('rejects with the signal\'s reason when aborted, and cancels the request in the main process', async () => {
    let release!: (reply: ServerReply) => void;
    const api = fakeApi(() => new Promise<ServerReply>((resolve) => (release = resolve)));
    const controller = new AbortController();
    const pending = createDesktopServerFetch(api)(URL_, { method: 'GET', signal: controller.signal });
    await vi.waitFor(() => expect(api.serverRequest).toHaveBeenCalled());
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    expect(api.cancelServerRequest).toHaveBeenCalledWith(api.serverRequest.mock.calls[0]![0].id);
    release(OK);

    const already = new AbortController();
    already.abort();
    await expect(createDesktopServerFetch(api)(URL_, { method: 'GET', signal: already.signal })).rejects.toMatchObject({ name: 'AbortError' });
    expect(api.serverRequest).toHaveBeenCalledTimes(1);
  });

  it('is the desktop platform\'s serverFetch, and setServerAddress names the origin to the main process', async () => {
    const api = { ...fakeApi(OK), setServerOrigin: vi.fn(async (_url: string) => undefined) } as unknown as KlachtenbalieApi;
    const platform = createDesktopPlatform(api);
    expect(platform.serverFetch).not.toBeNull();
    await platform.setServerAddress('https://couch.kantoor.nl:6984/');
    expect(api.setServerOrigin).toHaveBeenCalledWith('https://couch.kantoor.nl:6984/');
    await expect(platform.serverFetch!(URL_, { method: 'GET' })).resolves.toBeInstanceOf(Response);
  });
});
