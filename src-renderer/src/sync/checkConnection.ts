import { type ConnectionFailureKind, CONNECTION_MESSAGES } from './connectionMessages';
import { CouchHttpError, CouchUnreachableError, NotCouchDbError, NotFoundError } from './couchErrors';
import { type FetchFunction, type ServerInfo, createCouchClient } from './couchHttp';
import { couchDatabase } from './couchDatabase';

/**
 * "Verbinding testen" in Instellingen → Samenwerken: is the address a CouchDB we
 * can reach, do name and password sign in, and (when a database is named) may
 * this person use the shared register. Every failure becomes one kind with a
 * Dutch message and advice; nothing is thrown for a failure the user can fix.
 */
export type ConnectionCheck =
  | {
      kind: 'ok';
      vendor: 'couchdb' | 'pouchdb-server';
      version: string;
      isCouchDb: boolean;
      userName: string;
      /** The account's roles on the server, as it gave them at sign-in. */
      roles: string[];
      /** Tested by the server's administrator: whether Klachtenbalie's rules are now on the register. */
      serverRules?: boolean;
    }
  | {
      kind: ConnectionFailureKind;
      message: string;
      advice: string;
      /** Technical detail for the server's administrator (status, error code). */
      detail: string;
    };

export interface CheckConnectionOptions {
  /** Also check this database: it must exist and the user must be a member. */
  database?: string;
  /** Long enough for a slow VPN, short enough that nobody thinks the app hangs. */
  timeoutMs?: number;
}

export const CHECK_TIMEOUT_MS = 8_000;

export async function checkConnection(
  url: string,
  name: string,
  password: string,
  fetch: FetchFunction,
  options: CheckConnectionOptions = {},
): Promise<ConnectionCheck> {
  const address = serverAddress(url);
  // The detail never repeats the input: a password typed into the address must not end up in a report.
  if (!address) return failure('invalidAddress', url.trim() ? 'geen http(s)-serveradres zonder inloggegevens' : 'leeg');
  const client = createCouchClient({ url: address, fetch, timeoutMs: options.timeoutMs ?? CHECK_TIMEOUT_MS });

  let requireValidUser = false;
  let info: ServerInfo | null = null;
  try {
    info = await client.serverInfo();
  } catch (error) {
    if (!(error instanceof CouchHttpError && error.status === 401)) return failureFor(error, 'welcome');
    // Such a CouchDB only shows its welcome after sign-in; ask again below.
    requireValidUser = true;
  }

  let userName: string;
  let roles: string[];
  try {
    ({ name: userName, roles } = await client.login(name, password));
    if (requireValidUser) info = await client.serverInfo();
  } catch (error) {
    return failureFor(error, 'login');
  }
  if (!info) return failure('notCouchDb', 'geen welkomstbericht na aanmelden');

  if (options.database) {
    try {
      await couchDatabase(client, options.database).info();
    } catch (error) {
      return failureFor(error, 'database');
    }
  }
  return { kind: 'ok', vendor: info.vendor, version: info.version, isCouchDb: info.isCouchDb, userName, roles };
}

/** An http(s) address without credentials in it, with a trailing slash; null when it is anything else. */
export function serverAddress(input: string): string | null {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (!url.hostname || url.username || url.password) return null;
  url.search = '';
  url.hash = '';
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

type Stage = 'welcome' | 'login' | 'database';

function failureFor(error: unknown, stage: Stage): ConnectionCheck {
  if (error instanceof CouchUnreachableError) {
    const kind = error.failure === 'certificate' ? 'certificate' : error.failure === 'timeout' ? 'timeout' : 'unreachable';
    return failure(kind, error.code ?? error.failure);
  }
  if (error instanceof NotCouchDbError) return failure('notCouchDb', `HTTP ${error.status}`);
  if (error instanceof CouchHttpError) {
    const detail = `${error.request}: HTTP ${error.status} ${error.error}`.trim();
    if (error.status >= 500) return failure('serverError', detail);
    if (stage === 'login') return failure(error.status === 401 ? 'wrongPassword' : 'notCouchDb', detail);
    if (stage === 'database') {
      if (error instanceof NotFoundError) return failure('noDatabase', detail);
      // Signed in seconds ago, so a 401 here is not an expired session: it is
      // pouchdb-server's (and CouchDB 1's) way to refuse a non-member; CouchDB 3 says 403.
      if (error.status === 401 || error.status === 403) return failure('noAccess', detail);
    }
    return failure('notCouchDb', detail);
  }
  throw error;
}

function failure(kind: ConnectionFailureKind, detail: string): ConnectionCheck {
  return { kind, ...CONNECTION_MESSAGES[kind], detail };
}
