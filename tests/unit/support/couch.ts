import type { FetchFunction } from '../../../src-renderer/src/sync/couchHttp';

export const ADMIN = { name: 'beheerder', password: 'beheer-wachtwoord' };

/** Node's own fetch, as the desktop will use through its main process. */
export const nodeFetch: FetchFunction = (url, init) => fetch(url, init);

export interface SentRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string | undefined;
}

/** Node's fetch that remembers what was sent, to check what leaves the workstation. */
export function recordingFetch(): { fetch: FetchFunction; sent: SentRequest[] } {
  const sent: SentRequest[] = [];
  return {
    sent,
    fetch: (url, init) => {
      const headers = Object.fromEntries(new Headers(init.headers).entries());
      sent.push({ method: init.method ?? 'GET', url, headers, body: typeof init.body === 'string' ? init.body : undefined });
      return fetch(url, init);
    },
  };
}
