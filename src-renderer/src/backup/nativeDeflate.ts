/**
 * Deflate and inflate for the zip's entries through the browser's own zlib
 * (CompressionStream / DecompressionStream) instead of fflate's JavaScript.
 * At 100,000 complaints (625 MB of NDJSON) fflate's level 1 spent about a third
 * of a backup compressing and most of the check inflating; zlib at its default
 * level does the same in a quarter of the time, for a file a quarter smaller.
 * The zip stays an ordinary zip: entries are plain deflate, as before, and
 * backups written by fflate read the same.
 *
 * A zip entry needs the CRC-32 of its bytes, which CompressionStream does not
 * tell for raw deflate; its gzip format carries exactly that in its trailer,
 * around the same raw deflate data, so the entry is made as gzip and unwrapped.
 */

/** Bytes through a (de)compression stream, collected into one array. */
async function through(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const writer = stream.writable.getWriter();
  // Not awaited before reading: the stream would wait for a reader that never comes.
  const written = writer.write(bytes as Uint8Array<ArrayBuffer>).then(() => writer.close());
  const [out] = await Promise.all([new Response(stream.readable).arrayBuffer(), written]);
  return new Uint8Array(out);
}

export const nativeDeflateAvailable = typeof CompressionStream === 'function' && typeof DecompressionStream === 'function';

const GZIP_HEADER = 10;
const GZIP_TRAILER = 8;

/** Raw deflate of `bytes` with their CRC-32, as a zip entry holds them; null where the browser cannot (the caller uses fflate). */
export async function deflateForZip(bytes: Uint8Array): Promise<{ deflated: Uint8Array; crc: number } | null> {
  if (!nativeDeflateAvailable) return null;
  const gzip = await through(bytes, new CompressionStream('gzip'));
  // zlib writes the bare ten-byte header (no name, no extra field); anything else is left to fflate.
  if (gzip.length < GZIP_HEADER + GZIP_TRAILER || gzip[0] !== 0x1f || gzip[1] !== 0x8b || gzip[2] !== 8 || gzip[3] !== 0) return null;
  const trailer = new DataView(gzip.buffer, gzip.byteOffset + gzip.length - GZIP_TRAILER, GZIP_TRAILER);
  if (trailer.getUint32(4, true) !== (bytes.length >>> 0)) return null;
  return { deflated: gzip.subarray(GZIP_HEADER, gzip.length - GZIP_TRAILER), crc: trailer.getUint32(0, true) };
}

/** Raw inflate; rejects on data that is not whole, valid deflate (or has bytes after its end). */
export function inflateRaw(bytes: Uint8Array): Promise<Uint8Array> {
  return through(bytes, new DecompressionStream('deflate-raw'));
}
