/**
 * The zip inside a sealed backup, readable at any offset, so its directory at
 * the end can be read before the entries are. Every frame but the last holds
 * exactly FRAME_BYTES of the zip (createEncryptor), so frame n starts at a
 * known place and only the frames asked for are decrypted.
 */
import type { ByteSource } from '../platform/platform';
import { FRAME_BYTES, FRAME_HEAD, FULL_FRAME_ON_DISK, TAG_BYTES, frameLength, openFrame } from './crypto';
import { concatBytes } from './bytes';
import { BackupError } from './errors';

/** null where the frames do not line up (a file cut off or extended): the frame-by-frame reading then says which. */
export async function sealedZip(key: CryptoKey, source: ByteSource, framesStart: number): Promise<ByteSource | null> {
  const onDisk = source.size - framesStart;
  if (onDisk < FRAME_HEAD + TAG_BYTES) return null;
  const frames = Math.ceil(onDisk / FULL_FRAME_ON_DISK);
  const lastStart = framesStart + (frames - 1) * FULL_FRAME_ON_DISK;
  const lastHead = await source.read(lastStart, FRAME_HEAD);
  if (lastHead.length < FRAME_HEAD) return null;
  const last = frameLength(lastHead);
  if (!last.final || last.length < TAG_BYTES || lastStart + FRAME_HEAD + last.length !== source.size) return null;

  // The directory spans a frame or two: the last frame opened is kept, as consecutive reads mostly fall into it.
  let opened: { index: number; plain: Uint8Array } | null = null;
  async function frame(index: number): Promise<Uint8Array> {
    if (opened?.index === index) return opened.plain;
    const at = framesStart + index * FULL_FRAME_ON_DISK;
    const bytes = await source.read(at, Math.min(FULL_FRAME_ON_DISK, source.size - at));
    const head = bytes.subarray(0, FRAME_HEAD);
    if (frameLength(head).length !== bytes.length - FRAME_HEAD) throw new BackupError('corrupted');
    opened = { index, plain: await openFrame(key, index, head, bytes.subarray(FRAME_HEAD)) };
    return opened.plain;
  }

  const size = (frames - 1) * FRAME_BYTES + last.length - TAG_BYTES;
  return {
    size,
    async read(offset, length) {
      const end = Math.min(size, offset + length);
      const pieces: Uint8Array[] = [];
      for (let at = offset; at < end; at = (Math.floor(at / FRAME_BYTES) + 1) * FRAME_BYTES) {
        const index = Math.floor(at / FRAME_BYTES);
        const plain = await frame(index);
        pieces.push(plain.subarray(at - index * FRAME_BYTES, Math.min(end - index * FRAME_BYTES, plain.length)));
      }
      return pieces.length === 0 ? new Uint8Array(0) : concatBytes(pieces);
    },
  };
}
