import { describe, expect, it } from 'vitest';
import { computeDeadlines } from '../../src-renderer/src/domain/deadlines';
import type { Procedure } from '../../src-renderer/src/domain/procedure';
import { procedureSchema, PROCEDURE_MESSAGES } from '../../src-renderer/src/domain/procedures';
import { extensionLimit } from '../../src-renderer/src/domain/procedures/absent';
import { calendar, complaintUnder, preset, Walk, walkFor } from './support/workflow';

/** The procedure as stored before "how often" had a field. */
function storedWithoutCount(procedure: Procedure, key = procedure.key): Procedure {
  const { maxCount: _dropped, ...extension } = procedure.terms.extension;
  return { ...procedure, key, id: `${key}@1`, terms: { ...procedure.terms, extension } };
}

const extend = (newDueOn: string, sentOn: string) => ({
  type: 'extend' as const,
  reason: 'Klant op vakantie',
  newDueOn,
  notice: { sentOn, method: 'email' as const },
});

// Received Friday 24 April 2026: under 003 the answer is due Friday 22 May (4 weeks).
describe('how often the response term may be extended follows the procedure', () => {
  it('003 names no limit: the owner may tell the customer again that more time is needed, and the card follows the latest date', () => {
    const walk = walkFor('soleTrader', { employeesInvolved: [] })
      .do('2026-05-20', extend('2026-06-05', '2026-05-20'))
      .do('2026-06-03', extend('2026-06-19', '2026-06-03'));
    expect(walk.why('2026-06-04', 'extend')).toBeUndefined();
    const terms = computeDeadlines(walk.complaint, walk.procedure, calendar, '2026-06-04');
    expect(terms.find((t) => t.kind === 'extended_response')).toMatchObject({ dueOn: '2026-06-19', metOn: null });
    // The second notice was due by the day the first extension set.
    expect(terms.find((t) => t.kind === 'extension_notice')).toMatchObject({ dueOn: '2026-06-05', metOn: '2026-06-03' });
    expect(walk.complaint.workflow.earlierExtensions).toEqual([expect.objectContaining({ newDueOn: '2026-06-05' })]);
  });

  it('a further extension is counted from the last new date, so its notice must come before that date', () => {
    const walk = walkFor('soleTrader', { employeesInvolved: [] }).do('2026-05-20', extend('2026-06-05', '2026-05-20'));
    expect(walk.refusal('2026-06-08', extend('2026-06-19', '2026-06-08'))?.field).toBe('notice.sentOn');
    expect(walk.refusal('2026-06-03', extend('2026-06-04', '2026-06-03'))?.message).toBe('De nieuwe datum moet na de huidige uiterste datum (05-06-2026) liggen');
  });

  it('the Wkkgz allows one extension, and an office may set its own number', () => {
    const wkkgz = walkFor('wkkgz', { employeesInvolved: [] }).do('2026-06-01', extend('2026-07-03', '2026-06-01'));
    expect(wkkgz.why('2026-06-02', 'extend')).toBe('De termijn is al eens verlengd; dat kan maar één keer');

    const twice = { ...preset('soleTrader'), terms: { ...preset('soleTrader').terms, extension: { ...preset('soleTrader').terms.extension, maxCount: 2 } } };
    const walk = new Walk(complaintUnder(twice, { employeesInvolved: [] }), twice)
      .do('2026-05-20', extend('2026-06-05', '2026-05-20'))
      .do('2026-06-03', extend('2026-06-19', '2026-06-03'));
    expect(walk.why('2026-06-04', 'extend')).toBe('De termijn is al 2 keer verlengd; vaker staat de klachtenregeling niet toe');
  });

  it('a procedure stored before the number existed keeps its preset’s meaning, and an office’s own one keeps the old single extension', () => {
    expect(extensionLimit(storedWithoutCount(preset('soleTrader')))).toBeNull();
    expect(extensionLimit(storedWithoutCount(preset('committee')))).toBeNull();
    expect(extensionLimit(storedWithoutCount(preset('wkkgz')))).toBe(1);
    expect(extensionLimit(storedWithoutCount(preset('soleTrader'), 'custom'))).toBe(1);
    const stored = storedWithoutCount(preset('soleTrader'));
    const walk = new Walk(complaintUnder(stored, { employeesInvolved: [] }), stored)
      .do('2026-05-20', extend('2026-06-05', '2026-05-20'))
      .do('2026-06-03', extend('2026-06-19', '2026-06-03'));
    expect(walk.complaint.workflow.extension?.newDueOn).toBe('2026-06-19');
    expect(procedureSchema.safeParse(stored).success).toBe(true);
  });

  it('the settings refuse a number that is not a whole number from 1 to 10, with the message beside the field', () => {
    const withCount = (maxCount: number | null) => ({ ...preset('wkkgz'), terms: { ...preset('wkkgz').terms, extension: { ...preset('wkkgz').terms.extension, maxCount } } });
    for (const bad of [0, 11, 1.5, Number.NaN]) {
      const result = procedureSchema.safeParse(withCount(bad));
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]).toMatchObject({ path: ['terms', 'extension', 'maxCount'], message: PROCEDURE_MESSAGES.extensionCount });
    }
    expect(procedureSchema.safeParse(withCount(null)).success).toBe(true);
    expect(procedureSchema.safeParse(withCount(10)).success).toBe(true);
  });
});
