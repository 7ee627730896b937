import { describe, expect, it } from 'vitest';
import { mergeEventLogs, mergeRecords } from '../../src-renderer/src/domain/sharing/merge';

const base = { id: 'k-1', summary: 'Verwarming kapot', category: '', ownerId: null as string | null, workflow: { judgement: null as unknown, contacts: [] as string[] }, updatedAt: '2026-03-10T09:00:00.000Z' };

describe('merging two versions of one record', () => {
  it('takes what only one side changed, from both sides, down into nested fields', () => {
    const kept = { ...base, category: 'Onderhoud', workflow: { ...base.workflow, judgement: { verdict: 'founded' } }, updatedAt: '2026-03-10T10:00:00.000Z' };
    const other = { ...base, ownerId: 'st-2', workflow: { ...base.workflow, contacts: ['gebeld'] }, updatedAt: '2026-03-10T11:00:00.000Z' };
    const { value, conflicts } = mergeRecords(base, kept, other);
    expect(value).toEqual({ ...base, category: 'Onderhoud', ownerId: 'st-2', workflow: { judgement: { verdict: 'founded' }, contacts: ['gebeld'] }, updatedAt: '2026-03-10T11:00:00.000Z' });
    expect(conflicts).toEqual([]);
    expect('conflicts' in value).toBe(false);
  });

  it('keeps one value where both changed one field, and records both with the base', () => {
    const kept = { ...base, summary: 'Geen warm water', updatedAt: '2026-03-10T10:00:00.000Z' };
    const other = { ...base, summary: 'Verwarming een week stuk', updatedAt: '2026-03-10T11:00:00.000Z' };
    const { value } = mergeRecords(base, kept, other);
    expect(value.summary).toBe('Geen warm water');
    expect((value as { conflicts?: unknown }).conflicts).toEqual([
      { path: 'summary', base: 'Verwarming kapot', kept: 'Geen warm water', other: 'Verwarming een week stuk', keptUpdatedAt: '2026-03-10T10:00:00.000Z', otherUpdatedAt: '2026-03-10T11:00:00.000Z' },
    ]);
  });

  it('sees the same change made on both sides as no conflict, and ignores derived fields', () => {
    const kept = { ...base, category: 'Onderhoud', searchTerms: ['a'] };
    const other = { ...base, category: 'Onderhoud', searchTerms: ['b'] };
    const { conflicts } = mergeRecords(base, kept, other, { derived: new Set(['searchTerms']) });
    expect(conflicts).toEqual([]);
  });

  it('without a known base, every difference is a conflict: nothing is dropped unseen', () => {
    const { conflicts } = mergeRecords(null, { ...base, category: 'A' }, { ...base, category: 'B' });
    expect(conflicts.map((conflict) => conflict.path)).toEqual(['category']);
  });

  it('keeps a conflict resolved on one side resolved', () => {
    const recorded = { path: 'summary', base: 'x', kept: 'a', other: 'b', keptUpdatedAt: null, otherUpdatedAt: null };
    const withConflict = { ...base, conflicts: [recorded] };
    const resolved = { ...base, summary: 'a' };
    const untouched = { ...base, conflicts: [recorded], category: 'Onderhoud' };
    const { value } = mergeRecords(withConflict, resolved, untouched);
    expect((value as { conflicts?: unknown }).conflicts).toBeUndefined();
    expect(value.category).toBe('Onderhoud');
  });
});

describe('merging two event logs', () => {
  it('keeps every event of both, each once, oldest first', () => {
    const event = (id: string, at: string) => ({ id, at });
    const a = { id: 'k-1', events: [event('e1', '2026-03-10T09:00'), event('e2', '2026-03-10T10:00')], updatedAt: '2026-03-10T10:00' };
    const b = { id: 'k-1', events: [event('e1', '2026-03-10T09:00'), event('e3', '2026-03-10T09:30')], updatedAt: '2026-03-10T09:30' };
    const merged = mergeEventLogs(a, b);
    expect(merged.events.map((e) => e.id)).toEqual(['e1', 'e3', 'e2']);
    expect(merged.updatedAt).toBe('2026-03-10T10:00');
    expect(mergeEventLogs(b, a).events).toEqual(merged.events);
  });
});

describe('merging two merges of the same conflict', () => {
  it('records the conflict once, saying which value is kept', () => {
    const a = { ...base, summary: 'A', updatedAt: '2026-03-10T10:00:00.000Z' };
    const b = { ...base, summary: 'B', updatedAt: '2026-03-10T11:00:00.000Z' };
    // Workstation A kept its own value, workstation B its own; then the two merges meet.
    const onA = mergeRecords(base, a, b).value;
    const onB = mergeRecords(base, b, a).value;
    const { value } = mergeRecords(base, onA, onB);
    const conflicts = (value as { conflicts?: Array<{ kept: unknown; other: unknown }> }).conflicts ?? [];
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({ kept: value.summary, other: value.summary === 'A' ? 'B' : 'A' });
  });
});
