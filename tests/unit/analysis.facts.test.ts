/**
 * What the analysis keeps of one complaint, from a walk through seed 001
 * (acknowledgement within 2 weeks, response within 4 weeks, complaints up to
 * 12 months after the problem), received Friday 24 April 2026. Working days
 * skip King's Day (27 April), Liberation Day (5 May) and Ascension (14 May).
 */
import { describe, expect, it } from 'vitest';
import { analysisFactOf, keysOf } from '../../src-renderer/src/domain/analysis';
import type { WorkflowAction } from '../../src-renderer/src/domain/workflow';
import { calendar, walkFor } from './support/workflow';

const judgement = (judgedOn: string, verdict: 'founded' | 'unfounded'): WorkflowAction => ({
  type: 'record_judgement',
  verdict,
  reasoning: 'Gehoord en gewogen',
  judgedOn,
  judgedById: null,
  judges: ['NC Jansen'],
});

describe('the analysis fact of a complaint', () => {
  it('keeps its breakdown values, working days to each step and each term with the day it was kept', () => {
    const walk = walkFor('committee', { category: ' Bejegening ', productOrService: 'Advies', ownerId: 'erik', problemArisenOn: '2025-03-01', employeesInvolved: [] })
      .do('2026-04-24', { type: 'accept_late', on: '2026-04-24', reason: 'Klant lag in het ziekenhuis' })
      .do('2026-05-06', { type: 'acknowledge', sentOn: '2026-05-06', method: 'email' })
      .do('2026-05-12', judgement('2026-05-12', 'unfounded'))
      .do('2026-05-13', { type: 'send_response', sentOn: '2026-05-13', method: 'email' })
      .do('2026-05-15', { type: 'close', on: '2026-05-15' });
    const fact = analysisFactOf(walk.complaint, walk.procedure, calendar);
    expect(fact).toMatchObject({
      id: 'complaint-1',
      receivedOn: '2026-04-24',
      customerId: 'customer-1',
      category: 'Bejegening',
      productOrService: 'Advies',
      channel: 'email',
      verdict: 'unfounded',
      bodies: [],
      // The problem arose 1 March 2025: twelve months ended 2 March 2026 (1 March is a Sunday), long before 24 April.
      submittedLate: true,
      // 28, 29, 30 April, 1, 4 and 6 May: 6; then 7, 8, 11, 12, 13: 11; 15 May (after Ascension): 12.
      days: { acknowledge: 6, respond: 11, close: 12 },
    });
    // Two weeks from 24 April is 8 May, four weeks 22 May: both kept in time.
    expect(fact.terms).toEqual([
      ['acknowledgement', '2026-05-08', '2026-05-06'],
      ['response', '2026-05-22', '2026-05-13'],
    ]);
    expect(keysOf(fact)).toEqual(expect.arrayContaining(['clock.acknowledgement|met', 'clock.response|met', 'days.respond|11', 'verdict|unfounded', 'submittedLate|yes']));
  });

  it('keeps a term still open with its due day and no days for steps not taken', () => {
    const walk = walkFor('committee', { employeesInvolved: [] });
    const fact = analysisFactOf(walk.complaint, walk.procedure, calendar);
    expect(fact.days).toEqual({ acknowledge: null, respond: null, close: null });
    expect(fact.terms).toContainEqual(['acknowledgement', '2026-05-08', null]);
    expect(keysOf(fact)).toContain('clock.acknowledgement|open|2026-05-08');
    expect(fact).toMatchObject({ verdict: null, ownerId: null, submittedLate: false, category: '' });
  });
});
