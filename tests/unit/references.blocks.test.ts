import { describe, expect, it } from 'vitest';
import {
  blockNumbers,
  holdBlock,
  lowWaterMark,
  planLease,
  referenceCounterDocId,
  remainingNumbers,
  shouldLeaseAhead,
  takeNextNumber,
  type HeldBlock,
} from '../../src-renderer/src/domain/references/blocks';
import {
  formatProvisionalReference,
  isProvisionalReference,
  parseProvisionalReference,
  workstationTag,
} from '../../src-renderer/src/domain/references/provisional';
import { parseReference } from '../../src-renderer/src/domain/reference';

describe('reference blocks', () => {
  it('a block [from, to) yields from up to but not including to', () => {
    expect(blockNumbers({ year: 2026, from: 21, to: 26 })).toEqual([21, 22, 23, 24, 25]);
    expect(blockNumbers({ year: 2026, from: 5, to: 5 })).toEqual([]);
  });

  it('a lease starts where the counter stands, at 1 without a counter, and moves the counter on by the block size', () => {
    expect(planLease(2026, null, 20)).toEqual({ block: { year: 2026, from: 1, to: 21 }, counterNext: 21 });
    expect(planLease(2026, 21, 20)).toEqual({ block: { year: 2026, from: 21, to: 41 }, counterNext: 41 });
  });

  it('continues above numbers a workstation gave before the register was shared', () => {
    expect(planLease(2026, null, 10, 151)).toEqual({ block: { year: 2026, from: 151, to: 161 }, counterNext: 161 });
    expect(planLease(2026, 300, 10, 151).block.from).toBe(300);
  });

  it('refuses a block size or counter that cannot be right', () => {
    expect(() => planLease(2026, null, 0)).toThrow(RangeError);
    expect(() => planLease(2026, null, 2.5)).toThrow(RangeError);
    expect(() => planLease(2026, null, 100_000)).toThrow(RangeError);
    expect(() => planLease(2026, -3, 10)).toThrow(/ongeldige waarde/);
  });

  it('has one counter document per year', () => {
    expect(referenceCounterDocId(2026)).toBe('counter:references:2026');
    expect(referenceCounterDocId(2027)).not.toBe(referenceCounterDocId(2026));
  });

  it('hands out every number of the held blocks once, lowest block first, then nothing', () => {
    let held: HeldBlock[] = [holdBlock({ year: 2026, from: 41, to: 43 }), holdBlock({ year: 2026, from: 1, to: 3 })];
    const given: number[] = [];
    for (;;) {
      const taken = takeNextNumber(held, 2026);
      if (!taken) break;
      given.push(taken.sequence);
      held = taken.held;
    }
    expect(given).toEqual([1, 2, 41, 42]);
    expect(held).toEqual([]);
  });

  it('never gives a number of another year', () => {
    const held = [holdBlock({ year: 2025, from: 80, to: 100 })];
    expect(takeNextNumber(held, 2026)).toBeNull();
    expect(remainingNumbers(held, 2026)).toBe(0);
    expect(shouldLeaseAhead(held, 2026, 20)).toBe(true);
  });

  it('asks for the next block early, when a quarter of a block or less is left', () => {
    expect(lowWaterMark(20)).toBe(5);
    expect(lowWaterMark(1)).toBe(1);
    const block = holdBlock({ year: 2026, from: 1, to: 21 });
    expect(shouldLeaseAhead([{ ...block, next: 15 }], 2026, 20)).toBe(false);
    expect(shouldLeaseAhead([{ ...block, next: 16 }], 2026, 20)).toBe(true);
    expect(shouldLeaseAhead([{ ...block, next: 16 }, holdBlock({ year: 2026, from: 21, to: 41 })], 2026, 20)).toBe(false);
  });
});

describe('provisional references', () => {
  const workstationId = '0193f4a2-7c1e-7b2a-9d4e-5f6a7b8c3f9a';

  it('are marked V and carry the last four characters of the workstation id', () => {
    expect(formatProvisionalReference(2026, workstationId, 1)).toBe('K-2026-V-3F9A-0001');
    expect(workstationTag(workstationId)).toBe('3F9A');
  });

  it('tell apart workstations set up at the same moment (UUID v7 share their time prefix)', () => {
    expect(workstationTag('0193f4a2-7c1e-7b2a-9d4e-5f6a7b8c0001')).not.toBe(workstationTag('0193f4a2-7c1e-7b2a-9d4e-5f6a7b8c0002'));
  });

  it('are never taken for a real reference, and are recognised as provisional', () => {
    const provisional = formatProvisionalReference(2026, workstationId, 12);
    expect(parseReference(provisional)).toBeNull();
    expect(isProvisionalReference(provisional)).toBe(true);
    expect(isProvisionalReference('K-2026-0012')).toBe(false);
    expect(parseProvisionalReference(` ${provisional.toLowerCase()} `)).toEqual({ year: 2026, workstationTag: '3F9A', number: 12 });
  });

  it('refuse a number below 1 or a workstation id too short to tag', () => {
    expect(() => formatProvisionalReference(2026, workstationId, 0)).toThrow(RangeError);
    expect(() => workstationTag('a-b')).toThrow(RangeError);
  });
});
