import { describe, expect, it } from 'vitest';
import { computeDeadlines } from '../../src-renderer/src/domain/deadlines';
import { applyAction, availableActions, findInvolved, type WorkflowAction } from '../../src-renderer/src/domain/workflow';
import type { Staff } from '../../src-renderer/src/domain/model';
import { calendar, complaintUnder, COORDINATOR, noon, preset, walkFor } from './support/workflow';

const owner = (name: string, id = name) => ({ type: 'assign_owner' as const, ownerId: id, ownerName: name, customerContactBy: 'owner' });

describe('assigning an owner (seed 000: judged by an employee not involved)', () => {
  it('refuses an employee the complaint is about, case- and accent-insensitively, and says why', () => {
    const walk = walkFor('dokh', { employeesInvolved: ['Hélène de Wit', 'Piet'] });
    expect(walk.refusal('2026-04-27', owner('helene de wit'))).toEqual({
      message: 'helene de wit is betrokken bij deze klacht en mag hem niet behandelen (genoemd als „Hélène de Wit”)',
      field: 'ownerId',
    });
    expect(walk.refusal('2026-04-27', owner('Hélène de Wit'))?.message).toBe('Hélène de Wit is betrokken bij deze klacht en mag hem niet behandelen');
    // The customer named him by first name only.
    expect(walk.refusal('2026-04-27', owner('Piet de Lange'))?.message).toBe(
      'Piet de Lange is betrokken bij deze klacht en mag hem niet behandelen (genoemd als „Piet”)',
    );
    expect(walk.refusal('2026-04-27', owner('Erik Zwart'))).toBeNull();
  });

  it('matches mentions with titles and particles, not other people', () => {
    expect(findInvolved('Jan de Vries', ['mevrouw De Vries'])).toBe('mevrouw De Vries');
    expect(findInvolved('Tom Bakker', ['de heer Bakker'])).toBe('de heer Bakker');
    expect(findInvolved('Tom Bakker', ['Bakkers'])).toBeNull();
    expect(findInvolved('Tom Bakker', ['de', ''])).toBeNull();
  });

  it('moves to in progress, records who and when, and makes the assigner coordinator', () => {
    const walk = walkFor('coordinator')
      .do('2026-04-27', { type: 'acknowledge', sentOn: '2026-04-27', method: 'post' })
      .do('2026-04-28', owner('Erik Zwart', 'erik'));
    expect(walk.complaint).toMatchObject({ status: 'in_progress', ownerId: 'erik', coordinatorId: COORDINATOR.id });
    expect(walk.complaint.workflow.ownerAssignedOn).toBe('2026-04-28');
    expect(walk.events[1]).toMatchObject({ type: 'owner_assigned', summary: 'Behandelaar: Erik Zwart; contact met de klant: de behandelaar. Status: In behandeling' });
    expect(walk.refusal('2026-04-28', owner('Erik Zwart', 'erik'))?.message).toBe('Erik Zwart is al de behandelaar van deze klacht');
    walk.do('2026-04-29', owner('Naima Haddou', 'naima'));
    expect(walk.complaint.status).toBe('in_progress');
    expect(walk.complaint.ownerId).toBe('naima');
  });

  it('says so when nobody uninvolved is left to assign', () => {
    const complaint = complaintUnder(preset('dokh'), { employeesInvolved: ['Piet'] });
    const staff: Staff[] = [{ id: 'p', name: 'Piet de Lange', roles: ['owner'], active: true, createdAt: '', updatedAt: '' }];
    const assign = availableActions(complaint, preset('dokh'), { today: '2026-04-27', calendar, staff }).find((a) => a.type === 'assign_owner');
    expect(assign).toMatchObject({ allowed: false, applicable: true, reason: 'Er is geen andere actieve medewerker die niet bij deze klacht betrokken is' });
  });

  it('counts only active colleagues other than the current owner as someone left to assign', () => {
    const member = (id: string, name: string, active: boolean): Staff => ({ id, name, roles: ['owner'], active, createdAt: '', updatedAt: '' });
    const complaint = complaintUnder(preset('coordinator'), { employeesInvolved: ['Piet'], ownerId: 'erik', status: 'in_progress' });
    const assign = (staff: Staff[]) =>
      availableActions(complaint, preset('coordinator'), { today: '2026-04-27', calendar, staff }).find((a) => a.type === 'assign_owner')?.allowed;
    expect(assign([member('erik', 'Erik Zwart', true), member('naima', 'Naima Haddou', false)])).toBe(false);
    expect(assign([member('erik', 'Erik Zwart', true), member('naima', 'Naima Haddou', true)])).toBe(true);
  });

  it('keeps a judged complaint judged when another owner takes over', () => {
    const walk = walkFor('coordinatorWithVerdict', { employeesInvolved: [] })
      .do('2026-04-27', owner('Erik Zwart', 'erik'))
      .do('2026-05-04', { type: 'record_judgement', verdict: 'founded', reasoning: 'Klopt', judgedOn: '2026-05-04', judges: ['Erik Zwart'], judgedById: 'erik' })
      .do('2026-05-05', owner('Naima Haddou', 'naima'));
    expect(walk.complaint).toMatchObject({ status: 'judged', ownerId: 'naima', coordinatorId: COORDINATOR.id });
    expect(walk.events.at(-1)).toMatchObject({ type: 'owner_assigned', summary: 'Behandelaar: Naima Haddou; contact met de klant: de behandelaar' });
  });

  it('can be replaced by the caller’s own check', () => {
    const complaint = complaintUnder(preset('dokh'), { employeesInvolved: ['Piet'] });
    // An office that knows its Piet de Lange is not the Piet the customer meant may pass its own rule.
    const result = applyAction(complaint, preset('dokh'), owner('Piet de Lange'), {
      now: noon('2026-04-27'),
      actor: COORDINATOR,
      calendar,
      involvedCheck: () => null,
    });
    expect(result.complaint.ownerId).toBe('Piet de Lange');
  });
});

