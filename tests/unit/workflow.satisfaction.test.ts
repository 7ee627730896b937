import { describe, expect, it } from 'vitest';
import { expectRefusal, walkFor } from './support/workflow';

/** Seed 002 asks after the repair whether the complaint was solved to the customer's satisfaction. */
const handled = () =>
  walkFor('craft', { employeesInvolved: [] })
    .do('2026-05-12', { type: 'record_judgement', verdict: 'founded', reasoning: 'Klopt', judgedOn: '2026-05-12', judges: ['Erik'], judgedById: null })
    .do('2026-05-12', { type: 'send_response', sentOn: '2026-05-12', method: 'email' })
    .do('2026-05-12', { type: 'record_solution', description: 'Deur opnieuw afgesteld', agreedRepairOn: '2026-05-13', thirdParty: '' })
    .do('2026-05-13', { type: 'complete_solution', on: '2026-05-13' });

const asked = { type: 'record_satisfaction' as const, recordedOn: '2026-05-14', answer: 'given', solved: 'partly', score: '4', comment: 'Snel geregeld', via: 'phone' };

describe('recording the customer\'s satisfaction', () => {
  it('keeps solved, the score and the comment on the complaint, with a line in the history', () => {
    const walk = handled().do('2026-05-14', asked);
    expect(walk.complaint.satisfaction).toEqual({ answer: 'given', solved: 'partly', score: 4, comment: 'Snel geregeld', via: 'phone', recordedOn: '2026-05-14' });
    expect(walk.events.at(-1)?.summary).toBe('Tevredenheid: Opgelost: gedeeltelijk; afhandeling 4 van 5 (telefoon, 14-05-2026): Snel geregeld');
  });

  it('takes "niet gevraagd" as an answer without a score, and a later answer replaces it', () => {
    const walk = handled().do('2026-05-13', { ...asked, answer: 'not_asked', solved: '', score: '', comment: '', recordedOn: '2026-05-13' });
    expect(walk.complaint.satisfaction).toMatchObject({ answer: 'not_asked', solved: null, score: null });
    expect(walk.do('2026-05-14', asked).complaint.satisfaction?.score).toBe(4);
  });

  it('asks for the score of a given answer, and waits until the handling is done', () => {
    expectRefusal(handled(), '2026-05-14', { ...asked, score: '' }, 'Kies hoe tevreden de klant is over de afhandeling (1 tot 5)', 'score');
    expectRefusal(walkFor('craft'), '2026-05-14', asked, 'Vraag de tevredenheid na de afhandeling: het oordeel (gegrond, deels gegrond of ongegrond) is nog niet vastgelegd', null);
  });
});
