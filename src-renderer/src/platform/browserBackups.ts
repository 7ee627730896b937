/**
 * Backups in the browser build live in the Origin Private File System beside
 * the attachments. That guards against a bad upgrade or a mistake, not against
 * losing the browser profile: the settings screen offers each one as a download.
 */
import { BACKUP_NAME_PATTERN } from '../../../src-main/api';
import type { BackupStore, ByteSource, OpenedBackupFile } from './platform';

const TEMP_PREFIX = '.kb-tmp-';

async function backupsFolder(): Promise<FileSystemDirectoryHandle> {
  const root = await navigator.storage.getDirectory();
  return root.getDirectoryHandle('backups', { create: true });
}

function checkName(name: string): void {
  if (!BACKUP_NAME_PATTERN.test(name)) throw new Error('Ongeldige naam voor een back-up.');
}

/** A File (from OPFS or a file field) read piece by piece. */
export function fileSource(file: File): OpenedBackupFile & ByteSource {
  return {
    name: file.name,
    size: file.size,
    read: async (offset, length) => new Uint8Array(await file.slice(offset, offset + length).arrayBuffer()),
    close: async () => undefined,
  };
}

type MovableHandle = FileSystemFileHandle & { move(name: string): Promise<void> };

export function createBrowserBackups(): BackupStore {
  return {
    async location() {
      return { label: 'In de opslag van deze browser', canChoose: false, writable: true };
    },
    async chooseLocation() {
      return null;
    },
    async list() {
      const folder = await backupsFolder();
      const infos = [];
      for await (const [name, handle] of (folder as unknown as { entries(): AsyncIterable<[string, FileSystemHandle]> }).entries()) {
        if (handle.kind !== 'file' || !BACKUP_NAME_PATTERN.test(name)) continue;
        const file = await (handle as FileSystemFileHandle).getFile();
        infos.push({ name, size: file.size, modifiedAt: new Date(file.lastModified).toISOString() });
      }
      return infos.sort((a, b) => b.name.localeCompare(a.name));
    },
    async create() {
      const folder = await backupsFolder();
      const tempName = `${TEMP_PREFIX}${crypto.randomUUID()}`;
      const temp = await folder.getFileHandle(tempName, { create: true });
      // A writable writes to a swap file and replaces the file only on close: a crash leaves nothing half.
      const writable = await temp.createWritable();
      let open = true;
      return {
        write: async (chunk) => writable.write(chunk as Uint8Array<ArrayBuffer>),
        async commit(name) {
          checkName(name);
          await writable.close();
          open = false;
          const exists = await folder.getFileHandle(name).then(() => true, () => false);
          if (exists) throw new Error(`Er bestaat al een back-up met de naam ${name}.`);
          await (temp as MovableHandle).move(name);
          const file = await (await folder.getFileHandle(name)).getFile();
          return { name, size: file.size, modifiedAt: new Date(file.lastModified).toISOString() };
        },
        async abort() {
          if (open) await writable.abort().catch(() => undefined);
          await folder.removeEntry(tempName).catch(() => undefined);
        },
      };
    },
    async open(name) {
      checkName(name);
      const folder = await backupsFolder();
      const handle = await folder.getFileHandle(name).catch(() => null);
      if (!handle) throw new Error('Deze back-up bestaat niet meer.');
      return fileSource(await handle.getFile());
    },
    async remove(name) {
      checkName(name);
      await (await backupsFolder()).removeEntry(name).catch(() => undefined);
    },
    async pickFile() {
      return null;
    },
    async download(name) {
      checkName(name);
      const file = await (await (await backupsFolder()).getFileHandle(name)).getFile();
      const url = URL.createObjectURL(file);
      try {
        const link = document.createElement('a');
        link.href = url;
        link.download = name;
        link.click();
      } finally {
        setTimeout(() => URL.revokeObjectURL(url), 60_000);
      }
    },
  };
}