describe('status checks (seed 004: every 2 weeks)', () => {
  it('need an owner and record what was discussed', () => {
    const walk = walkFor('coordinator', { employeesInvolved: [] });
    expect(walk.why('2026-05-08', 'record_status_check')).toBe('Wijs eerst een behandelaar toe: de statuscontrole is een gesprek met de behandelaar');
    walk.do('2026-04-27', owner('Erik Zwart', 'erik'));
    expect(walk.refusal('2026-05-08', { type: 'record_status_check', on: '2026-05-08', discussed: '', nextStep: '' })?.field).toBe('discussed');
    walk.do('2026-05-08', { type: 'record_status_check', on: '2026-05-08', discussed: 'Onderdeel besteld', nextStep: 'Monteur plant bezoek' });
    expect(walk.complaint.workflow.statusChecks).toEqual([
      expect.objectContaining({ on: '2026-05-08', ownerId: 'erik', discussed: 'Onderdeel besteld', nextStep: 'Monteur plant bezoek' }),
    ]);
    expect(walk.events.at(-1)).toMatchObject({ type: 'step_recorded', summary: 'Statuscontrole op 08-05-2026: Onderdeel besteld; volgende stap: Monteur plant bezoek' });
  });

  it('read as one sentence when what was typed already ends in a full stop', () => {
    const walk = walkFor('coordinator', { employeesInvolved: [] }).do('2026-04-27', owner('Erik Zwart', 'erik'));
    walk.do('2026-05-08', { type: 'record_status_check', on: '2026-05-08', discussed: 'Levering duurt nog een week.', nextStep: 'Klant bellen.' });
    expect(walk.events.at(-1)?.summary).toBe('Statuscontrole op 08-05-2026: Levering duurt nog een week; volgende stap: Klant bellen.');
  });

  it('are not part of a procedure without them', () => {
    expect(walkFor('craft').available('2026-05-08').find((a) => a.type === 'record_status_check')).toMatchObject({
      applicable: false,
    });
  });
});

describe('consulting management', () => {
  it('is recorded with its reason where the procedure asks for it (seed 001: material interest)', () => {
    const walk = walkFor('committee').do('2026-05-04', {
      type: 'consult_management',
      on: '2026-05-04',
      reason: 'material_interest',
      notes: 'Directie akkoord met creditering',
    });
    expect(walk.complaint.workflow.managementConsultations).toEqual([expect.objectContaining({ reason: 'material_interest', notes: 'Directie akkoord met creditering' })]);
    expect(walk.events[0]?.summary).toBe('Overleg met de directie (materieel of financieel belang): Directie akkoord met creditering');
  });

  it('is not offered where the procedure does not ask for it', () => {
    expect(walkFor('craft').why('2026-05-04', 'consult_management')).toBe(
      'Deze klachtenregeling vraagt geen overleg met de directie',
    );
  });
});

