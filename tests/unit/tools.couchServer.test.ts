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
      await expect(fetch(couch.url)).rejects.toThrow();
    } finally {
      if (!stopped) await couch.stop();
    }
  });
});
