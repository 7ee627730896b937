let lastMs = -1;
let lastSequence = 0;

/**
 * UUIDs rather than auto-increment numbers, so records made on different
 * workstations never collide when synced. Version 7 (time-ordered) so that
 * records with the same indexed value (two complaints received in the same
 * minute, events written in the same millisecond) still list in the order they
 * were made: IndexedDB breaks index ties by primary key.
 */
export function newId(now: number = Date.now()): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  // Within one millisecond a 12-bit counter (rand_a, started at a random point in its lower half) keeps
  // the order in which ids were made: an e-mail's events come before those of its attachments.
  const sequence = now === lastMs && lastSequence < 0xfff ? lastSequence + 1 : (((bytes[6] ?? 0) << 8) | (bytes[7] ?? 0)) & 0x7ff;
  lastMs = now;
  lastSequence = sequence;
  let time = now;
  for (let i = 5; i >= 0; i -= 1) {
    bytes[i] = time % 256;
    time = Math.floor(time / 256);
  }
  bytes[6] = 0x70 | (sequence >> 8);
  bytes[7] = sequence & 0xff;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
