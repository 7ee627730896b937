import { describe, expect, it } from 'vitest';
import { formatReference, parseReference, referenceCounterId } from '../../src-renderer/src/domain/reference';
import { diffRecords } from '../../src-renderer/src/domain/diff';

describe('references', () => {
  it('pads to four digits and grows beyond', () => {
    expect(formatReference(2026, 1)).toBe('K-2026-0001');
    expect(formatReference(2026, 9999)).toBe('K-2026-9999');
    expect(formatReference(2026, 10000)).toBe('K-2026-10000');
  });

  it('parses what it formats', () => {
    for (const [year, sequence] of [[2026, 1], [2027, 123], [2030, 12345]] as const) {
      expect(parseReference(formatReference(year, sequence))).toEqual({ year, sequence });
    }
    expect(parseReference(' k-2026-0007 ')).toEqual({ year: 2026, sequence: 7 });
    expect(parseReference('K-2026-7')).toBeNull();
    expect(parseReference('K-2026-0000')).toBeNull();
  });

  it('has a counter per year', () => {
    expect(referenceCounterId(2026)).not.toBe(referenceCounterId(2027));
  });
});

describe('diff', () => {
  it('lists changed fields with old and new values and ignores bookkeeping', () => {
    const before = { summary: 'a', employeesInvolved: ['Piet'], updatedAt: '1', searchTerms: ['a'], confidential: false };
    const after = { summary: 'b', employeesInvolved: ['Piet'], updatedAt: '2', searchTerms: ['b'], confidential: true };
    expect(diffRecords(before, after)).toEqual([
      { field: 'summary', old: 'a', new: 'b' },
      { field: 'confidential', old: false, new: true },
    ]);
  });

  it('sees a change inside a list and treats a missing field as null', () => {
    expect(diffRecords({ employeesInvolved: ['Piet'] }, { employeesInvolved: ['Piet', 'Anna'] })).toHaveLength(1);
    expect(diffRecords(null, { summary: 'x' })).toEqual([{ field: 'summary', old: null, new: 'x' }]);
    expect(diffRecords({ a: 1 }, { a: 1 })).toEqual([]);
  });
});
