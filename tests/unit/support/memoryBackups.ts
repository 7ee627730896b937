import type { BackupFileInfo, BackupStore, OpenedBackupFile } from '../../../src-renderer/src/platform/platform';

/** A backup folder in memory: what a platform's store does, without a disk. */
export function memoryBackups() {
  const files = new Map<string, Uint8Array>();
  const source = (name: string, bytes: Uint8Array): OpenedBackupFile => ({
    name,
    size: bytes.length,
    read: async (offset, length) => bytes.slice(offset, offset + length),
    close: async () => undefined,
  });
  const store: BackupStore = {
    location: async () => ({ label: 'geheugen', canChoose: false, writable: true }),
    chooseLocation: async () => null,
    list: async () =>
      [...files].map(([name, bytes]): BackupFileInfo => ({ name, size: bytes.length, modifiedAt: '2026-12-07T09:30:00.000Z' })).sort((a, b) => b.name.localeCompare(a.name)),
    async create() {
      const chunks: Uint8Array[] = [];
      return {
        write: async (chunk) => void chunks.push(chunk.slice()),
        async commit(name) {
          if (files.has(name)) throw new Error(`Er bestaat al een back-up met de naam ${name}.`);
          const bytes = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
          let at = 0;
          for (const c of chunks) {
            bytes.set(c, at);
            at += c.length;
          }
          files.set(name, bytes);
          return { name, size: bytes.length, modifiedAt: '2026-12-07T09:30:00.000Z' };
        },
        abort: async () => undefined,
      };
    },
    open: async (name) => {
      const bytes = files.get(name);
      if (!bytes) throw new Error('Deze back-up bestaat niet meer.');
      return source(name, bytes);
    },
    remove: async (name) => void files.delete(name),
    pickFile: async () => null,
    download: null,
  };
  return { store, files, source };
}

/** An attachment store in memory, content-addressed like the real ones. */
export function memoryFiles() {
  const stored = new Map<string, Uint8Array>();
  return {
    stored,
    async put(bytes: Uint8Array) {
      const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
      const sha256 = Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
      stored.set(sha256, bytes.slice());
      return { sha256, size: bytes.length };
    },
    async get(sha256: string) {
      const bytes = stored.get(sha256);
      if (!bytes) throw new Error('Het bestand ontbreekt in de opslag.');
      return bytes;
    },
  };
}
