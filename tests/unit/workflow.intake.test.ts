import { describe, expect, it } from 'vitest';
import { FIELD_LABELS } from '../../src-renderer/src/domain/labels';
import { emptyWorkflow, WORKFLOW_ACTION_TYPES } from '../../src-renderer/src/domain/workflow';
import { complaintUnder, preset, Walk, walkFor } from './support/workflow';

describe('acknowledging receipt', () => {
  it('moves registered to acknowledged with a status event, and is offered only once', () => {
    const walk = walkFor('craft');
    expect(walk.allowed('2026-04-24')).toContain('acknowledge');
    walk.do('2026-04-27', { type: 'acknowledge', sentOn: '2026-04-27', method: 'email' });

    expect(walk.complaint.status).toBe('acknowledged');
    expect(walk.complaint.workflow.acknowledgement).toEqual({ sentOn: '2026-04-27', method: 'email' });
    expect(walk.events[0]).toMatchObject({ type: 'status_changed', summary: 'Ontvangstbevestiging verstuurd op 27-04-2026 (e-mail). Status: Ontvangst bevestigd' });
    const acknowledge = walk.available('2026-04-28').find((a) => a.type === 'acknowledge');
    expect(acknowledge).toMatchObject({ allowed: false, applicable: false, reason: 'De ontvangst is al bevestigd op 27-04-2026' });
  });

  it('records field changes of the workflow by name, and returns a new object', () => {
    const original = complaintUnder(preset('craft'));
    const walk = new Walk(original, preset('craft')).do('2026-04-27', { type: 'acknowledge', sentOn: '2026-04-27', method: 'post' });
    expect(walk.complaint).not.toBe(original);
    expect(original.status).toBe('registered');
    const result = new Walk(original, preset('craft'));
    result.do('2026-04-27', { type: 'acknowledge', sentOn: '2026-04-27', method: 'post' });
    expect(result.complaint.updatedAt).toBe(new Date('2026-04-27T12:00:00').toISOString());
  });

  it('refuses a day in the future, before receipt, or not a date, naming the field', () => {
    const walk = walkFor('craft');
    expect(walk.refusal('2026-04-27', { type: 'acknowledge', sentOn: '2026-04-28', method: 'email' })).toEqual({
      message: 'Deze datum ligt in de toekomst',
      field: 'sentOn',
    });
    expect(walk.refusal('2026-04-27', { type: 'acknowledge', sentOn: '2026-04-23', method: 'email' })).toEqual({
      message: 'Deze datum ligt vóór de ontvangst van de klacht (24-04-2026)',
      field: 'sentOn',
    });
    expect(walk.refusal('2026-04-27', { type: 'acknowledge', sentOn: '27-04-2026', method: 'email' })?.field).toBe('sentOn');
    expect(walk.refusal('2026-04-27', { type: 'acknowledge', sentOn: '2026-04-27', method: 'fax' as never })?.field).toBe('method');
  });

  it('has a Dutch label for every workflow field an event can name', () => {
    const fields = Object.keys(emptyWorkflow('x')).filter((f) => f !== 'procedureVersionId' && f !== 'statusBeforeEscalation');
    expect(fields.filter((f) => !FIELD_LABELS[`workflow.${f}`])).toEqual([]);
  });

  it('lists every action once, allowed or with a Dutch reason', () => {
    const actions = walkFor('craft').available('2026-04-24');
    expect(actions.map((a) => a.type)).toEqual([...WORKFLOW_ACTION_TYPES]);
    for (const action of actions) {
      if (action.allowed) expect(action.reason).toBeUndefined();
      else expect(action.reason).toMatch(/^[A-Z]/);
    }
  });
});

describe('settling at first contact (seed 000)', () => {
  it('settles a registered or acknowledged complaint and then closes it: the settlement is the agreement', () => {
    const walk = walkFor('dokh')
      .do('2026-04-24', { type: 'acknowledge', sentOn: '2026-04-24', method: 'email' })
      .do('2026-04-28', { type: 'settle_informally', on: '2026-04-28', agreement: 'Nieuwe afspraak gemaakt' });
    expect(walk.complaint.status).toBe('settled');
    expect(walk.allowed('2026-04-28')).not.toContain('record_judgement');
    expect(walk.allowed('2026-04-28')).not.toContain('assign_owner');
    walk.do('2026-04-29', { type: 'close', on: '2026-04-29' });
    expect(walk.complaint.status).toBe('closed');
  });

  it('needs what was agreed, and is not part of a procedure without it', () => {
    const walk = walkFor('dokh');
    expect(walk.refusal('2026-04-28', { type: 'settle_informally', on: '2026-04-28', agreement: ' ' })).toEqual({
      message: 'Leg vast wat met de klant is afgesproken',
      field: 'agreement',
    });
    const craft = walkFor('craft').available('2026-04-28').find((a) => a.type === 'settle_informally');
    expect(craft).toMatchObject({ allowed: false, applicable: false });
  });

  it('is no longer offered once an owner handles the complaint', () => {
    const walk = walkFor('dokh', { employeesInvolved: [] }).do('2026-04-27', {
      type: 'assign_owner',
      ownerId: 'o1',
      ownerName: 'Erik Zwart',
    });
    expect(walk.why('2026-04-27', 'settle_informally')).toBe('De klacht is al verder in behandeling');
  });
});

