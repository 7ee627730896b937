/**
 * Where each entry of a backup's zip lies, from the zip's own directory at its
 * end: the offsets and stored sizes the writer recorded. Finding the entries
 * by scanning their bytes for zip signatures instead (fflate's streaming Unzip,
 * fflate issues #208 and #243) refused good backups whose photos or PDFs
 * happened to contain one.
 */
import type { ByteSource } from '../platform/platform';
import { concatBytes } from './bytes';
import { BackupError } from './errors';
import { CHECKSUM_COMMENT_LENGTH, CHECKSUM_PREFIX } from './writer';

export interface ZipEntry {
  name: string;
  /** Of its local header. */
  offset: number;
  /** As stored: deflated where `deflated`. */
  storedSize: number;
  deflated: boolean;
}

export interface ZipDirectory {
  /** In the order they lie in the file. */
  entries: ZipEntry[];
  directoryOffset: number;
  /** The directory, end record and comment, byte for byte: the reading from start to end must find the same there. */
  tail: Uint8Array;
  /** The comment: the checksum of every byte before it. */
  checksum: string;
  /** Of the whole zip: the directory's offset plus its tail. */
  size: number;
}

const END_RECORD_BYTES = 22;
const END_SIGNATURE = 0x06054b50;
const DIRECTORY_SIGNATURE = 0x02014b50;
const DIRECTORY_RECORD_BYTES = 46;
const CHECKSUM_PATTERN = new RegExp(`^${CHECKSUM_PREFIX}[0-9a-f]{64}$`);

export async function readZipDirectory(zip: ByteSource): Promise<ZipDirectory> {
  const endBytes = END_RECORD_BYTES + CHECKSUM_COMMENT_LENGTH;
  if (zip.size < endBytes) throw new BackupError('truncated');
  const end = await zip.read(zip.size - endBytes, endBytes);
  const checksum = new TextDecoder().decode(end.subarray(END_RECORD_BYTES));
  if (!CHECKSUM_PATTERN.test(checksum)) throw new BackupError(endsAsOtherZip(end) ? 'notABackup' : 'truncated');

  const view = new DataView(end.buffer, end.byteOffset, END_RECORD_BYTES);
  const directoryOffset = view.getUint32(16, true);
  const directorySize = view.getUint32(12, true);
  const endOffset = zip.size - endBytes;
  if (
    view.getUint32(0, true) !== END_SIGNATURE ||
    view.getUint32(4, true) !== 0 ||
    view.getUint16(8, true) !== view.getUint16(10, true) ||
    view.getUint16(20, true) !== CHECKSUM_COMMENT_LENGTH ||
    directoryOffset + directorySize !== endOffset
  ) {
    throw new BackupError('corrupted');
  }
  const directory = await zip.read(directoryOffset, directorySize);
  const entries = parseDirectory(directory, directoryOffset);
  // The record counts in 16 bits: a backup with more entries than that is still read, by the directory's size.
  if (entries.length % 0x10000 !== view.getUint16(10, true)) throw new BackupError('corrupted');
  return { entries, directoryOffset, tail: concatBytes([directory, end]), checksum, size: zip.size };
}

function parseDirectory(bytes: Uint8Array, directoryOffset: number): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const names = new TextDecoder('utf-8', { fatal: true });
  const entries: ZipEntry[] = [];
  for (let at = 0; at < bytes.length; ) {
    if (at + DIRECTORY_RECORD_BYTES > bytes.length || view.getUint32(at, true) !== DIRECTORY_SIGNATURE) throw new BackupError('corrupted');
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const nameEnd = at + DIRECTORY_RECORD_BYTES + view.getUint16(at + 28, true);
    const next = nameEnd + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    // Bit 0: encrypted by zip itself, which no backup is.
    if (next > bytes.length || flags & 1 || (method !== 0 && method !== 8)) throw new BackupError('corrupted');
    let name: string;
    try {
      name = names.decode(bytes.subarray(at + DIRECTORY_RECORD_BYTES, nameEnd));
    } catch {
      throw new BackupError('corrupted');
    }
    entries.push({ name, offset: view.getUint32(at + 42, true), storedSize: view.getUint32(at + 20, true), deflated: method === 8 });
    at = next;
  }
  entries.sort((a, b) => a.offset - b.offset);
  if (entries[0]?.offset !== 0 || entries.some((entry) => entry.offset + entry.storedSize > directoryOffset)) throw new BackupError('corrupted');
  return entries;
}

/** Some other zip, whole (its end record closes the file, without our checksum): not a backup rather than a cut-off one. */
function endsAsOtherZip(end: Uint8Array): boolean {
  const last = new DataView(end.buffer, end.byteOffset + end.length - END_RECORD_BYTES, END_RECORD_BYTES);
  return last.getUint32(0, true) === END_SIGNATURE && last.getUint16(20, true) === 0;
}
