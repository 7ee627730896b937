import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

const SERVER_BIN = fileURLToPath(new URL('../../node_modules/pouchdb-server/bin/pouchdb-server', import.meta.url));

/** CouchDB 3's default max_document_size; pouchdb-server allows 4 GB unless told. */
export const COUCHDB_MAX_DOCUMENT_SIZE = 8_000_000;

/** A port nobody listens on right now: the OS picks it when we listen on 0. */
export async function freePort() {
  const server = createServer();
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (!address || typeof address === 'string') throw new Error('Geen vrije poort gevonden');
  return address.port;
}

/**
 * Starts pouchdb-server in memory on loopback for tests. With `admin` the server
 * leaves "admin party" (where every anonymous request is a server admin), so
 * 401/403 behave as on a real office server. Its config.json and log.txt land in
 * a temporary folder, never in the worktree. stop() ends the whole process group.
 */
export async function startCouchServer({ admin, maxDocumentSize = COUCHDB_MAX_DOCUMENT_SIZE } = {}) {
  const dir = await mkdtemp(join(tmpdir(), 'klachtenbalie-couch-'));
  const port = await freePort();
  const args = [SERVER_BIN, '--in-memory', '--no-stdout-logs', '--host', '127.0.0.1', '--port', String(port), '--config', join(dir, 'config.json')];
  // Its own process group, so stop() also ends anything it started.
  const child = spawn(process.execPath, args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise((resolve) => child.once('exit', resolve));

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
      const killedInTime = await Promise.race([exited.then(() => true), delay(3000, false)]);
      if (!killedInTime) {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          // gone after all
        }
        await exited;
      }
    }
    child.stdout.destroy();
    child.stderr.destroy();
    await rm(dir, { recursive: true, force: true });
  };

  const url = `http://127.0.0.1:${port}/`;
  try {
    await waitUntilAnswering(url, child, () => output);
    if (maxDocumentSize) await putConfig(url, undefined, 'couchdb', 'max_document_size', String(maxDocumentSize));
    if (admin) {
      await putConfig(url, undefined, 'admins', admin.name, admin.password);
      await waitUntilAdminPartyIsOver(url);
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, admin, stop };
}

async function waitUntilAnswering(url, child, output) {
  let lastError = '';
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
      lastError = `HTTP ${response.status}`;
    } catch (error) {
      lastError = error.cause?.message ?? error.message;
    }
    if (child.exitCode !== null) break;
    await delay(Math.min(25 * (attempt + 1), 200));
  }
  throw new Error(`pouchdb-server startte niet op ${url} (${lastError}):\n${output()}`);
}

/** The admin is applied asynchronously inside pouchdb-server; until then anonymous requests are still admin. */
async function waitUntilAdminPartyIsOver(url) {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const session = await (await fetch(new URL('_session', url))).json();
    if (!session.userCtx.roles.includes('_admin')) return;
    await delay(20 * (attempt + 1));
  }
  throw new Error('pouchdb-server bleef in "admin party" na het instellen van een beheerder');
}

function headers(admin) {
  const result = { Accept: 'application/json', 'Content-Type': 'application/json' };
  if (admin) result.Authorization = `Basic ${Buffer.from(`${admin.name}:${admin.password}`).toString('base64')}`;
  return result;
}

async function call(url, admin, method, path, body, okStatuses = [200, 201, 202]) {
  const response = await fetch(new URL(path, url), { method, headers: headers(admin), body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await response.text();
  if (!okStatuses.includes(response.status)) throw new Error(`${method} ${path}: HTTP ${response.status} ${text}`);
  return text ? JSON.parse(text) : null;
}

async function putConfig(url, admin, section, key, value) {
  await call(url, admin, 'PUT', `_config/${encodeURIComponent(section)}/${encodeURIComponent(key)}`, value);
}

/** A CouchDB user (in /_users) who can sign in; works on CouchDB 3 and pouchdb-server alike. */
export async function createUser(url, admin, { name, password, roles = [] }) {
  await call(url, admin, 'PUT', `_users/${encodeURIComponent(`org.couchdb.user:${name}`)}`, { name, password, roles, type: 'user' });
}

export async function deleteUser(url, admin, name) {
  const path = `_users/${encodeURIComponent(`org.couchdb.user:${name}`)}`;
  const doc = await call(url, admin, 'GET', path, undefined, [200, 404]);
  if (doc?._rev) await call(url, admin, 'DELETE', `${path}?rev=${encodeURIComponent(doc._rev)}`);
}

export async function createDatabase(url, admin, db) {
  await call(url, admin, 'PUT', encodeURIComponent(db), undefined, [201, 202, 412]);
}

export async function deleteDatabase(url, admin, db) {
  await call(url, admin, 'DELETE', encodeURIComponent(db), undefined, [200, 202, 404]);
}

/** Only these names and roles may read and write the database (CouchDB's _security members). */
export async function setMembers(url, admin, db, { names = [], roles = [] }) {
  await call(url, admin, 'PUT', `${encodeURIComponent(db)}/_security`, { admins: { names: [], roles: [] }, members: { names, roles } });
}

/** The server's max_document_size in bytes: CouchDB 3 keeps config under /_node/_local, pouchdb-server at /_config. */
export async function maxDocumentSize(url, admin) {
  for (const path of ['_node/_local/_config/couchdb/max_document_size', '_config/couchdb/max_document_size']) {
    const value = await call(url, admin, 'GET', path, undefined, [200, 400, 404]);
    if (typeof value === 'string' || typeof value === 'number') return Number(value);
  }
  return null;
}
