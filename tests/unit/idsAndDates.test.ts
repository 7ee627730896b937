import { describe, expect, it } from 'vitest';
import { newId } from '../../src-renderer/src/domain/ids';
import { parseDateOnly, parseDateTime, toDutchDateInput, toDutchDateTimeInput } from '../../src-renderer/src/domain/dates';

describe('newId', () => {
  it('is a version 7 UUID whose order follows the time it was made', () => {
    const earlier = newId(Date.UTC(2026, 10, 21, 9, 0));
    const later = newId(Date.UTC(2026, 10, 21, 9, 1));
    expect(earlier).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(earlier < later).toBe(true);
  });

  it('keeps the order made within one millisecond', () => {
    const ids = Array.from({ length: 300 }, () => newId(1_700_000_000_000));
    expect([...ids].sort()).toEqual(ids);
  });

  it('never repeats', () => {
    const ids = new Set(Array.from({ length: 5000 }, () => newId(1_700_000_000_000)));
    expect(ids.size).toBe(5000);
  });
});

describe('Dutch dates as people type them', () => {
  it('reads 21-11-2026 9:30, 21/11/2026 09.30 and the ISO form alike', () => {
    const expected = new Date(2026, 10, 21, 9, 30).getTime();
    expect(parseDateTime('21-11-2026 9:30')?.getTime()).toBe(expected);
    expect(parseDateTime('21/11/2026 09.30')?.getTime()).toBe(expected);
    expect(parseDateTime('2026-11-21T09:30')?.getTime()).toBe(expected);
  });

  it('refuses days that do not exist', () => {
    expect(parseDateOnly('30-02-2026')).toBeNull();
    expect(parseDateTime('31-04-2026 10:00')).toBeNull();
    expect(parseDateTime('21-11-2026 24:10')).toBeNull();
    expect(parseDateOnly('29-02-2028')).not.toBeNull();
  });

  it('shows stored values the Dutch way for editing', () => {
    expect(toDutchDateInput('2026-03-05')).toBe('05-03-2026');
    expect(toDutchDateTimeInput(new Date(2026, 2, 5, 14, 7).toISOString())).toBe('05-03-2026 14:07');
  });
});
