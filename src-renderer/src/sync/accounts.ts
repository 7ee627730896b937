/**
 * Who is signed in at this window of a shared register, and how they may sign
 * in again while the server is away. The server's roles decide what a person
 * may do; a workstation remembers, per person who signed in here before, a
 * slow hash of the password (never the password) and the roles last given, so
 * work goes on offline. The person signed in is kept for this window only:
 * a shared desk PC asks again after a restart, a reload does not.
 */
import { STAFF_ROLES, type StaffRole } from '../domain/model';
import { workstationStorage, type Storage } from '../platform/workstationStorage';

export interface SignedInAccount {
  name: string;
  roles: StaffRole[];
  /** Signed in against what this workstation remembered, the server being away. */
  offline: boolean;
  /** The colleague this account is, when known at sign-in (sharing or joining from a profile). */
  staffId?: string;
}

/** CouchDB roles as the app's: the role names themselves; the server's administrator has every role. */
export function staffRolesOf(serverRoles: readonly string[]): StaffRole[] {
  if (serverRoles.includes('_admin')) return [...STAFF_ROLES];
  return STAFF_ROLES.filter((role) => serverRoles.includes(role));
}

const SESSION_KEY = 'klachtenbalie.account';
const VERIFIER_KEY = 'klachtenbalie.accountVerifiers';
// OWASP's figure for PBKDF2-SHA-256: about half a second once per sign-in.
const ITERATIONS = 600_000;

export function currentAccount(register: string, store: Storage | null = windowSession()): SignedInAccount | null {
  const raw = store?.getItem(`${SESSION_KEY}:${register}`);
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as Partial<SignedInAccount>;
    if (typeof value.name !== 'string' || !Array.isArray(value.roles)) return null;
    return { name: value.name, roles: staffRolesOf(value.roles), offline: value.offline === true, ...(typeof value.staffId === 'string' ? { staffId: value.staffId } : {}) };
  } catch {
    return null;
  }
}

export function setCurrentAccount(register: string, account: SignedInAccount | null, store: Storage | null = windowSession()): void {
  if (account) store?.setItem(`${SESSION_KEY}:${register}`, JSON.stringify(account));
  else store?.removeItem(`${SESSION_KEY}:${register}`);
}

interface Verifier {
  /** The user name exactly as the server knows it. */
  name: string;
  salt: string;
  hash: string;
  iterations: number;
  roles: StaffRole[];
}

type Verifiers = Record<string, Verifier>;

function readVerifiers(register: string, store: Storage | null): Verifiers {
  try {
    const parsed: unknown = JSON.parse(store?.getItem(`${VERIFIER_KEY}:${register}`) ?? '{}');
    return typeof parsed === 'object' && parsed !== null ? (parsed as Verifiers) : {};
  } catch {
    return {};
  }
}

/** After a sign-in the server accepted: remember how to check this password here, and the roles it gave. */
export async function rememberSignIn(register: string, name: string, password: string, roles: StaffRole[], store: Storage | null = workstationStorage()): Promise<void> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const hash = await derive(password, salt, ITERATIONS);
  const verifiers = readVerifiers(register, store);
  verifiers[name.toLowerCase()] = { name, salt: toBase64(salt), hash: toBase64(hash), iterations: ITERATIONS, roles };
  store?.setItem(`${VERIFIER_KEY}:${register}`, JSON.stringify(verifiers));
}

/**
 * The server away: this person's name as the server knows it and the roles
 * last given here, when the password matches what was remembered.
 */
export async function verifyOffline(register: string, name: string, password: string, store: Storage | null = workstationStorage()): Promise<{ name: string; roles: StaffRole[] } | null> {
  const verifier = readVerifiers(register, store)[name.trim().toLowerCase()];
  if (!verifier || typeof verifier.name !== 'string') return null;
  const hash = await derive(password, fromBase64(verifier.salt), verifier.iterations);
  return constantTimeEqual(toBase64(hash), verifier.hash) ? { name: verifier.name, roles: staffRolesOf(verifier.roles) } : null;
}

/** The server said this password is wrong: it no longer opens this PC offline either. */
export function forgetSignIn(register: string, name: string, store: Storage | null = workstationStorage()): void {
  const verifiers = readVerifiers(register, store);
  if (!(name.trim().toLowerCase() in verifiers)) return;
  delete verifiers[name.trim().toLowerCase()];
  store?.setItem(`${VERIFIER_KEY}:${register}`, JSON.stringify(verifiers));
}

async function derive(password: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(password), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: salt as Uint8Array<ArrayBuffer>, iterations }, key, 256);
  return new Uint8Array(bits);
}

function constantTimeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let index = 0; index < a.length; index += 1) difference |= a.charCodeAt(index) ^ b.charCodeAt(index);
  return difference === 0;
}

const toBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
const fromBase64 = (text: string) => Uint8Array.from(atob(text), (char) => char.charCodeAt(0));

function windowSession(): Storage | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null;
  }
}
