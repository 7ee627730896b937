/**
 * The folder backups go to, and the only code that writes or reads there.
 *
 * A backup is written under a temporary name, synced to disk, and only then
 * renamed to its final name, so a crash, a kill or a full disk during a backup
 * leaves the earlier backups as they were and no half file under a name that
 * looks like a backup. The renderer names files only by their bare name
 * (checked against BACKUP_NAME_PATTERN) and reads other files only through a
 * token the main process handed out after the user picked them in a dialog.
 */
import { randomBytes } from 'node:crypto';
import { constants, promises as fs } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { BACKUP_NAME_PATTERN, type BackupFileInfo, type BackupLocation } from './api';
import { TEMP_PREFIX, isTempFileName, writeFileAtomic } from './atomicWrite';

interface Writing {
  handle: FileHandle;
  tempPath: string;
  bytes: number;
}

/** Larger than any office register; a runaway writer stops here instead of filling the disk. */
const MAX_BACKUP_BYTES = 64 * 1024 ** 3;
const MAX_READ_BYTES = 16 * 1024 * 1024;
/** A temporary file this old belongs to no running backup: it was left by a crash or a kill. */
const STALE_TEMP_MS = 24 * 60 * 60 * 1000;

export function describeFolderError(error: unknown, folder: string): Error {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOSPC') return new Error(`De back-upmap is vol (${folder}). Maak ruimte vrij of kies een andere map.`);
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    return new Error(`Klachtenbalie mag niet schrijven in de back-upmap (${folder}). Kies een andere map of vraag de beheerder om schrijfrechten.`);
  }
  if (code === 'ENOENT' || code === 'ENOTDIR') return new Error(`De back-upmap bestaat niet (meer): ${folder}. Is de USB-stick of netwerkschijf aangesloten?`);
  return new Error(`De back-up kon niet worden geschreven in ${folder}: ${error instanceof Error ? error.message : String(error)}`);
}

export class BackupFolder {
  private readonly writing = new Map<string, Writing>();
  private readonly readable = new Map<string, string>();

  private constructor(
    private readonly configPath: string,
    private current: string,
  ) {}

  /** The chosen folder from `configPath`, else `defaultFolder` (the user's Documents). */
  static async open(configPath: string, defaultFolder: string): Promise<BackupFolder> {
    let folder = defaultFolder;
    try {
      const saved = JSON.parse(await fs.readFile(configPath, 'utf8')) as { folder?: unknown };
      if (typeof saved.folder === 'string' && path.isAbsolute(saved.folder)) folder = saved.folder;
    } catch {
      // No choice saved yet: the default.
    }
    return new BackupFolder(configPath, folder);
  }

  async location(): Promise<BackupLocation> {
    return { label: this.current, canChoose: true, writable: await this.isWritable(this.current) };
  }

  /** Checked by writing a probe first: a folder the app cannot write in is refused with the reason. */
  async choose(folder: string): Promise<BackupLocation> {
    if (!path.isAbsolute(folder)) throw new Error('Kies een map met een volledig pad.');
    await fs.mkdir(folder, { recursive: true }).catch((error: unknown) => {
      throw describeFolderError(error, folder);
    });
    await writeFileAtomic(path.join(folder, `${TEMP_PREFIX}proef`), new Uint8Array([1])).catch((error: unknown) => {
      throw describeFolderError(error, folder);
    });
    await fs.rm(path.join(folder, `${TEMP_PREFIX}proef`), { force: true });
    this.current = folder;
    await writeFileAtomic(this.configPath, new TextEncoder().encode(JSON.stringify({ folder })));
    return this.location();
  }

  async list(): Promise<BackupFileInfo[]> {
    let names: string[];
    try {
      names = await fs.readdir(this.current);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw describeFolderError(error, this.current);
    }
    const infos: BackupFileInfo[] = [];
    for (const name of names.filter((n) => BACKUP_NAME_PATTERN.test(n))) {
      const stat = await fs.stat(path.join(this.current, name)).catch(() => null);
      if (stat?.isFile()) infos.push({ name, size: stat.size, modifiedAt: stat.mtime.toISOString() });
    }
    return infos.sort((a, b) => b.name.localeCompare(a.name));
  }

  async begin(): Promise<string> {
    await fs.mkdir(this.current, { recursive: true }).catch((error: unknown) => {
      throw describeFolderError(error, this.current);
    });
    await this.sweepStaleTemps();
    const token = randomBytes(16).toString('hex');
    const tempPath = path.join(this.current, `${TEMP_PREFIX}${token}`);
    try {
      const handle = await fs.open(tempPath, constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY, 0o600);
      this.writing.set(token, { handle, tempPath, bytes: 0 });
    } catch (error) {
      throw describeFolderError(error, this.current);
    }
    return token;
  }

  async write(token: string, bytes: Uint8Array): Promise<void> {
    const writing = this.writingOf(token);
    if (writing.bytes + bytes.byteLength > MAX_BACKUP_BYTES) {
      await this.abort(token);
      throw new Error('De back-up is groter dan 64 GB geworden en is afgebroken.');
    }
    try {
      await writing.handle.write(bytes);
      writing.bytes += bytes.byteLength;
    } catch (error) {
      await this.abort(token);
      throw describeFolderError(error, this.current);
    }
  }

