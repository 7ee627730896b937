/**
 * A SHA-256 over a stream, built from WebCrypto's native digest: the stream is
 * cut into fixed blocks of 1 MiB, each block is hashed, and the result is the
 * hash of those hashes. Writer and reader cut at the same offsets whatever
 * pieces they are handed, so they agree. A pure-JavaScript SHA-256 that can be
 * fed piece by piece took six seconds per backup of 100,000 complaints; this
 * takes well under one.
 */
const BLOCK_BYTES = 1024 * 1024;

function hex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export function createBlockHash() {
  const digests: Uint8Array[] = [];
  let block = new Uint8Array(BLOCK_BYTES);
  let filled = 0;

  async function seal(bytes: Uint8Array) {
    digests.push(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>)));
  }

  return {
    async update(chunk: Uint8Array): Promise<void> {
      let at = 0;
      while (at < chunk.length) {
        const n = Math.min(BLOCK_BYTES - filled, chunk.length - at);
        block.set(chunk.subarray(at, at + n), filled);
        filled += n;
        at += n;
        if (filled === BLOCK_BYTES) {
          await seal(block);
          block = new Uint8Array(BLOCK_BYTES);
          filled = 0;
        }
      }
    },
    async digest(): Promise<string> {
      if (filled > 0) await seal(block.subarray(0, filled));
      const all = new Uint8Array(digests.length * 32);
      digests.forEach((d, i) => all.set(d, i * 32));
      return hex(new Uint8Array(await crypto.subtle.digest('SHA-256', all)));
    },
  };
}