describe('extending the response term (Wkkgz: 6 weeks, once, at most 4 weeks more, notice within the term)', () => {
  // Received Friday 24 April 2026: the response is due Friday 5 June.
  const wkkgz = () =>
    walkFor('wkkgz', { employeesInvolved: [] }).do('2026-04-27', owner('Erik Zwart', 'erik'));
  const extend = (newDueOn: string, sentOn: string, reason = 'Deskundige moet nog oordelen') => ({
    type: 'extend' as const,
    reason,
    newDueOn,
    notice: { sentOn, method: 'post' as const },
  });

  it('allows a new date up to 4 weeks after the original one, with the notice sent in time', () => {
    const walk = wkkgz();
    expect(walk.refusal('2026-06-01', extend('2026-07-06', '2026-06-01'))).toEqual({
      message: 'De termijn mag met ten hoogste 4 weken worden verlengd: uiterlijk tot 03-07-2026',
      field: 'newDueOn',
    });
    expect(walk.refusal('2026-06-01', extend('2026-06-05', '2026-06-01'))?.field).toBe('newDueOn');
    expect(walk.refusal('2026-06-01', extend('2026-07-03', '2026-06-01', ''))?.field).toBe('reason');
    walk.do('2026-06-01', extend('2026-07-03', '2026-06-01'));
    expect(walk.complaint.workflow.extension).toEqual({ reason: 'Deskundige moet nog oordelen', newDueOn: '2026-07-03', notice: { sentOn: '2026-06-01', method: 'post' } });
    expect(walk.events.at(-1)?.type).toBe('deadline_extended');
    expect(walk.why('2026-06-02', 'extend')).toBe('De termijn is al eens verlengd; dat kan maar één keer');
  });

  it('refuses a notice sent after the original term: the term was missed, not extended', () => {
    expect(wkkgz().refusal('2026-06-08', extend('2026-07-03', '2026-06-08'))).toEqual({
      message:
        'Het bericht dat er meer tijd nodig is moest binnen de termijn, uiterlijk 05-06-2026, naar de klant. Verlengen kan nu niet meer: stuur de reactie zo snel mogelijk.',
      field: 'notice.sentOn',
    });
    // Recorded late but sent in time is fine.
    expect(wkkgz().refusal('2026-06-08', extend('2026-07-03', '2026-06-05'))).toBeNull();
  });

  it('is not offered where the procedure allows none (seed 000) or once the response went out', () => {
    expect(walkFor('dokh').why('2026-05-01', 'extend')).toBe(
      'Deze klachtenregeling staat geen verlenging van de termijn toe',
    );
    const answered = wkkgz()
      .do('2026-05-20', { type: 'record_judgement', verdict: 'founded', reasoning: 'Klopt', judgedOn: '2026-05-20', judges: ['Erik Zwart'], judgedById: 'erik' })
      .do('2026-05-21', { type: 'send_response', sentOn: '2026-05-21', method: 'post' });
    expect(answered.why('2026-05-22', 'extend')).toBe('De reactie is al verstuurd');
  });
});

