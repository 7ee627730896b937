import { createHash } from 'node:crypto';
import type { LocalFiles } from '../../../src-renderer/src/sync/files';

export const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** A workstation's file store in memory: `held` is what is on its disk. */
export function memoryFiles(): LocalFiles & { held: Map<string, Uint8Array> } {
  const held = new Map<string, Uint8Array>();
  return {
    held,
    read: async (sha256) => {
      const bytes = held.get(sha256);
      if (!bytes) throw new Error('Bestand ontbreekt op deze computer');
      return bytes;
    },
    store: async (bytes) => {
      held.set(sha(bytes), bytes);
      return sha(bytes);
    },
    remove: async (sha256s) => sha256s.filter((sha256) => held.delete(sha256)).length,
  };
}
