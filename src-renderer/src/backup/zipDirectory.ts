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
import {
  DIRECTORY_RECORD_BYTES,
  DIRECTORY_SIGNATURE,
  END_RECORD_BYTES,
  END_SIGNATURE,
  MAX_32,
  ZIP64_END_BYTES,
  ZIP64_END_SIGNATURE,
  ZIP64_EXTRA_ID,
  ZIP64_LOCATOR_BYTES,
  ZIP64_LOCATOR_SIGNATURE,
} from './zip64';

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
  /** The directory, any Zip64 records, end record and comment, byte for byte: the reading from start to end must find the same there. */
  tail: Uint8Array;
  /** The comment: the checksum of every byte before it. */
  checksum: string;
  /** Of the whole zip: the directory's offset plus its tail. */
  size: number;
}

const CHECKSUM_PATTERN = new RegExp(`^${CHECKSUM_PREFIX}[0-9a-f]{64}$`);

interface DirectoryPlace {
  offset: number;
  size: number;
  /** From the Zip64 record; without one only the low 16 bits are known (see below). */
  entries: number | null;
}

export async function readZipDirectory(zip: ByteSource): Promise<ZipDirectory> {
  const endBytes = END_RECORD_BYTES + CHECKSUM_COMMENT_LENGTH;
  if (zip.size < endBytes) throw new BackupError('truncated');
  const end = await zip.read(zip.size - endBytes, endBytes);
  const checksum = new TextDecoder().decode(end.subarray(END_RECORD_BYTES));
  if (!CHECKSUM_PATTERN.test(checksum)) throw new BackupError(endsAsOtherZip(end) ? 'notABackup' : 'truncated');

  const view = new DataView(end.buffer, end.byteOffset, END_RECORD_BYTES);
  const endOffset = zip.size - endBytes;
  if (
    view.getUint32(0, true) !== END_SIGNATURE ||
    view.getUint32(4, true) !== 0 ||
    view.getUint16(8, true) !== view.getUint16(10, true) ||
    view.getUint16(20, true) !== CHECKSUM_COMMENT_LENGTH
  ) {
    throw new BackupError('corrupted');
  }
  const place = (await readZip64End(zip, endOffset)) ?? { offset: view.getUint32(16, true), size: view.getUint32(12, true), entries: null };
  const zip64Bytes = place.entries === null ? 0 : ZIP64_END_BYTES + ZIP64_LOCATOR_BYTES;
  if (place.offset + place.size + zip64Bytes !== endOffset) throw new BackupError('corrupted');
  const beforeEnd = await zip.read(place.offset, endOffset - place.offset);
  const entries = parseDirectory(beforeEnd.subarray(0, place.size), place.offset);
  // Without Zip64 the record counts in 16 bits: an older backup with more entries than that is still read, by the directory's size.
  if (place.entries === null ? entries.length % 0x10000 !== view.getUint16(10, true) : entries.length !== place.entries) throw new BackupError('corrupted');
  return { entries, directoryOffset: place.offset, tail: concatBytes([beforeEnd, end]), checksum, size: zip.size };
}

/** The Zip64 end record, found through the locator just before the end record; null for a zip without one. */
async function readZip64End(zip: ByteSource, endOffset: number): Promise<DirectoryPlace | null> {
  const recordOffset = endOffset - ZIP64_LOCATOR_BYTES - ZIP64_END_BYTES;
  if (recordOffset < 0) return null;
  const bytes = await zip.read(recordOffset, ZIP64_END_BYTES + ZIP64_LOCATOR_BYTES);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(ZIP64_END_BYTES, true) !== ZIP64_LOCATOR_SIGNATURE) return null;
  const entries = safeNumber(view, 24);
  if (
    view.getUint32(ZIP64_END_BYTES + 4, true) !== 0 ||
    safeNumber(view, ZIP64_END_BYTES + 8) !== recordOffset ||
    view.getUint32(ZIP64_END_BYTES + 16, true) !== 1 ||
    view.getUint32(0, true) !== ZIP64_END_SIGNATURE ||
    safeNumber(view, 4) !== ZIP64_END_BYTES - 12 ||
    view.getUint32(16, true) !== 0 ||
    view.getUint32(20, true) !== 0 ||
    safeNumber(view, 32) !== entries
  ) {
    throw new BackupError('corrupted');
  }
  return { offset: safeNumber(view, 48), size: safeNumber(view, 40), entries };
}

function safeNumber(view: DataView, at: number): number {
  const value = view.getBigUint64(at, true);
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new BackupError('corrupted');
  return Number(value);
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
    const extraEnd = nameEnd + view.getUint16(at + 30, true);
    const next = extraEnd + view.getUint16(at + 32, true);
    // Bit 0: encrypted by zip itself, which no backup is.
    if (next > bytes.length || flags & 1 || (method !== 0 && method !== 8)) throw new BackupError('corrupted');
    let name: string;
    try {
      name = names.decode(bytes.subarray(at + DIRECTORY_RECORD_BYTES, nameEnd));
    } catch {
      throw new BackupError('corrupted');
    }
    const wide = zip64Values(view, nameEnd, extraEnd, [view.getUint32(at + 24, true), view.getUint32(at + 20, true), view.getUint32(at + 42, true)]);
    entries.push({ name, offset: wide[2]!, storedSize: wide[1]!, deflated: method === 8 });
    at = next;
  }
  entries.sort((a, b) => a.offset - b.offset);
  if (entries[0]?.offset !== 0 || entries.some((entry) => entry.offset + entry.storedSize > directoryOffset)) throw new BackupError('corrupted');
  return entries;
}

/**
 * A directory record's size, stored size and offset: a field that is all ones
 * holds its value in the Zip64 extra field instead, in that order, only the
 * ones that did not fit.
 */
function zip64Values(view: DataView, extraStart: number, extraEnd: number, fields: number[]): number[] {
  if (!fields.includes(MAX_32)) return fields;
  for (let at = extraStart; at + 4 <= extraEnd; at += 4 + view.getUint16(at + 2, true)) {
    if (view.getUint16(at, true) !== ZIP64_EXTRA_ID) continue;
    let value = at + 4;
    const dataEnd = value + view.getUint16(at + 2, true);
    return fields.map((field) => {
      if (field !== MAX_32) return field;
      if (value + 8 > dataEnd || dataEnd > extraEnd) throw new BackupError('corrupted');
      const wide = safeNumber(view, value);
      value += 8;
      return wide;
    });
  }
  throw new BackupError('corrupted');
}

/** Some other zip, whole (its end record closes the file, without our checksum): not a backup rather than a cut-off one. */
function endsAsOtherZip(end: Uint8Array): boolean {
  const last = new DataView(end.buffer, end.byteOffset + end.length - END_RECORD_BYTES, END_RECORD_BYTES);
  return last.getUint32(0, true) === END_SIGNATURE && last.getUint16(20, true) === 0;
}
