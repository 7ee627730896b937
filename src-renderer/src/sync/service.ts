/**
 * Sharing this workstation's register with the office, as Instellingen →
 * Samenwerken and the sync state in the header use it: test a connection,
 * share or join once, then keep in step for as long as the app runs.
 */
import type { KlachtenbalieDb } from '../db/database';
import { type ConnectionCheck, checkConnection, serverAddress } from './checkConnection';
import { couchDatabase } from './couchDatabase';
import { type CouchClient, type FetchFunction, createCouchClient } from './couchHttp';
import { type SyncEngine, startSyncEngine } from './engine';
import { joinRegister, shareRegister } from './firstSync';
import { type LocalFiles, readFile, remoteFiles } from './files';
import type { LocalDatabase, PouchFactory } from './pouch';
import { DEFAULT_SHARED_DATABASE, type SharingSettings, loadSharingSettings, saveSharingSettings } from './settings';
import type { SyncProgress, SyncState } from './state';
import { type SignedInAccount, currentAccount, forgetSignIn, rememberSignIn, setCurrentAccount, staffRolesOf, verifyOffline } from './accounts';
import { pendingCount } from '../db/repositories/sharedRecords';
import { hasServerRules, installServerRules } from './serverRules';

export interface SharingInput {
  serverUrl: string;
  userName: string;
  password: string;
}

export type SharingOutcome = { ok: true } | { ok: false; check: ConnectionCheck | null; message: string; advice: string };

export interface SharingService {
  settings(): SharingSettings | null;
  state(): SyncState;
  subscribe(listener: (state: SyncState) => void): () => void;
  check(input: SharingInput): Promise<ConnectionCheck>;
  /**
   * `beforeSignedIn` runs once the register is shared or joined and before the
   * account counts as signed in here: the person at the screen becomes that
   * account's colleague; it answers that colleague's id.
   */
  share(input: SharingInput, onProgress: (progress: SyncProgress) => void, beforeSignedIn?: (account: SignedInAccount) => Promise<string | undefined>): Promise<SharingOutcome>;
  join(input: SharingInput, onProgress: (progress: SyncProgress) => void, beforeSignedIn?: (account: SignedInAccount) => Promise<string | undefined>): Promise<SharingOutcome>;
  /** A pinned file's bytes: from here, or (on a shared register) from the server, checked, then kept here. */
  readFile(sha256: string): Promise<Uint8Array>;
  /** Signs in again after the session ran out, and picks up where it stopped. */
  signIn(password: string): Promise<ConnectionCheck>;
  /** Who is signed in at this window (shared register only); null: the sign-in screen shows. */
  account(): SignedInAccount | null;
  /** A colleague signs in with their own account; with the server away, against what this workstation remembered. */
  signInPerson(name: string, password: string): Promise<PersonSignIn>;
  /** Ends this person's session here (the next one signs in with their own). */
  signOut(): Promise<void>;
  stop(): Promise<void>;
}

export type PersonSignIn = { ok: true; account: SignedInAccount } | { ok: false; field: 'userName' | 'password' | null; message: string };

const NO_ROLE =
  'Uw account heeft op de server geen rol voor Klachtenbalie. Vraag de beheerder van de server u een rol te geven: receptionist, coordinator, owner, management of committee.';

export interface SharingServiceOptions {
  db: KlachtenbalieDb;
  /** The register's IndexedDB name: the local copy and the settings are per register. */
  register: string;
  /** null where this build cannot reach a server (then sharing is not offered). */
  fetch: FetchFunction | null;
  pouch: PouchFactory;
  /** This workstation's file store (the platform's). */
  files: LocalFiles;
  /**
   * Tells the transport which server the register is shared with, before any
   * request to it: the desktop's main process refuses every other origin.
   */
  setServerAddress?: (url: string) => Promise<void>;
  now?: () => Date;
}

