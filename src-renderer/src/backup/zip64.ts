/**
 * The end of a backup's zip in Zip64 form, where it needs one. fflate writes
 * the directory with 32-bit offsets and a 16-bit entry count: a backup with
 * 65,535 entries (every attachment is one) or past 4 GB outgrows them, and
 * unzip tools then see fewer entries or none at the stated offsets. Only such
 * a backup gets the Zip64 records; a smaller one keeps fflate's end byte for
 * byte, so every unzip tool and every older Klachtenbalie still reads it.
 */
const MAX_16 = 0xffff;
export const MAX_32 = 0xffffffff;
export const END_RECORD_BYTES = 22;
export const END_SIGNATURE = 0x06054b50;
export const DIRECTORY_SIGNATURE = 0x02014b50;
export const DIRECTORY_RECORD_BYTES = 46;
export const ZIP64_END_SIGNATURE = 0x06064b50;
export const ZIP64_END_BYTES = 56;
export const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
export const ZIP64_LOCATOR_BYTES = 20;
/** The extra field that holds a directory record's 64-bit values. */
export const ZIP64_EXTRA_ID = 0x0001;
/** "Version needed to extract" for an archive with Zip64 records. */
const ZIP64_VERSION = 45;

function needsZip64(entries: number, directoryOffset: number, directorySize: number): boolean {
  return entries >= MAX_16 || directoryOffset >= MAX_32 || directorySize >= MAX_32;
}

/**
 * fflate's directory and end record (`tail`, written at `directoryOffset`), with
 * Zip64 records where the zip outgrew 32-bit offsets or 65,535 entries. fflate
 * kept each offset's low 32 bits; as every entry is smaller than 4 GB, the
 * offsets rise by less than that from one entry to the next, so each wrap of
 * the low bits is one more 4 GB.
 */
export function withZip64(tail: Uint8Array, directoryOffset: number): Uint8Array {
  const directorySize = tail.length - END_RECORD_BYTES;
  const view = new DataView(tail.buffer, tail.byteOffset, tail.byteLength);
  if (view.getUint32(directorySize, true) !== END_SIGNATURE || view.getUint32(directorySize + 16, true) !== directoryOffset % 2 ** 32) {
    throw new Error('De map van de back-up klopt niet met wat er geschreven is.');
  }
  const records: { start: number; end: number; nameEnd: number; offset: number }[] = [];
  let previousLow = 0;
  let wraps = 0;
  for (let at = 0; at < directorySize; ) {
    if (view.getUint32(at, true) !== DIRECTORY_SIGNATURE) throw new Error('De map van de back-up klopt niet met wat er geschreven is.');
    const nameEnd = at + DIRECTORY_RECORD_BYTES + view.getUint16(at + 28, true);
    const end = nameEnd + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    const low = view.getUint32(at + 42, true);
    if (low < previousLow) wraps += 1;
    previousLow = low;
    records.push({ start: at, end, nameEnd, offset: wraps * 2 ** 32 + low });
    at = end;
  }
  if (!needsZip64(records.length, directoryOffset, directorySize)) return tail;

  const rewritten = records.map(({ start, end, nameEnd, offset }) => {
    const record = tail.slice(start, end);
    if (offset < MAX_32) return record;
    // The 64-bit offset goes in an extra field after the name; the record's own field says to look there.
    const extra = new Uint8Array(12);
    const extraView = new DataView(extra.buffer);
    extraView.setUint16(0, ZIP64_EXTRA_ID, true);
    extraView.setUint16(2, 8, true);
    extraView.setBigUint64(4, BigInt(offset), true);
    const nameAndExtraEnd = nameEnd - start + view.getUint16(start + 30, true);
    const grown = new Uint8Array(record.length + extra.length);
    grown.set(record.subarray(0, nameAndExtraEnd));
    grown.set(extra, nameAndExtraEnd);
    grown.set(record.subarray(nameAndExtraEnd), nameAndExtraEnd + extra.length);
    const grownView = new DataView(grown.buffer);
    grownView.setUint16(6, ZIP64_VERSION, true);
    grownView.setUint16(30, grownView.getUint16(30, true) + extra.length, true);
    grownView.setUint32(42, MAX_32, true);
    return grown;
  });
  const newSize = rewritten.reduce((n, r) => n + r.length, 0);
  const out = new Uint8Array(newSize + ZIP64_END_BYTES + ZIP64_LOCATOR_BYTES + END_RECORD_BYTES);
  let at = 0;
  for (const record of rewritten) {
    out.set(record, at);
    at += record.length;
  }
  const outView = new DataView(out.buffer);
  const zip64End = directoryOffset + newSize;
  outView.setUint32(at, ZIP64_END_SIGNATURE, true);
  outView.setBigUint64(at + 4, BigInt(ZIP64_END_BYTES - 12), true);
  outView.setUint16(at + 12, ZIP64_VERSION, true);
  outView.setUint16(at + 14, ZIP64_VERSION, true);
  outView.setBigUint64(at + 24, BigInt(records.length), true);
  outView.setBigUint64(at + 32, BigInt(records.length), true);
  outView.setBigUint64(at + 40, BigInt(newSize), true);
  outView.setBigUint64(at + 48, BigInt(directoryOffset), true);
  at += ZIP64_END_BYTES;
  outView.setUint32(at, ZIP64_LOCATOR_SIGNATURE, true);
  outView.setBigUint64(at + 8, BigInt(zip64End), true);
  outView.setUint32(at + 16, 1, true);
  at += ZIP64_LOCATOR_BYTES;
  // The old fields hold what fits; one that does not is all ones, which sends a reader to the Zip64 record.
  outView.setUint32(at, END_SIGNATURE, true);
  outView.setUint16(at + 8, Math.min(records.length, MAX_16), true);
  outView.setUint16(at + 10, Math.min(records.length, MAX_16), true);
  outView.setUint32(at + 12, Math.min(newSize, MAX_32), true);
  outView.setUint32(at + 16, Math.min(directoryOffset, MAX_32), true);
  return out;
}
