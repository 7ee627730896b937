import { describe, expect, it } from 'vitest';
import { procedureChecklist } from '../../src-renderer/src/domain/workflow';
import { complaintUnder, preset, Walk, walkFor } from './support/workflow';

const states = (walk: Walk) => procedureChecklist(walk.complaint, walk.procedure).map((item) => [item.key, item.state, item.doneOn ?? null]);

describe('the procedure checklist', () => {
  it('lists seed 004’s steps in order, done with their day, the next one marked', () => {
    const walk = walkFor('coordinator')
      .do('2026-04-27', { type: 'acknowledge', sentOn: '2026-04-27', method: 'email' })
      .do('2026-04-28', { type: 'assign_owner', ownerId: 'erik', ownerName: 'Erik Zwart' });
    expect(states(walk)).toEqual([
      ['received', 'done', '2026-04-24'],
      ['acknowledgement', 'done', '2026-04-27'],
      ['owner', 'done', '2026-04-28'],
      ['status_check', 'open', null],
      ['management_owner', 'open', null],
      ['judgement', 'next', null],
      ['response', 'open', null],
      ['solution', 'open', null],
      ['solution_done', 'open', null],
      ['evaluation', 'open', null],
      ['agreement', 'open', null],
      ['closed', 'open', null],
    ]);
    const labels = procedureChecklist(walk.complaint, walk.procedure).map((item) => item.step);
    expect(labels).toContain('Ontvangstbevestiging aan de klant (binnen 5 werkdagen)');
    expect(labels).toContain('Statuscontrole bij de behandelaar (elke 2 weken)');
    expect(labels).toContain('Akkoord van de klant');
    expect(procedureChecklist(walk.complaint, walk.procedure).find((i) => i.key === 'acknowledgement')?.deadline).toBe('acknowledgement');
  });

  it('marks the handling steps not applicable once settled at first contact (seed 000)', () => {
    const walk = walkFor('dokh')
      .do('2026-04-24', { type: 'acknowledge', sentOn: '2026-04-24', method: 'email' })
      .do('2026-04-27', { type: 'settle_informally', on: '2026-04-27', agreement: 'Excuses en tegoedbon' });
    const result = Object.fromEntries(states(walk).map(([key, state]) => [key, state]));
    expect(result).toMatchObject({
      first_contact: 'done',
      settled: 'done',
      judgement: 'not_applicable',
      response: 'not_applicable',
      closed: 'next',
    });
  });

  it('shows hearing both sides done once the customer and the named employee were heard', () => {
    const walk = walkFor('wkkgz')
      .do('2026-04-27', { type: 'log_contact', on: '2026-04-27', kind: 'phone', withWhom: 'customer', direction: 'out', name: '', notes: 'Klant gehoord' });
    const hearing = () => procedureChecklist(walk.complaint, walk.procedure).find((i) => i.key === 'hearing');
    expect(hearing()?.state).not.toBe('done');
    walk.do('2026-04-29', { type: 'log_contact', on: '2026-04-29', kind: 'meeting', withWhom: 'employee', direction: 'out', name: 'Piet', notes: 'Piet gehoord' });
    expect(hearing()).toMatchObject({ state: 'done', doneOn: '2026-04-29' });
  });

  it('urges nothing on a withdrawn complaint, and only learning on a closed one (seed 001)', () => {
    const withdrawn = walkFor('craft').do('2026-04-27', { type: 'withdraw', on: '2026-04-27', reason: 'Opgelost' });
    expect(states(withdrawn).filter(([, state]) => state === 'next' || state === 'open')).toEqual([]);
    expect(states(withdrawn).at(-1)).toEqual(['withdrawn', 'done', '2026-04-27']);

    const closed = walkFor('committee', { employeesInvolved: [] })
      .do('2026-05-12', { type: 'record_judgement', verdict: 'founded', reasoning: 'Klopt', judgedOn: '2026-05-12', judges: ['NC Jansen'], judgedById: null })
      .do('2026-05-12', { type: 'send_response', sentOn: '2026-05-12', method: 'email' })
      .do('2026-05-13', { type: 'close', on: '2026-05-13' });
    expect(states(closed).filter(([, state]) => state === 'next')).toEqual([['structural_measures', 'next', null]]);
  });

  it('names the closing message of a one-person office (seed 003) and the further-handling step', () => {
    const labels = procedureChecklist(complaintUnder(preset('soleTrader')), preset('soleTrader')).map((item) => item.step);
    expect(labels).toContain('Bericht aan de klant over de verdere afhandeling (binnen 10 werkdagen)');
    expect(labels).toContain('Afsluitend bericht aan de klant: wat is overeengekomen of hoe het is afgerond (binnen 4 weken)');
    expect(labels).toContain('Oordeel (gegrond, deels gegrond of ongegrond) door de eigenaar van het bedrijf');
    expect(labels).not.toContain('Behandelaar toegewezen die niet bij de klacht betrokken is');
  });
});
