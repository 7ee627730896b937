/**
 * Attachment bytes live as files named by their SHA-256, not as IndexedDB
 * blobs: IndexedDB keeps only metadata and the hash. The same bytes are stored
 * once, and every read is checked against its name so damage is reported
 * instead of silently handed to the user.
 */
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { MAX_ATTACHMENT_BYTES, SHA256_PATTERN, type StoredAttachment } from './api';
import { defaultIo, isTempFileName, writeFileAtomic, type AtomicWriteIo } from './atomicWrite';

const MB = 1024 * 1024;

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export class AttachmentStore {
  /** Puts and sweeps run one at a time (see exclusive). */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    readonly root: string,
    private readonly io: AtomicWriteIo = defaultIo,
  ) {}

  /** Opens the store after sweeping temp files that an interrupted write left behind. */
  static async open(root: string, io?: AtomicWriteIo): Promise<AttachmentStore> {
    const store = new AttachmentStore(root, io);
    await fs.mkdir(root, { recursive: true });
    await store.removeTempFiles();
    return store;
  }

  pathFor(sha256: string): string {
    assertSha256(sha256);
    return path.join(this.root, sha256.slice(0, 2), sha256);
  }

  /** Runs `task` after every earlier exclusive task, so a sweep never deletes what a put just found intact. */
  exclusive<T>(task: () => Promise<T>): Promise<T> {
    const result = this.queue.then(task, task);
    this.queue = result.catch(() => undefined);
    return result;
  }

  put(bytes: Uint8Array): Promise<StoredAttachment> {
    return this.exclusive(() => this.putNow(bytes));
  }

  private async putNow(bytes: Uint8Array): Promise<StoredAttachment> {
    if (bytes.byteLength > MAX_ATTACHMENT_BYTES) {
      throw new Error(
        `Bijlage is te groot (${(bytes.byteLength / MB).toFixed(1)} MB); het maximum is ${MAX_ATTACHMENT_BYTES / MB} MB.`,
      );
    }
    const sha256 = sha256Hex(bytes);
    const finalPath = this.pathFor(sha256);
    // A damaged copy under the same name is repaired by writing the good bytes again.
    if (!(await holdsIntactCopy(finalPath, sha256, bytes.byteLength))) {
      await fs.mkdir(path.dirname(finalPath), { recursive: true });
      // 0o600: complaint files are personal data; other users of the machine need not read them.
      await writeFileAtomic(finalPath, bytes, { mode: 0o600, io: this.io });
    }
    return { sha256, size: bytes.byteLength };
  }

  async get(sha256: string): Promise<Uint8Array> {
    const filePath = this.pathFor(sha256);
    let bytes: Buffer;
    try {
      bytes = await fs.readFile(filePath);
    } catch (error) {
      if (isNotFound(error)) {
        throw new Error(`Bijlage ontbreekt: ${sha256.slice(0, 12)}… staat niet (meer) in de bijlagenmap.`);
      }
      throw error;
    }
    if (sha256Hex(bytes) !== sha256) {
      throw new Error(
        `Bijlage is beschadigd: de inhoud van ${sha256.slice(0, 12)}… komt niet meer overeen met de controlecode. Zet het bestand terug uit een back-up.`,
      );
    }
    // IPC clones the whole underlying buffer, so hand over one that holds these bytes only.
    return bytes.byteOffset === 0 && bytes.buffer.byteLength === bytes.byteLength
      ? new Uint8Array(bytes.buffer)
      : new Uint8Array(bytes);
  }

  /** Deletes these files now, after any put in progress; returns how many were there. */
  delete(sha256s: readonly string[]): Promise<number> {
    return this.exclusive(async () => {
      let removed = 0;
      for (const sha256 of sha256s) {
        const filePath = this.pathFor(sha256);
        if (await fs.stat(filePath).then(() => true, () => false)) removed += 1;
        await fs.rm(filePath, { force: true });
      }
      return removed;
    });
  }

  /** Returns how many leftovers were removed. Runs before any write of this process. */
  async removeTempFiles(): Promise<number> {
    let removed = 0;
    for (const bucket of await readDirOrEmpty(this.root)) {
      if (!bucket.isDirectory() || !/^[0-9a-f]{2}$/.test(bucket.name)) continue;
      const bucketPath = path.join(this.root, bucket.name);
      for (const entry of await readDirOrEmpty(bucketPath)) {
        if (!isTempFileName(entry.name)) continue;
        await fs.rm(path.join(bucketPath, entry.name), { force: true });
        removed += 1;
      }
    }
    return removed;
  }
}

/** True when the file exists and holds exactly these bytes; the size is compared first so a mismatch is not read. */
export async function holdsIntactCopy(filePath: string, sha256: string, size: number): Promise<boolean> {
  try {
    const stat = await fs.stat(filePath);
    return stat.size === size && sha256Hex(await fs.readFile(filePath)) === sha256;
  } catch (error) {
    if (isNotFound(error)) return false;
    throw error;
  }
}

function assertSha256(sha256: string): void {
  if (!SHA256_PATTERN.test(sha256)) throw new Error('Ongeldige bijlagecode: verwacht 64 kleine hexadecimale tekens (SHA-256).');
}

function isNotFound(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | null)?.code === 'ENOENT';
}

async function readDirOrEmpty(dir: string) {
  try {
    return await fs.readdir(dir, { withFileTypes: true });
  } catch (error) {
    if (isNotFound(error)) return [];
    throw error;
  }
}
