/**
 * Encryption of a backup with a passphrase: AES-256-GCM through WebCrypto,
 * the key derived with PBKDF2-SHA-256 at 600,000 iterations (OWASP's figure
 * for 2023 onwards), so guessing a passphrase costs a second per try.
 *
 * WebCrypto cannot encrypt a stream, so the zip is cut into frames of 1 MiB,
 * each sealed on its own. A frame's number and whether it is the last one are
 * authenticated with it (additional data), so frames cannot be reordered,
 * dropped or cut off without the reader noticing.
 */
import { BackupError } from './errors';

export const ENCRYPTED_MAGIC = 'KLACHTENBALIE-VERSLEUTELD-1\n';
export const PBKDF2_ITERATIONS = 600_000;
export const FRAME_BYTES = 1024 * 1024;
/** A frame on disk: its sealed length (4 bytes), whether it is the last (1), its IV (12); then the sealed bytes. */
export const FRAME_HEAD = 17;
/** AES-GCM's authentication tag, at the end of each frame's sealed bytes. */
export const TAG_BYTES = 16;
const CHECK_TEXT = 'klachtenbalie';

interface Header {
  kdf: 'PBKDF2-SHA-256';
  iterations: number;
  salt: string;
  checkIv: string;
  check: string;
}

const encoder = new TextEncoder();
const toBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
const fromBase64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
const buffer = (bytes: Uint8Array) => bytes as Uint8Array<ArrayBuffer>;

async function deriveKey(passphrase: string, salt: Uint8Array, iterations: number): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', encoder.encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: buffer(salt), iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

function frameData(index: number, final: boolean): Uint8Array {
  const data = new Uint8Array(9);
  new DataView(data.buffer).setBigUint64(0, BigInt(index));
  data[8] = final ? 1 : 0;
  return data;
}

function u32(value: number): Uint8Array {
  const bytes = new Uint8Array(4);
  new DataView(bytes.buffer).setUint32(0, value);
  return bytes;
}

export type Write = (chunk: Uint8Array) => Promise<void>;

/** Takes the plain zip bytes and writes them sealed, frame by frame. */
export async function createEncryptor(passphrase: string, write: Write, iterations = PBKDF2_ITERATIONS) {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const key = await deriveKey(passphrase, salt, iterations);
  const checkIv = crypto.getRandomValues(new Uint8Array(12));
  const check = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv: checkIv }, key, encoder.encode(CHECK_TEXT)));
  const header: Header = { kdf: 'PBKDF2-SHA-256', iterations, salt: toBase64(salt), checkIv: toBase64(checkIv), check: toBase64(check) };
  const headerBytes = encoder.encode(JSON.stringify(header));
  await write(encoder.encode(ENCRYPTED_MAGIC));
  await write(u32(headerBytes.length));
  await write(headerBytes);

  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  let index = 0;

  async function seal(plain: Uint8Array, final: boolean) {
    const iv = crypto.getRandomValues(new Uint8Array(12));
    const sealed = new Uint8Array(
      await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: buffer(frameData(index, final)) }, key, buffer(plain)),
    );
    index += 1;
    const frame = new Uint8Array(FRAME_HEAD + sealed.length);
    frame.set(u32(sealed.length), 0);
    frame[4] = final ? 1 : 0;
    frame.set(iv, 5);
    frame.set(sealed, FRAME_HEAD);
    await write(frame);
  }

  function take(size: number): Uint8Array {
    const out = new Uint8Array(size);
    let at = 0;
    while (at < size) {
      const first = pending[0]!;
      const n = Math.min(first.length, size - at);
      out.set(first.subarray(0, n), at);
      at += n;
      if (n === first.length) pending.shift();
      else pending[0] = first.subarray(n);
    }
    pendingBytes -= size;
    return out;
  }

  return {
    async push(chunk: Uint8Array) {
      pending.push(chunk);
      pendingBytes += chunk.length;
      while (pendingBytes > FRAME_BYTES) await seal(take(FRAME_BYTES), false);
    },
    async finish() {
      await seal(take(pendingBytes), true);
      pending = [];
    },
  };
}

