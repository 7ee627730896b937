/**
 * The last day a complaint may be submitted (seed 001: 12 months after the problem arose) and whether it came in
 * after it. The day the problem arose is no receipt: only the last day moves off a weekend or holiday.
 */
import { describe, expect, it } from 'vitest';
import { submissionDeadline, submittedLate } from '../../src-renderer/src/domain/deadlines';
import type { Procedure } from '../../src-renderer/src/domain/procedure';
import { calendar, complaintUnder, preset, walkFor } from './support/workflow';

const committee = preset('committee');
const arisenOn = (problemArisenOn: string) => complaintUnder(committee, { problemArisenOn });

describe('the submission limit', () => {
  it('ends 12 months after the problem, moved to Monday when that is a Sunday, and not moved without the calendar', () => {
    // 1 March 2026 is a Sunday.
    expect(submissionDeadline(arisenOn('2025-03-01'), committee, calendar)).toBe('2026-03-02');
    expect(submissionDeadline(arisenOn('2025-03-01'), committee, null)).toBe('2026-03-01');
  });

  it('counts working days from the problem when the limit is in working days', () => {
    const inWorkingDays: Procedure = { ...committee, terms: { ...committee.terms, submissionLimit: { amount: 5, unit: 'working_days' } } };
    // Friday 17 April 2026 + 5 working days is Friday 24 April; from Monday 20 April Koningsdag (Monday 27) is skipped: Tuesday 28.
    expect(submissionDeadline(complaintUnder(inWorkingDays, { problemArisenOn: '2026-04-17' }), inWorkingDays, calendar)).toBe('2026-04-24');
    expect(submissionDeadline(complaintUnder(inWorkingDays, { problemArisenOn: '2026-04-20' }), inWorkingDays, calendar)).toBe('2026-04-28');
    // Koningsdag inside the span is no working day: Friday 24 April + 5 is Monday 4 May, not Friday 1 May.
    expect(submissionDeadline(complaintUnder(inWorkingDays, { problemArisenOn: '2026-04-24' }), inWorkingDays, calendar)).toBe('2026-05-04');
  });

  it('has no last day when the problem date is unknown or the procedure sets no limit', () => {
    expect(submissionDeadline(arisenOn(''), committee, calendar)).toBeNull();
    expect(submissionDeadline(complaintUnder(preset('craft'), { problemArisenOn: '2020-01-01' }), preset('craft'), calendar)).toBeNull();
    expect(submittedLate(complaintUnder(preset('craft'), { problemArisenOn: '2020-01-01' }), preset('craft'), calendar)).toBe(false);
  });

  it('lets a complaint received on the last day in, and one received the day after not', () => {
    // Received Friday 24 April 2026.
    expect(submittedLate(arisenOn('2025-04-24'), committee, calendar)).toBe(false);
    expect(submittedLate(arisenOn('2025-04-23'), committee, calendar)).toBe(true);
    expect(walkFor('committee', { problemArisenOn: '2025-04-24' }).why('2026-04-24', 'declare_inadmissible')).toBe('De klacht is binnen de termijn ingediend');
    expect(walkFor('committee', { problemArisenOn: '2025-04-23' }).allowed('2026-04-24')).toContain('declare_inadmissible');
  });
});
