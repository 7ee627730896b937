/**
 * Blocks of reference numbers. With several workstations, K-YYYY-NNNN must stay
 * unique without asking the server for every complaint (a workstation may be
 * offline for a while). So each workstation leases a block of numbers from a
 * counter on the server and hands them out itself. A block is the half-open
 * range [from, to) of one year's sequence; the counter's `next` is the first
 * number nobody leased yet. Numbers of a block that is never used up stay
 * unused: a gap in the register is harmless, a duplicate is not.
 */

export interface ReferenceBlock {
  readonly year: number;
  readonly from: number;
  /** Exclusive. */
  readonly to: number;
}

/** A block a workstation holds, and the first of its numbers it has not handed out yet. */
export interface HeldBlock extends ReferenceBlock {
  readonly next: number;
}

export const DEFAULT_BLOCK_SIZE = 20;
export const MAX_BLOCK_SIZE = 1000;

/** The server's counter document for one year: each year restarts at 0001. */
export function referenceCounterDocId(year: number): string {
  return `counter:references:${year}`;
}

/** The numbers a block yields, in order. */
export function blockNumbers(block: ReferenceBlock): number[] {
  return Array.from({ length: Math.max(0, block.to - block.from) }, (_, index) => block.from + index);
}

/**
 * The block a lease takes when the counter stands at `counterNext` (null: no
 * counter yet), and where the counter stands after it. `atLeast` lets a register
 * that already numbered complaints on its own continue above its highest number.
 */
export function planLease(year: number, counterNext: number | null, size: number, atLeast = 1): { block: ReferenceBlock; counterNext: number } {
  if (!Number.isInteger(size) || size < 1 || size > MAX_BLOCK_SIZE) throw new RangeError(`Blokgrootte ${size} ligt niet tussen 1 en ${MAX_BLOCK_SIZE}`);
  if (counterNext !== null && (!Number.isInteger(counterNext) || counterNext < 1)) throw new RangeError(`De teller voor ${year} staat op een ongeldige waarde (${counterNext})`);
  const from = Math.max(counterNext ?? 1, atLeast, 1);
  return { block: { year, from, to: from + size }, counterNext: from + size };
}

export function holdBlock(block: ReferenceBlock): HeldBlock {
  return { ...block, next: block.from };
}

/** Numbers of `year` still to hand out across the held blocks. */
export function remainingNumbers(held: readonly HeldBlock[], year: number): number {
  return held.filter((block) => block.year === year).reduce((sum, block) => sum + Math.max(0, block.to - block.next), 0);
}

/**
 * Hands out the next number of `year`: from the lowest held block first, so the
 * references a workstation gives keep rising. Returns the blocks as they are
 * afterwards (used-up blocks dropped), or null when no number of that year is held.
 */
export function takeNextNumber(held: readonly HeldBlock[], year: number): { sequence: number; held: HeldBlock[] } | null {
  const candidates = held.filter((block) => block.year === year && block.next < block.to).sort((a, b) => a.from - b.from);
  const block = candidates[0];
  if (!block) return null;
  const after = { ...block, next: block.next + 1 };
  const rest = held.filter((other) => other !== block && other.next < other.to);
  return { sequence: block.next, held: after.next < after.to ? [...rest, after] : rest };
}

/**
 * Lease the next block before this one runs out: when a quarter of a block or
 * less is left, so a workstation that then loses the server still has numbers
 * for a while instead of falling back to provisional references at once.
 */
export function shouldLeaseAhead(held: readonly HeldBlock[], year: number, blockSize: number = DEFAULT_BLOCK_SIZE): boolean {
  return remainingNumbers(held, year) <= lowWaterMark(blockSize);
}

export function lowWaterMark(blockSize: number): number {
  return Math.max(1, Math.ceil(blockSize / 4));
}
