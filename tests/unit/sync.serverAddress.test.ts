/**
 * The sharing service names the office's server to the platform before it
 * sends anything there: the desktop's main process refuses every origin but
 * the one it was given (platform.setServerAddress).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FetchFunction } from '../../src-renderer/src/sync/couchHttp';
import { createSharingService, type SharingService } from '../../src-renderer/src/sync/service';
import { saveSharingSettings } from '../../src-renderer/src/sync/settings';
import type { SyncState } from '../../src-renderer/src/sync/state';
import { freshDb } from './support/db';
import { memoryPouch, remotePouch } from './support/pouch';

const pouch = { local: memoryPouch, remote: remotePouch };
const INPUT = { serverUrl: ' https://couch.kantoor.nl:6984 ', userName: 'anna', password: 'anna-geheim' };
/** No pinned files here: these tests look only at the order of address and requests. */
const NO_FILES = { read: () => Promise.reject(new Error('geen bestanden')), store: () => Promise.reject(new Error('geen bestanden')), remove: () => Promise.resolve() };

/** Records the order of events; the "server" is never reached (a refused connection). */
function transport(options: { refuseAddress?: boolean } = {}) {
  const order: string[] = [];
  const fetch = vi.fn<FetchFunction>(async (url) => {
    order.push(`fetch ${url}`);
    throw Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } });
  });
  const setServerAddress = vi.fn(async (url: string) => {
    await new Promise((resolve) => setTimeout(resolve, 20));
    if (options.refuseAddress) throw new Error('Ongeldige aanvraag');
    order.push(`address ${url}`);
  });
  return { order, fetch, setServerAddress };
}

const services: SharingService[] = [];
afterEach(async () => {
  for (const service of services.splice(0)) await service.stop();
  vi.unstubAllGlobals();
});

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

describe('the server address before any request', () => {
  it('"Verbinding testen" sets the typed address, cleaned up, then asks the server', async () => {
    const { db } = await freshDb();
    const { order, fetch, setServerAddress } = transport();
    const service = createSharingService({ db, register: db.name, fetch, pouch, setServerAddress, files: NO_FILES });
    services.push(service);
    const check = await service.check(INPUT);
    expect(check).toMatchObject({ kind: 'unreachable', detail: 'ECONNREFUSED' });
    expect(order[0]).toBe('address https://couch.kantoor.nl:6984/');
    expect(order[1]).toBe('fetch https://couch.kantoor.nl:6984/');
  });

  it('an address that is none is answered without setting it or asking anything', async () => {
    const { db } = await freshDb();
    const { fetch, setServerAddress } = transport();
    const service = createSharingService({ db, register: db.name, fetch, pouch, setServerAddress, files: NO_FILES });
    services.push(service);
    expect(await service.check({ ...INPUT, serverUrl: 'https://anna:geheim@couch.kantoor.nl' })).toMatchObject({ kind: 'invalidAddress' });
    expect(setServerAddress).not.toHaveBeenCalled();
    expect(fetch).not.toHaveBeenCalled();
  });

  it('sharing and joining set it before the connection check', async () => {
    const { db } = await freshDb();
    const { order, fetch, setServerAddress } = transport();
    const service = createSharingService({ db, register: db.name, fetch, pouch, setServerAddress, files: NO_FILES });
    services.push(service);
    for (const kind of ['share', 'join'] as const) {
      order.length = 0;
      expect(await service[kind](INPUT, () => undefined)).toMatchObject({ ok: false, check: { kind: 'unreachable' } });
      expect(order[0]).toBe('address https://couch.kantoor.nl:6984/');
    }
  });

  it('at start with saved settings: the saved address first, then the sync', async () => {
    const storage = memoryStorage();
    vi.stubGlobal('localStorage', storage);
    const { db } = await freshDb();
    saveSharingSettings(db.name, { serverUrl: 'https://couch.kantoor.nl:6984/', database: 'klachtenbalie', userName: 'anna', since: '2026-03-10T14:30:00.000Z' }, storage);
    const { order, fetch, setServerAddress } = transport();
    const service = createSharingService({ db, register: db.name, fetch, pouch, setServerAddress, files: NO_FILES });
    services.push(service);
    await vi.waitFor(() => expect(fetch).toHaveBeenCalled());
    expect(order[0]).toBe('address https://couch.kantoor.nl:6984/');
    expect(order.slice(1).every((entry) => entry.startsWith('fetch https://couch.kantoor.nl:6984/'))).toBe(true);
  });

  it('at start, an address the platform refuses: an error to show, and no request', async () => {
    const storage = memoryStorage();
    vi.stubGlobal('localStorage', storage);
    const { db } = await freshDb();
    saveSharingSettings(db.name, { serverUrl: 'https://couch.kantoor.nl:6984/', database: 'klachtenbalie', userName: 'anna', since: '' }, storage);
    const { fetch, setServerAddress } = transport({ refuseAddress: true });
    const service = createSharingService({ db, register: db.name, fetch, pouch, setServerAddress, files: NO_FILES });
    services.push(service);
    await vi.waitFor(() => expect(service.state().kind).toBe('error'));
    expect((service.state() as Extract<SyncState, { kind: 'error' }>).message).toMatch(/server/);
    expect(fetch).not.toHaveBeenCalled();
  });
});