export function createSharingService({
  db,
  register,
  fetch,
  pouch,
  files,
  setServerAddress = async () => undefined,
  now = () => new Date(),
}: SharingServiceOptions): SharingService {
  let settings = loadSharingSettings(register);
  // Read once and kept: screens compare it by identity.
  let account = currentAccount(register);
  const signInAs = (next: SignedInAccount | null) => {
    account = next;
    setCurrentAccount(register, next);
  };
  let engine: SyncEngine | null = null;
  let current: SyncState = settings ? { kind: 'starting' } : { kind: 'alone' };
  const listeners = new Set<(state: SyncState) => void>();
  let unsubscribe: (() => void) | null = null;
  const localName = `${register}-gedeeld`;

  const set = (state: SyncState) => {
    current = state;
    for (const listener of listeners) listener(state);
  };

  const endpoints = (serverUrl: string, database: string) => {
    if (!fetch) throw new Error('Deze versie van Klachtenbalie kan geen server bereiken.');
    const client = createCouchClient({ url: serverUrl, fetch });
    return {
      client,
      local: pouch.local(localName),
      remote: pouch.remote(`${serverUrl}${encodeURIComponent(database)}`, fetch),
      counter: couchDatabase(client, database),
    };
  };

  const start = () => {
    if (!settings || engine) return;
    db.journalWrites = true;
    const { local, remote, counter } = endpoints(settings.serverUrl, settings.database);
    engine = startSyncEngine({ db, local, remote, counter, files: { local: files, remote: remoteFiles(settings.serverUrl, fetch!) }, now });
    unsubscribe = engine.subscribe(set);
  };

  /** Offline sign-in needs WebCrypto, which a plain-http address does not give a page: then signing in needs the server. */
  const rememberQuietly = async (name: string, password: string, roles: SignedInAccount['roles']) => {
    try {
      await rememberSignIn(register, name, password, roles);
    } catch {
      // Nothing to remember with; online sign-in works as before.
    }
  };

  const stopEngine = async () => {
    unsubscribe?.();
    unsubscribe = null;
    await engine?.stop();
    engine = null;
  };

  /** With another session (a colleague signed in), replication goes on under it. */
  const restart = async () => {
    await stopEngine();
    start();
    set(current);
  };

  /** No sync until someone signs in with the server: says why instead. */
  const pause = async (state: SyncState) => {
    await stopEngine();
    set(state);
  };

  /** At start with the saved settings: the address first, then the engine. */
  const startSaved = async () => {
    if (!settings) return;
    try {
      await setServerAddress(settings.serverUrl);
    } catch (error) {
      set({ kind: 'error', message: 'De server voor samenwerken kan niet worden ingesteld.', advice: `Start Klachtenbalie opnieuw; blijft dit, meld dan: ${String(error)}`, waiting: 0 });
      return;
    }
    start();
  };

  const firstSync = async (
    input: SharingInput,
    kind: 'share' | 'join',
    onProgress: (progress: SyncProgress) => void,
    beforeSignedIn: (account: SignedInAccount) => Promise<string | undefined> = async () => undefined,
  ): Promise<SharingOutcome> => {
    const serverUrl = serverAddress(input.serverUrl);
    const database = DEFAULT_SHARED_DATABASE;
    if (!fetch || !serverUrl) return { ok: false, check: null, message: 'Dit is geen geldig serveradres.', advice: 'Vul het volledige adres in, beginnend met https:// of http://.' };
    await setServerAddress(serverUrl);
    const check = await checkConnection(serverUrl, input.userName, input.password, fetch, { database });
    if (check.kind !== 'ok') return { ok: false, check, message: check.message, advice: check.advice };
    const { client, local, remote, counter } = endpoints(serverUrl, database);
    // Only sharing needs an empty register: joining asks the server nothing here.
    if (kind === 'share' && (await serverHasRegister(remote, client, database))) {
      return { ok: false, check, message: 'Op de server staat al een kantoorregister.', advice: 'Kies "Aansluiten bij het kantoorregister": dan komt dat register hierheen en gaat wat op deze computer staat erin mee.' };
    }
    const roles = staffRolesOf(check.roles);
    if (roles.length === 0) return { ok: false, check, message: NO_ROLE, advice: 'Meld u daarna opnieuw aan.' };
    const options = { db, local, remote, counter, now, onProgress };
    if (kind === 'share') await shareRegister(options);
    else await joinRegister(options);
    const shared: SharingSettings = { serverUrl, database, userName: check.userName, since: now().toISOString() };
    await rememberQuietly(check.userName, input.password, roles);
    const sharer: SignedInAccount = { name: check.userName, roles, offline: false };
    const staffId = await beforeSignedIn(sharer);
    if (staffId) sharer.staffId = staffId;
    // Saved last, and signed in before the register counts as shared: the screens never see a shared register without anyone signed in.
    saveSharingSettings(register, shared);
    signInAs(sharer);
    settings = shared;
    start();
    return { ok: true };
  };

  // A shared register journals its changes even when the server cannot be reached from here: none may be lost.
  if (settings) db.journalWrites = true;
  if (settings && fetch) void startSaved();

  return {
    settings: () => settings,
    state: () => current,
    subscribe(listener) {
      listeners.add(listener);
      listener(current);
      return () => listeners.delete(listener);
    },
    async check(input) {
      if (!fetch) return checkUnavailable();
      // An invalid address is answered by checkConnection itself, without a request.
      const serverUrl = serverAddress(input.serverUrl);
      if (serverUrl) await setServerAddress(serverUrl);
      const check = await checkConnection(input.serverUrl, input.userName, input.password, fetch, { database: DEFAULT_SHARED_DATABASE });
      // The server's administrator testing the connection puts Klachtenbalie's rules on the register (once; see serverRules.ts).
      if (check.kind === 'ok' && serverUrl && check.roles.includes('_admin')) {
        return { ...check, serverRules: await installServerRules(createCouchClient({ url: serverUrl, fetch }), DEFAULT_SHARED_DATABASE) };
      }
      return check;
    },
    readFile: (sha256) => readFile(sha256, files, settings && fetch ? remoteFiles(settings.serverUrl, fetch) : null),
    share: (input, onProgress, beforeSignedIn) => firstSync(input, 'share', onProgress, beforeSignedIn),
    join: (input, onProgress, beforeSignedIn) => firstSync(input, 'join', onProgress, beforeSignedIn),
    async signIn(password) {
      if (!settings || !fetch) return checkUnavailable();
      await setServerAddress(settings.serverUrl);
      const check = await checkConnection(settings.serverUrl, account?.name ?? settings.userName, password, fetch, { database: settings.database });
      if (check.kind === 'ok') await restart();
      return check;
    },
    account: () => (settings ? account : null),
    async signInPerson(name, password) {
      if (!settings || !fetch) return { ok: false, field: null, message: 'Deze versie van Klachtenbalie kan geen server bereiken.' };
      if (!name.trim()) return { ok: false, field: 'userName', message: 'Vul uw gebruikersnaam in' };
      if (!password) return { ok: false, field: 'password', message: 'Vul uw wachtwoord in' };
      await setServerAddress(settings.serverUrl);
      const check = await checkConnection(settings.serverUrl, name.trim(), password, fetch, { database: settings.database });
      if (check.kind === 'ok') {
        const roles = staffRolesOf(check.roles);
        if (roles.length === 0) return { ok: false, field: 'userName', message: NO_ROLE };
        await rememberQuietly(check.userName, password, roles);
        const signedIn: SignedInAccount = { name: check.userName, roles, offline: false };
        signInAs(signedIn);
        await restart();
        return { ok: true, account: signedIn };
      }
      if (check.kind === 'unreachable' || check.kind === 'timeout') {
        const known = await verifyOffline(register, name, password).catch(() => null);
        if (!known) {
          return { ok: false, field: null, message: `${check.message} Zonder server kunt u alleen aanmelden op een computer waar u eerder hebt aangemeld, met hetzelfde wachtwoord.` };
        }
        const signedIn: SignedInAccount = { name: known.name, roles: known.roles, offline: true };
        signInAs(signedIn);
        // Whatever session this PC still holds is someone else's: nothing is sent until this person signs in with the server.
        await pause({
          kind: 'error',
          message: 'Aangemeld zonder server: uw wijzigingen wachten hier.',
          advice: 'Meld u opnieuw aan zodra de server er weer is (Instellingen › Samenwerken); dan gaan ze mee.',
          waiting: await pendingCount(db),
        });
        return { ok: true, account: signedIn };
      }
      if (check.kind === 'wrongPassword') forgetSignIn(register, name);
      return { ok: false, field: check.kind === 'wrongPassword' ? 'password' : null, message: `${check.message} ${check.advice}` };
    },
    async signOut() {
      // The next person sees the sign-in at once and nothing more is sent under this session, also with the server away.
      signInAs(null);
      set(current);
      await pause({ kind: 'error', message: 'Niemand aangemeld.', advice: 'Meld u aan met uw eigen account.', waiting: await pendingCount(db) });
      if (settings && fetch) void createCouchClient({ url: settings.serverUrl, fetch }).request('DELETE', '_session').catch(() => undefined);
    },
    stop: stopEngine,
  };
}

function checkUnavailable(): ConnectionCheck {
  return { kind: 'unreachable', message: 'Deze versie van Klachtenbalie kan geen server bereiken.', advice: 'Gebruik de versie die de beheerder heeft geïnstalleerd.', detail: 'geen transport' };
}

/** Whether the server's database holds a register already; the rules' own document does not make one. */
async function serverHasRegister(remote: LocalDatabase, client: CouchClient, database: string): Promise<boolean> {
  const documents = (await remote.info()).doc_count;
  return documents - ((await hasServerRules(client, database)) ? 1 : 0) > 0;
}