export function isEncrypted(start: Uint8Array): boolean {
  const magic = encoder.encode(ENCRYPTED_MAGIC);
  return start.length >= magic.length && magic.every((b, i) => start[i] === b);
}

type SequentialRead = (length: number) => Promise<Uint8Array>;

/**
 * Reads a sealed backup's header from `read(length)` (sequential, from the
 * file's start) and returns the key. Refuses a wrong passphrase before anything else.
 */
export async function unlock(passphrase: string | undefined, read: SequentialRead): Promise<CryptoKey> {
  const magicLength = encoder.encode(ENCRYPTED_MAGIC).length;
  await read(magicLength);
  const headerLength = new DataView(buffer(await exactly(read, 4)).buffer).getUint32(0);
  if (headerLength > 10_000) throw new BackupError('corrupted');
  let header: Header;
  try {
    header = JSON.parse(new TextDecoder().decode(await exactly(read, headerLength))) as Header;
  } catch {
    throw new BackupError('corrupted');
  }
  if (header.kdf !== 'PBKDF2-SHA-256' || !Number.isInteger(header.iterations) || header.iterations < 100_000 || header.iterations > 10_000_000) {
    throw new BackupError('corrupted');
  }
  if (!passphrase) throw new BackupError('passphraseNeeded');
  const key = await deriveKey(passphrase, fromBase64(header.salt), header.iterations);
  try {
    await crypto.subtle.decrypt({ name: 'AES-GCM', iv: buffer(fromBase64(header.checkIv)) }, key, buffer(fromBase64(header.check)));
  } catch {
    throw new BackupError('wrongPassphrase');
  }
  return key;
}

/** Every frame but the last holds exactly this much of the zip (createEncryptor): frame n starts at a known place. */
export const FULL_FRAME_ON_DISK = FRAME_HEAD + FRAME_BYTES + TAG_BYTES;

export function frameLength(head: Uint8Array): { length: number; final: boolean } {
  return { length: new DataView(buffer(head).buffer, head.byteOffset).getUint32(0), final: head[4] === 1 };
}

/** The plain bytes of frame `index`; rejects with 'corrupted' when it was altered, moved or is not what `head` says. */
export async function openFrame(key: CryptoKey, index: number, head: Uint8Array, sealed: Uint8Array): Promise<Uint8Array> {
  try {
    return new Uint8Array(
      await crypto.subtle.decrypt({ name: 'AES-GCM', iv: buffer(head.slice(5, FRAME_HEAD)), additionalData: buffer(frameData(index, frameLength(head).final)) }, key, buffer(sealed)),
    );
  } catch {
    throw new BackupError('corrupted');
  }
}

/**
 * Reads the frames after the header from `read(length)` (sequential) and hands
 * the plain zip bytes to `push`. Refuses a file that was cut off, extended or
 * altered anywhere.
 */
export async function decryptFrames(key: CryptoKey, read: SequentialRead, push: (plain: Uint8Array) => Promise<void>): Promise<void> {
  for (let index = 0; ; index += 1) {
    const head = await read(FRAME_HEAD);
    if (head.length < FRAME_HEAD) throw new BackupError('truncated');
    const { length, final } = frameLength(head);
    if (length > FRAME_BYTES + TAG_BYTES) throw new BackupError('corrupted');
    const sealed = await read(length);
    if (sealed.length < length) throw new BackupError('truncated');
    await push(await openFrame(key, index, head, sealed));
    if (final) {
      if ((await read(1)).length > 0) throw new BackupError('corrupted');
      return;
    }
  }
}

async function exactly(read: SequentialRead, length: number): Promise<Uint8Array> {
  const bytes = await read(length);
  if (bytes.length < length) throw new BackupError('truncated');
  return bytes;
}