  /** Synced, closed, and only then given its final name; an existing backup is never overwritten. */
  async commit(token: string, name: string): Promise<BackupFileInfo> {
    if (!BACKUP_NAME_PATTERN.test(name)) throw new Error('Ongeldige naam voor een back-up.');
    const writing = this.writingOf(token);
    const finalPath = path.join(this.current, name);
    try {
      await writing.handle.sync();
      await writing.handle.close();
      this.writing.delete(token);
      await placeWithoutReplacing(writing.tempPath, finalPath);
      await syncDirectory(this.current);
    } catch (error) {
      await writing.handle.close().catch(() => undefined);
      this.writing.delete(token);
      await fs.rm(writing.tempPath, { force: true }).catch(() => undefined);
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new Error(`Er bestaat al een back-up met de naam ${name}.`);
      throw describeFolderError(error, this.current);
    }
    const stat = await fs.stat(finalPath);
    return { name, size: stat.size, modifiedAt: stat.mtime.toISOString() };
  }

  async abort(token: string): Promise<void> {
    const writing = this.writing.get(token);
    if (!writing) return;
    this.writing.delete(token);
    await writing.handle.close().catch(() => undefined);
    await fs.rm(writing.tempPath, { force: true }).catch(() => undefined);
  }

  async remove(name: string): Promise<void> {
    if (!BACKUP_NAME_PATTERN.test(name)) throw new Error('Ongeldige naam voor een back-up.');
    await fs.rm(path.join(this.current, name), { force: true });
  }

  /** A backup in the folder, by name, for reading. */
  async openBackup(name: string): Promise<{ token: string; size: number }> {
    if (!BACKUP_NAME_PATTERN.test(name)) throw new Error('Ongeldige naam voor een back-up.');
    return this.openForReading(path.join(this.current, name));
  }

  /** Any file the user picked in the open dialog, for reading only. */
  async openForReading(filePath: string): Promise<{ token: string; size: number }> {
    const stat = await fs.stat(filePath).catch((error: unknown) => {
      throw describeFolderError(error, path.dirname(filePath));
    });
    if (!stat.isFile()) throw new Error('Dit is geen bestand.');
    const token = randomBytes(16).toString('hex');
    this.readable.set(token, filePath);
    return { token, size: stat.size };
  }

  async read(token: string, offset: number, length: number): Promise<Uint8Array> {
    const filePath = this.readable.get(token);
    if (!filePath) throw new Error('Deze back-up is niet (meer) geopend.');
    const size = Math.min(length, MAX_READ_BYTES);
    const handle = await fs.open(filePath, 'r');
    try {
      const buffer = new Uint8Array(size);
      const { bytesRead } = await handle.read(buffer, 0, size, offset);
      // IPC clones the whole underlying buffer: hand over exactly the bytes read.
      return bytesRead === size ? buffer : buffer.slice(0, bytesRead);
    } finally {
      await handle.close();
    }
  }

  close(token: string): void {
    this.readable.delete(token);
  }

  private writingOf(token: string): Writing {
    const writing = this.writing.get(token);
    if (!writing) throw new Error('Deze back-up wordt niet (meer) geschreven.');
    return writing;
  }

  /** Only our own temporary files, and only those no running backup can still own. */
  private async sweepStaleTemps(): Promise<void> {
    const names = await fs.readdir(this.current).catch(() => [] as string[]);
    const owned = new Set([...this.writing.values()].map((w) => path.basename(w.tempPath)));
    for (const name of names.filter((n) => isTempFileName(n) && !owned.has(n))) {
      const stat = await fs.stat(path.join(this.current, name)).catch(() => null);
      if (stat && Date.now() - stat.mtimeMs > STALE_TEMP_MS) await fs.rm(path.join(this.current, name), { force: true }).catch(() => undefined);
    }
  }

  private async isWritable(folder: string): Promise<boolean> {
    try {
      await fs.access(folder, constants.W_OK);
      return true;
    } catch (error) {
      // A folder not made yet is made at the first backup, if its parent lets us.
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return fs.access(path.dirname(folder), constants.W_OK).then(() => true, () => false);
      return false;
    }
  }
}

/**
 * link() fails when the name exists, where rename() would silently replace a
 * good backup. FAT-formatted USB sticks and some network shares have no hard
 * links: there the name is checked first and the file renamed.
 */
async function placeWithoutReplacing(from: string, to: string): Promise<void> {
  try {
    await fs.link(from, to);
    await fs.rm(from, { force: true });
    return;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw error;
  }
  const exists = await fs.access(to).then(() => true, () => false);
  if (exists) throw Object.assign(new Error('exists'), { code: 'EEXIST' });
  await fs.rename(from, to);
}

async function syncDirectory(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await fs.open(dir, 'r').catch(() => null);
  await handle?.sync().catch(() => undefined);
  await handle?.close().catch(() => undefined);
}
