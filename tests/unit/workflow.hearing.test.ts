import { describe, expect, it } from 'vitest';
import { procedureChecklist, type WorkflowAction } from '../../src-renderer/src/domain/workflow';
import { walkFor } from './support/workflow';

const judged: WorkflowAction = { type: 'record_judgement', verdict: 'founded', reasoning: 'Afspraak vergeten', judgedOn: '2026-05-06', judges: ['Erik Zwart'], judgedById: null };
const employee = (name: string, on: string): WorkflowAction => ({ type: 'log_contact', on, kind: 'meeting', withWhom: 'employee', direction: 'out', name, notes: `${name} gehoord` });
const personLines = (walk: ReturnType<typeof walkFor>) =>
  procedureChecklist(walk.complaint, walk.procedure)
    .filter((item) => item.key.startsWith('hearing:'))
    .map((item) => `${item.state}: ${item.step}${item.doneOn ? ` (${item.doneOn})` : ''}`);

// 000: "We willen dan ook graag alle betrokken (in de klacht benoemde) partijen horen."
describe('hoor en wederhoor before the judgement (seeds 000 and 001)', () => {
  const dokh = () =>
    walkFor('dokh', { employeesInvolved: ['Karin Smit', 'Piet'] })
      .do('2026-04-27', { type: 'acknowledge', sentOn: '2026-04-27', method: 'email' })
      .do('2026-04-28', { type: 'assign_owner', ownerId: 'erik', ownerName: 'Erik Zwart', customerContactBy: 'owner' });

  it('refuses the judgement while a named employee has not been heard, naming who', () => {
    const walk = dokh();
    expect(walk.why('2026-05-06', 'record_judgement')).toBe(
      'Hoor en wederhoor: Karin Smit en Piet zijn nog niet gehoord. Leg een contact met de medewerker vast, of leg vast waarom die niet gehoord is.',
    );
    // "Karin" on the contact is Karin Smit on the complaint; a contact with the customer does not count.
    walk.do('2026-04-30', employee('Karin', '2026-04-30'));
    walk.do('2026-04-30', { type: 'log_contact', on: '2026-04-30', kind: 'phone', withWhom: 'customer', direction: 'out', name: 'Piet', notes: 'Klant' });
    expect(walk.why('2026-05-06', 'record_judgement')).toBe(
      'Hoor en wederhoor: Piet is nog niet gehoord. Leg een contact met de medewerker vast, of leg vast waarom die niet gehoord is.',
    );
    walk.do('2026-05-04', employee('Piet de Lange', '2026-05-04'));
    expect(walk.why('2026-05-06', 'record_judgement')).toBeUndefined();
    walk.do('2026-05-06', judged);
    expect(walk.complaint.status).toBe('judged');
  });

  it('lets the owner record why someone was not heard instead, which the checklist shows per person', () => {
    const walk = dokh().do('2026-04-30', employee('Karin Smit', '2026-04-30'));
    expect(personLines(walk)).toEqual(['done: Karin Smit gehoord (2026-04-30)', 'open: Piet gehoord']);
    expect(walk.refusal('2026-05-05', { type: 'record_not_heard', name: 'Piet', reason: ' ' })).toEqual({ message: 'Vul in waarom deze medewerker niet gehoord is', field: 'reason' });
    expect(walk.refusal('2026-05-05', { type: 'record_not_heard', name: 'Karin Smit', reason: 'x' })?.field).toBe('name');
    walk.do('2026-05-05', { type: 'record_not_heard', name: 'Piet', reason: 'hij is sinds maart uit dienst' });
    expect(walk.events.at(-1)?.summary).toBe('Hoor en wederhoor: Piet niet gehoord, omdat hij is sinds maart uit dienst');
    expect(personLines(walk)).toEqual(['done: Karin Smit gehoord (2026-04-30)', 'done: Piet niet gehoord: hij is sinds maart uit dienst (2026-05-05)']);
    expect(walk.why('2026-05-06', 'record_not_heard')).toBe('Alle genoemde medewerkers zijn gehoord');
    expect(walk.why('2026-05-06', 'record_judgement')).toBeUndefined();
  });

  it('also holds the committee’s judgement under 001, and asks nothing where the procedure has no hearing (004)', () => {
    const committee = walkFor('committee', { employeesInvolved: ['Pieter Bakker'] });
    expect(committee.why('2026-05-06', 'record_judgement')).toContain('Pieter Bakker is nog niet gehoord');
    const soleTrader = walkFor('soleTrader', { employeesInvolved: ['Mok'] });
    expect(soleTrader.why('2026-05-06', 'record_judgement') ?? '').not.toContain('Hoor en wederhoor');
    expect(soleTrader.available('2026-05-06').find((a) => a.type === 'record_not_heard')).toMatchObject({ applicable: false });
  });
});