describe('the message about further handling (seed 003)', () => {
  it('needs the acknowledgement first and starts handling in a one-person office', () => {
    const walk = walkFor('soleTrader');
    expect(walk.why('2026-04-24', 'send_further_handling')).toBe('Bevestig eerst de ontvangst van de klacht');
    walk
      .do('2026-04-27', { type: 'acknowledge', sentOn: '2026-04-27', method: 'email' })
      .do('2026-05-06', { type: 'send_further_handling', sentOn: '2026-05-06', method: 'email' });
    expect(walk.complaint.status).toBe('in_progress');
    expect(walk.complaint.workflow.furtherHandlingMessage).toEqual({ sentOn: '2026-05-06', method: 'email' });
  });

  it('is not offered where the procedure has no such message', () => {
    const walk = walkFor('craft');
    expect(walk.available('2026-04-24').find((a) => a.type === 'send_further_handling')).toMatchObject({ applicable: false, allowed: false });
  });
});

describe('a complaint submitted after the limit (seed 001: 12 months)', () => {
  const late = () =>
    walkFor('committee', { problemArisenOn: '2025-03-01', employeesInvolved: [] }).do('2026-04-27', {
      type: 'acknowledge',
      sentOn: '2026-04-27',
      method: 'email',
    });

  it('offers inadmissibility and acceptance with a reason, and holds the handling until one is chosen', () => {
    const walk = late();
    const allowed = walk.allowed('2026-04-27');
    expect(allowed).toEqual(expect.arrayContaining(['declare_inadmissible', 'accept_late']));
    expect(walk.why('2026-04-27', 'record_judgement')).toBe(
      'De klacht is ingediend na de termijn van 12 maanden na het ontstaan van het probleem (uiterlijk 02-03-2026). ' +
        'Verklaar hem eerst niet-ontvankelijk of neem hem met een reden toch in behandeling.',
    );
    expect(walk.refusal('2026-04-27', { type: 'accept_late', on: '2026-04-27', reason: '' })?.field).toBe('reason');
    walk.do('2026-04-27', { type: 'accept_late', on: '2026-04-27', reason: 'Klant lag in het ziekenhuis' });
    expect(walk.allowed('2026-04-27')).toContain('record_judgement');
    expect(walk.allowed('2026-04-27')).not.toContain('declare_inadmissible');
    expect(walk.complaint.status).toBe('acknowledged');
  });

  it('declared inadmissible is an end state that keeps the file for the retention term', () => {
    const walk = late().do('2026-04-28', { type: 'declare_inadmissible', on: '2026-04-28', reason: 'Ruim na twaalf maanden ingediend' });
    expect(walk.complaint.status).toBe('inadmissible');
    expect(walk.complaint.workflow.retentionUntil).toBe('2027-04-28');
    expect(walk.allowed('2026-04-29')).toEqual(['log_contact', 'reopen', 'add_note']);
  });

  it('is not offered for a complaint within the limit, or when the problem date is unknown', () => {
    for (const problemArisenOn of ['2025-05-01', '']) {
      const walk = walkFor('committee', { problemArisenOn });
      expect(walk.why('2026-04-24', 'declare_inadmissible')).toBe('De klacht is binnen de termijn ingediend');
    }
  });
});

describe('withdrawing', () => {
  it('ends the complaint with a reason, ends open escalations with it, and keeps the file', () => {
    const walk = walkFor('committee', { employeesInvolved: [] })
      // The court: open at any time, where the appeal waits for the judgement.
      .do('2026-04-27', { type: 'escalate', bodyId: 'rechter', receivedOn: '2026-04-27', notes: '' });
    expect(walk.refusal('2026-04-28', { type: 'withdraw', on: '2026-04-28', reason: '' })?.field).toBe('reason');
    walk.do('2026-04-28', { type: 'withdraw', on: '2026-04-28', reason: 'Klant belde: het is opgelost' });
    expect(walk.complaint.status).toBe('withdrawn');
    expect(walk.complaint.workflow.escalations.map((e) => e.status)).toEqual(['withdrawn']);
    expect(walk.complaint.workflow.retentionUntil).toBe('2027-04-28');
  });
});
