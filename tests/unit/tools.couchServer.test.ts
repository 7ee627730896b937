import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { COUCHDB_MAX_DOCUMENT_SIZE, maxDocumentSize, startCouchServer } from '../tools/couchServer.mjs';

const ADMIN = { name: 'beheerder', password: 'beheer-wachtwoord' };

describe('the test CouchDB (pouchdb-server in memory)', () => {
  it('with an admin it is no longer in "admin party", enforces CouchDB 3’s document size, and stop() ends it', async () => {
    const couch = await startCouchServer({ admin: ADMIN });
    let stopped = false;
    try {
      expect(new URL(couch.url).hostname).toBe('127.0.0.1');
      const anonymous = await fetch(new URL('_config', couch.url));
      expect(anonymous.status).toBe(401);
      const session = (await (await fetch(new URL('_session', couch.url))).json()) as { userCtx: { roles: string[] } };
      expect(session.userCtx.roles).not.toContain('_admin');
      expect(await maxDocumentSize(couch.url, ADMIN)).toBe(COUCHDB_MAX_DOCUMENT_SIZE);

      await couch.stop();
      stopped = true;
      // The port is free again at once: the server process is gone, not merely no longer read from.
      await expect(listenOn(Number(new URL(couch.url).port))).resolves.toBeUndefined();
      await expect(fetch(couch.url)).rejects.toThrow();
    } finally {
      if (!stopped) await couch.stop();
    }
  });
});

async function listenOn(port: number): Promise<void> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  await new Promise<void>((resolve) => server.close(() => resolve()));
}
