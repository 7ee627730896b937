import { describe, expect, it } from 'vitest';
import { displayValue } from '../../src-renderer/src/features/card/displayValue';

describe('values in the timeline', () => {
  it('writes a sent message as a Dutch date and method, not as stored', () => {
    expect(displayValue('acknowledgement', { sentOn: '2026-11-21', method: 'post' })).toBe('21 november 2026, Post');
    expect(displayValue('response', { sentOn: '2026-12-01', method: 'handed_over' })).toBe('1 december 2026, Persoonlijk overhandigd');
  });

  it('writes stored days out, and leaves other text as typed', () => {
    expect(displayValue('dueOn', '2027-02-15')).toBe('15 februari 2027');
    expect(displayValue('phone', '06-12345678')).toBe('06-12345678');
    expect(displayValue('representative', { name: 'Piet de Vries', relation: 'zoon', phone: '', email: null })).toBe('Piet de Vries, zoon');
  });
});
