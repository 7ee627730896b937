/**
 * Cuts a zip read from start to end into its entries, at the offsets and
 * sizes its directory states (zipDirectory.ts), never by what the bytes look
 * like. Each local header is checked against the directory, and the directory
 * met at the end must be the one the cuts were made by.
 */
import { concatBytes } from './bytes';
import { BackupError } from './errors';
import type { ZipDirectory, ZipEntry } from './zipDirectory';

export interface StoredEntry extends Pick<ZipEntry, 'name' | 'deflated'> {
  /** As stored: still deflated where `deflated`. */
  bytes: Uint8Array;
}

const LOCAL_SIGNATURE = 0x04034b50;
const LOCAL_HEADER_BYTES = 30;
/** A data descriptor, with its optional signature and 64-bit sizes at most. */
const MOST_BETWEEN_ENTRIES = 24;

interface Stretch {
  end: number;
  /** Its bytes are kept; a data descriptor's are not needed. */
  keep: boolean;
  then: (bytes: Uint8Array) => Stretch | null;
}

export function createEntrySplitter(directory: ZipDirectory, onEntry: (entry: StoredEntry) => Promise<void>) {
  const { entries } = directory;
  let at = 0;
  let kept: Uint8Array[] = [];
  const found: StoredEntry[] = [];

  const localHeader = (index: number): Stretch => ({ end: at + LOCAL_HEADER_BYTES, keep: true, then: (header) => nameAndExtra(entries[index]!, index, header) });

  function nameAndExtra(entry: ZipEntry, index: number, header: Uint8Array): Stretch {
    const view = new DataView(header.buffer, header.byteOffset, LOCAL_HEADER_BYTES);
    if (view.getUint32(0, true) !== LOCAL_SIGNATURE || (view.getUint16(8, true) === 8) !== entry.deflated) throw new BackupError('corrupted');
    const nameLength = view.getUint16(26, true);
    return {
      end: at + nameLength + view.getUint16(28, true),
      keep: true,
      then: (nameBytes) => {
        if (new TextDecoder().decode(nameBytes.subarray(0, nameLength)) !== entry.name) throw new BackupError('corrupted');
        return data(entry, index);
      },
    };
  }

  function data(entry: ZipEntry, index: number): Stretch {
    return {
      end: at + entry.storedSize,
      keep: true,
      then: (bytes) => {
        found.push({ name: entry.name, bytes, deflated: entry.deflated });
        const next = entries[index + 1]?.offset ?? directory.directoryOffset;
        if (next < at || next - at > MOST_BETWEEN_ENTRIES) throw new BackupError('corrupted');
        return { end: next, keep: false, then: () => (index + 1 < entries.length ? localHeader(index + 1) : theDirectory()) };
      },
    };
  }

  const theDirectory = (): Stretch => ({
    end: directory.size,
    keep: true,
    then: (bytes) => {
      if (bytes.length !== directory.tail.length || bytes.some((b, i) => b !== directory.tail[i])) throw new BackupError('corrupted');
      return null;
    },
  });

  let current: Stretch | null = localHeader(0);

  function close(): void {
    while (current && at === current.end) {
      const bytes = concatBytes(kept);
      kept = [];
      current = current.then(bytes);
    }
  }

  return {
    /** The next bytes of the zip, in order; entries complete in them are handed on before this resolves. */
    async push(chunk: Uint8Array): Promise<void> {
      for (let from = 0; from < chunk.length; ) {
        close();
        if (!current) throw new BackupError('corrupted');
        const n = Math.min(current.end - at, chunk.length - from);
        if (current.keep) kept.push(chunk.subarray(from, from + n));
        from += n;
        at += n;
        close();
        while (found.length > 0) await onEntry(found.shift()!);
      }
    },

    end(): void {
      close();
      if (current) throw new BackupError('truncated');
    },
  };
}
