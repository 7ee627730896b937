/**
 * CouchDB's session cookie kept between starts, so the office worker need not
 * sign in again after every restart while the session is still valid. Only
 * ever on disk encrypted with the system's key store (Electron's safeStorage:
 * DPAPI, Keychain, libsecret/KWallet). Where there is none — on Linux without
 * a key store Electron falls back to a fixed, public key ("basic_text") — the
 * session is not saved at all: signing in again beats a readable secret.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from './atomicWrite';
import type { SessionPersistence } from './serverTransport';

/** The part of Electron's safeStorage used here. */
export interface SecretBox {
  isAsyncEncryptionAvailable(): Promise<boolean>;
  encryptStringAsync(plainText: string): Promise<Buffer>;
  decryptStringAsync(encrypted: Buffer): Promise<{ result: string; shouldReEncrypt: boolean }>;
  getSelectedStorageBackend?(): string;
}

/** No real key store behind safeStorage: what it "encrypts" anyone can decrypt. */
const WEAK_LINUX_BACKENDS: ReadonlySet<string> = new Set(['basic_text', 'unknown']);
const MAX_FILE_BYTES = 64 * 1024;

interface Saved {
  origin: string;
  session: string;
}

export function createSessionFile(filePath: string, box: SecretBox, platform: NodeJS.Platform = process.platform): SessionPersistence {
  // One write at a time, in the order the sessions came in: the last one wins on disk too.
  let queue: Promise<void> = Promise.resolve();
  const enqueue = (work: () => Promise<void>) => {
    const next = queue.then(work);
    queue = next.catch(() => undefined);
    return next;
  };

  const canEncrypt = async (): Promise<boolean> => {
    if (!(await box.isAsyncEncryptionAvailable())) return false;
    if (platform === 'linux' && typeof box.getSelectedStorageBackend === 'function') {
      return !WEAK_LINUX_BACKENDS.has(box.getSelectedStorageBackend());
    }
    return true;
  };

  const remove = () => fs.rm(filePath, { force: true });

  const write = async (saved: Saved) => {
    if (!(await canEncrypt())) {
      // Never leave an older session behind that this one replaced.
      await remove();
      return;
    }
    const encrypted = await box.encryptStringAsync(JSON.stringify(saved));
    await fs.mkdir(path.dirname(filePath), { recursive: true });
    await writeFileAtomic(filePath, encrypted, { mode: 0o600 });
  };

  return {
    async load(origin) {
      await queue;
      let encrypted: Buffer;
      try {
        const stat = await fs.stat(filePath);
        if (!stat.isFile() || stat.size > MAX_FILE_BYTES) return null;
        encrypted = await fs.readFile(filePath);
      } catch {
        return null;
      }
      try {
        if (!(await canEncrypt())) return null;
        const { result, shouldReEncrypt } = await box.decryptStringAsync(encrypted);
        const saved = JSON.parse(result) as Partial<Saved>;
        if (typeof saved.origin !== 'string' || typeof saved.session !== 'string' || !saved.session) return null;
        if (saved.origin !== origin) return null;
        if (shouldReEncrypt) void enqueue(() => write({ origin, session: saved.session as string })).catch(() => undefined);
        return saved.session;
      } catch {
        // Another user's key, a changed key store or a damaged file: useless, and not worth keeping.
        await enqueue(remove).catch(() => undefined);
        return null;
      }
    },

    save(origin, session) {
      return enqueue(() => (session === null ? remove() : write({ origin, session })));
    },
  };
}