describe('contacts, follow-ups and notes', () => {
  const contact = (overrides: Partial<Extract<WorkflowAction, { type: 'log_contact' }>> = {}): WorkflowAction => ({
    type: 'log_contact',
    on: '2026-04-27',
    kind: 'visit',
    withWhom: 'customer',
    direction: 'out',
    name: '',
    notes: 'Lekkage bekeken',
    ...overrides,
  });

  it('logs a contact with who, what and which way as a contact event', () => {
    const walk = walkFor('craft').do('2026-04-27', contact());
    expect(walk.complaint.workflow.contacts).toEqual([
      { id: expect.any(String), on: '2026-04-27', kind: 'visit', withWhom: 'customer', direction: 'out', name: '', notes: 'Lekkage bekeken', followUpId: null },
    ]);
    expect(walk.complaint.workflow.followUps).toEqual([]);
    expect(walk.events[0]).toEqual({ type: 'contact', summary: 'Bezoek ter plaatse met klant (uitgaand) op 27-04-2026: Lekkage bekeken', changes: expect.any(Array) });

    walk.do('2026-04-28', contact({ on: '2026-04-28', kind: 'internal', withWhom: 'employee', direction: 'in', name: 'Piet', notes: 'Overleg over de planning' }));
    expect(walk.events[1]?.summary).toBe('Intern overleg met Piet (inkomend) op 28-04-2026: Overleg over de planning');
  });

  it('asks which way the contact went', () => {
    const walk = walkFor('craft');
    const noDirection = { ...contact(), direction: undefined } as unknown as WorkflowAction;
    expect(walk.refusal('2026-04-27', noDirection)).toEqual({ message: 'Kies of het contact inkomend of uitgaand was', field: 'direction' });
    expect(walk.refusal('2026-04-27', contact({ direction: 'sideways' as never }))?.field).toBe('direction');
  });

  it('plans a follow-up that joins the deadlines and is met by completing it', () => {
    const walk = walkFor('craft').do('2026-04-27', contact({ kind: 'phone', notes: 'Klant stuurt foto’s\nen belt daarna terug', followUpOn: '2026-05-04' }));
    const [followUp] = walk.complaint.workflow.followUps;
    expect(followUp).toEqual({ id: expect.any(String), dueOn: '2026-05-04', what: 'Klant stuurt foto’s', doneOn: null });
    expect(walk.complaint.workflow.contacts[0]?.followUpId).toBe(followUp?.id);
    expect(walk.events[0]?.summary).toBe('Telefoongesprek met klant (uitgaand) op 27-04-2026: Klant stuurt foto’s\nen belt daarna terug; opvolgen op 04-05-2026');

    const dueOn = (day: string) => computeDeadlines(walk.complaint, walk.procedure, calendar, day).find((d) => d.kind === 'follow_up');
    expect(dueOn('2026-04-28')).toMatchObject({ label: 'Vervolgafspraak: Klant stuurt foto’s', dueOn: '2026-05-04', state: 'open', itemId: followUp?.id });
    expect(dueOn('2026-05-05')?.state).toBe('overdue');
    walk.do('2026-05-05', { type: 'complete_follow_up', id: followUp?.id ?? '', on: '2026-05-05' });
    expect(dueOn('2026-05-05')).toMatchObject({ state: 'met', metOn: '2026-05-05' });
  });

  it('treats an empty follow-up day as none and refuses one before the contact or on an ended complaint', () => {
    expect(walkFor('craft').do('2026-04-27', contact({ followUpOn: '' })).complaint.workflow.followUps).toEqual([]);
    expect(walkFor('craft').refusal('2026-04-27', contact({ followUpOn: '2026-04-27' }))).toBeNull();
    expect(walkFor('craft').refusal('2026-04-28', contact({ on: '2026-04-28', followUpOn: '2026-04-27' }))).toEqual({
      message: 'De vervolgafspraak ligt vóór het contact (28-04-2026)',
      field: 'followUpOn',
    });
    expect(walkFor('craft').refusal('2026-04-27', contact({ followUpOn: '2026-02-30' }))?.field).toBe('followUpOn');
    const withdrawn = walkFor('craft').do('2026-04-27', { type: 'withdraw', on: '2026-04-27', reason: 'Opgelost' });
    expect(withdrawn.refusal('2026-04-28', contact({ on: '2026-04-28', followUpOn: '2026-05-04' }))).toEqual({
      message: 'De klacht is ingetrokken: er kan geen vervolgafspraak meer bij',
      field: 'followUpOn',
    });
    // A contact without a follow-up is still recorded after the end.
    expect(withdrawn.refusal('2026-04-28', contact({ on: '2026-04-28' }))).toBeNull();
  });

  it('adds and completes a follow-up, and keeps a note as a note event', () => {
    const walk = walkFor('craft');
    expect(walk.why('2026-04-27', 'complete_follow_up')).toBe('Er staat geen opvolging open');
    walk.do('2026-04-27', { type: 'add_follow_up', dueOn: '2026-05-04', what: 'Klant terugbellen' });
    const id = walk.complaint.workflow.followUps[0]?.id ?? '';
    expect(walk.refusal('2026-04-28', { type: 'complete_follow_up', id: 'nope', on: '2026-04-28' })?.field).toBe('id');
    walk.do('2026-04-28', { type: 'complete_follow_up', id, on: '2026-04-28' });
    expect(walk.complaint.workflow.followUps[0]?.doneOn).toBe('2026-04-28');
    walk.do('2026-04-28', { type: 'add_note', text: 'Klant wil liever gebeld worden' });
    expect(walk.events.at(-1)).toMatchObject({ type: 'note', summary: 'Klant wil liever gebeld worden', changes: [] });
  });
});
