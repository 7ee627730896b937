/**
 * Each preset walked through the steps of its seed, with every due day
 * asserted on the real calendar (2026: Goede Vrijdag 3 April, Tweede Paasdag
 * 6 April, Koningsdag Monday 27 April, Bevrijdingsdag Tuesday 5 May,
 * Hemelvaartsdag 14 May; Kerst on Friday 25 December, Nieuwjaar 2027 on Friday).
 */
import { describe, expect, it } from 'vitest';
import { computeDeadlines, deadlineTone, nextOpenDeadline } from '../../src-renderer/src/domain/deadlines';
import type { Deadline } from '../../src-renderer/src/domain/model';
import { calendar, Walk, walkFor } from './support/workflow';

const FRIDAY_BEFORE_KONINGSDAG = new Date(2026, 3, 24, 10, 0).toISOString();
const SATURDAY = new Date(2026, 2, 7, 11, 0).toISOString();
const CHRISTMAS_EVE = new Date(2026, 11, 24, 15, 30).toISOString();

function deadlines(walk: Walk, today: string): Deadline[] {
  return computeDeadlines(walk.complaint, walk.procedure, calendar, today);
}

/** kind (or kind:label) → [due, met] */
function table(walk: Walk, today: string): Record<string, [string, string | null]> {
  return Object.fromEntries(deadlines(walk, today).map((d) => [d.itemId ? `${d.kind}:${d.label}` : d.kind, [d.dueOn, d.metOn]]));
}

function next(walk: Walk, today = '2026-01-01') {
  return nextOpenDeadline(deadlines(walk, today));
}

describe('seed 000 (DOKh care provider): acknowledgement in 2 working days, written response in 4 weeks', () => {
  it('counts past Koningsdag, turns amber and red, and meets the terms by the steps', () => {
    const walk = walkFor('dokh', { receivedAt: FRIDAY_BEFORE_KONINGSDAG, employeesInvolved: [] });
    expect(table(walk, '2026-04-24')).toEqual({ acknowledgement: ['2026-04-29', null], response: ['2026-05-22', null] });
    const [acknowledgement, response] = deadlines(walk, '2026-04-28');
    expect(acknowledgement).toMatchObject({ label: 'Ontvangstbevestiging', workingDaysLeft: 1, state: 'open' });
    expect(deadlineTone(acknowledgement as Deadline)).toBe('amber');
    expect(response).toMatchObject({ workingDaysLeft: 16, state: 'open' });
    expect(deadlineTone(response as Deadline)).toBe('green');
    const late = deadlines(walk, '2026-04-30')[0] as Deadline;
    expect(late).toMatchObject({ workingDaysLeft: -1, state: 'overdue' });
    expect(deadlineTone(late)).toBe('red');
    expect(next(walk)).toEqual({ dueOn: '2026-04-29', kind: 'acknowledgement' });

    walk.do('2026-04-28', { type: 'acknowledge', sentOn: '2026-04-28', method: 'email' });
    expect(deadlines(walk, '2026-04-28')[0]).toMatchObject({ metOn: '2026-04-28', workingDaysLeft: null, state: 'met' });
    expect(next(walk)).toEqual({ dueOn: '2026-05-22', kind: 'response' });

    walk
      .do('2026-04-29', { type: 'assign_owner', ownerId: 'erik', ownerName: 'Erik Zwart', customerContactBy: 'owner' })
      .do('2026-05-19', { type: 'record_judgement', verdict: 'founded', reasoning: 'Klopt', judgedOn: '2026-05-19', judges: ['Erik Zwart'], judgedById: 'erik' })
      .do('2026-05-19', { type: 'add_corrective_action', description: 'Intake-instructie', assignee: 'Erik Zwart', dueOn: '2026-06-30', effectivenessCheckDueOn: '' })
      .do('2026-05-20', { type: 'send_response', sentOn: '2026-05-20', method: 'post' });
    expect(table(walk, '2026-05-20')).toEqual({
      acknowledgement: ['2026-04-29', '2026-04-28'],
      response: ['2026-05-22', '2026-05-20'],
      'corrective_action:Corrigerende maatregel: Intake-instructie': ['2026-06-30', null],
    });
    expect(next(walk)).toEqual({ dueOn: '2026-06-30', kind: 'corrective_action' });
  });

  it('counts a settlement at first contact as the answer', () => {
    const walk = walkFor('dokh', { receivedAt: FRIDAY_BEFORE_KONINGSDAG })
      .do('2026-04-28', { type: 'acknowledge', sentOn: '2026-04-28', method: 'email' })
      .do('2026-04-30', { type: 'settle_informally', on: '2026-04-30', agreement: 'Excuses' });
    expect(table(walk, '2026-04-30').response).toEqual(['2026-05-22', '2026-04-30']);
    expect(next(walk)).toBeNull();
  });
});

describe('seed 001 (committee): acknowledgement in 2 weeks, response in 4 weeks with notice, appeal in 8 weeks of its receipt', () => {
  it('counts a Saturday receipt from that Saturday and moves a last day off the weekend and Tweede Paasdag', () => {
    const walk = walkFor('committee', { receivedAt: SATURDAY, employeesInvolved: [] });
    // Saturday 7 March + 2 weeks is Saturday 21 March: Monday 23 March. + 4 weeks is Saturday 4 April; Monday 6 April is
    // Tweede Paasdag, so Tuesday 7 April.
    expect(table(walk, '2026-03-09')).toEqual({
      acknowledgement: ['2026-03-23', null],
      response: ['2026-04-07', null],
      extension_notice: ['2026-04-07', null],
    });
    expect(next(walk)).toEqual({ dueOn: '2026-03-23', kind: 'acknowledgement' });

    walk
      .do('2026-03-12', { type: 'acknowledge', sentOn: '2026-03-12', method: 'email' })
      .do('2026-03-31', { type: 'consult_management', on: '2026-03-31', reason: 'material_interest', notes: 'Creditering besproken' })
      .do('2026-04-01', { type: 'extend', reason: 'Directie beslist pas na Pasen', newDueOn: '2026-04-21', notice: { sentOn: '2026-04-01', method: 'email' } });
    // The response is on the extended term now; the notice was in time.
    expect(table(walk, '2026-04-01')).toEqual({
      acknowledgement: ['2026-03-23', '2026-03-12'],
      extension_notice: ['2026-04-07', '2026-04-01'],
      extended_response: ['2026-04-21', null],
    });
    expect(next(walk)).toEqual({ dueOn: '2026-04-21', kind: 'extended_response' });

    walk
      .do('2026-04-17', { type: 'record_judgement', verdict: 'unfounded', reasoning: 'Geen fout', judgedOn: '2026-04-17', judges: ['NC Jansen', 'K. Bruurmijn'], judgedById: null })
      .do('2026-04-20', { type: 'send_response', sentOn: '2026-04-20', method: 'email' })
      .do('2026-04-30', { type: 'close', on: '2026-04-30' });
    // Kept one year after handling: 30 April 2027.
    expect(table(walk, '2026-04-30')).toMatchObject({ extended_response: ['2026-04-21', '2026-04-20'], retention: ['2027-04-30', null] });
    expect(next(walk)).toBeNull();

    walk.do('2026-06-16', { type: 'escalate', bodyId: 'beroepscommissie', receivedOn: '2026-06-15', notes: '' });
    expect(deadlines(walk, '2026-06-16').find((d) => d.kind === 'escalation')).toMatchObject({ dueOn: '2026-08-10', metOn: null });
    expect(next(walk)).toEqual({ dueOn: '2026-08-10', kind: 'escalation' });
    expect(table(walk, '2026-06-16').retention).toBeUndefined();
  });
});

describe('seed 002 (craft business): over Christmas, with repair term and corrective actions', () => {
  it('skips Kerst and Nieuwjaar, follows the repair, and keeps improvement terms after closing', () => {
    const walk = walkFor('craft', { receivedAt: CHRISTMAS_EVE, employeesInvolved: [] });
    expect(table(walk, '2026-12-24')).toEqual({
      acknowledgement: ['2027-01-04', null],
      response: ['2027-01-21', null],
      extension_notice: ['2027-01-21', null],
    });
    // Over the holidays: 28, 29, 30, 31 December and 4 January are the working days left.
    expect(deadlines(walk, '2026-12-24')[0]?.workingDaysLeft).toBe(5);

    walk
      .do('2026-12-28', { type: 'acknowledge', sentOn: '2026-12-28', method: 'post' })
      .do('2027-01-12', { type: 'record_judgement', verdict: 'founded', reasoning: 'Lekkage na herstel', judgedOn: '2027-01-12', judges: ['Erik Zwart'], judgedById: null })
      .do('2027-01-12', { type: 'record_solution', description: 'Leiding opnieuw solderen', agreedRepairOn: '2027-01-26', thirdParty: 'Loodgieter Bos' })
      .do('2027-01-13', { type: 'send_response', sentOn: '2027-01-13', method: 'phone' })
      .do('2027-01-13', { type: 'add_corrective_action', description: 'Drukproef na elk herstel', assignee: 'Erik Zwart', dueOn: '2027-02-15', effectivenessCheckDueOn: '2027-04-15' });
    expect(table(walk, '2027-01-13')).toEqual({
      acknowledgement: ['2027-01-04', '2026-12-28'],
      response: ['2027-01-21', '2027-01-13'],
      repair: ['2027-01-26', null],
      'corrective_action:Corrigerende maatregel: Drukproef na elk herstel': ['2027-02-15', null],
      'effectiveness_check:Effectiviteitstoets: Drukproef na elk herstel': ['2027-04-15', null],
    });
    expect(next(walk)).toEqual({ dueOn: '2027-01-26', kind: 'repair' });

    walk
      .do('2027-01-25', { type: 'complete_solution', on: '2027-01-25' })
      .do('2027-01-28', { type: 'record_evaluation', on: '2027-01-28', notes: 'Naar tevredenheid opgelost' })
      .do('2027-01-29', { type: 'close', on: '2027-01-29', openItems: 'keep' });
    expect(table(walk, '2027-01-29')).toMatchObject({ repair: ['2027-01-26', '2027-01-25'], retention: ['2030-01-29', null] });
    // Measures are tested for effect after the file is closed (seed 002 §4).
    expect(next(walk)).toEqual({ dueOn: '2027-02-15', kind: 'corrective_action' });
  });
});

describe('seed 003 (sole trader, NRTO): acknowledgement in 5 working days, further handling in 10, handled in 4 weeks', () => {
  it('skips Koningsdag and Bevrijdingsdag', () => {
    const walk = walkFor('soleTrader', { receivedAt: FRIDAY_BEFORE_KONINGSDAG });
    expect(table(walk, '2026-04-24')).toEqual({
      acknowledgement: ['2026-05-04', null],
      further_handling: ['2026-05-12', null],
      response: ['2026-05-22', null],
      extension_notice: ['2026-05-22', null],
    });
    walk.do('2026-04-30', { type: 'acknowledge', sentOn: '2026-04-30', method: 'email' });
    expect(next(walk)).toEqual({ dueOn: '2026-05-12', kind: 'further_handling' });
    walk
      .do('2026-05-11', { type: 'send_further_handling', sentOn: '2026-05-11', method: 'email' })
      .do('2026-05-18', { type: 'record_judgement', verdict: 'partly_founded', reasoning: 'Deels', judgedOn: '2026-05-18', judges: ['Mok Heijmerink'], judgedById: null })
      .do('2026-05-19', { type: 'send_response', sentOn: '2026-05-19', method: 'email' })
      .do('2026-05-19', { type: 'close', on: '2026-05-19' });
    // Archived five years.
    expect(table(walk, '2026-05-19')).toEqual({
      acknowledgement: ['2026-05-04', '2026-04-30'],
      further_handling: ['2026-05-12', '2026-05-11'],
      response: ['2026-05-22', '2026-05-19'],
      retention: ['2031-05-19', null],
    });
  });
});

describe('seed 004 (coordinator): acknowledgement in 5 working days, status check every 2 weeks', () => {
  it('repeats the status check from receipt and from each check, only while owned and open', () => {
    const walk = walkFor('coordinator', { receivedAt: FRIDAY_BEFORE_KONINGSDAG, employeesInvolved: [] });
    expect(table(walk, '2026-04-24')).toEqual({ acknowledgement: ['2026-05-04', null] });
    walk.do('2026-04-28', { type: 'acknowledge', sentOn: '2026-04-28', method: 'post' }).do('2026-04-28', { type: 'assign_owner', ownerId: 'erik', ownerName: 'Erik Zwart', customerContactBy: 'owner' });
    expect(next(walk)).toEqual({ dueOn: '2026-05-08', kind: 'status_check' });
    walk.do('2026-05-07', { type: 'record_status_check', on: '2026-05-07', discussed: 'Klant komt 12 mei', nextStep: '' });
    expect(next(walk)).toEqual({ dueOn: '2026-05-21', kind: 'status_check' });
    walk.do('2026-05-21', { type: 'record_status_check', on: '2026-05-21', discussed: 'Schoen in reparatie', nextStep: '' });
    // 4 June; an overdue check shows red.
    const check = deadlines(walk, '2026-06-05').find((d) => d.kind === 'status_check') as Deadline;
    expect(check).toMatchObject({ dueOn: '2026-06-04', state: 'overdue', workingDaysLeft: -1 });

    walk
      // No verdict under 004: the solution agreed is what the customer is told.
      .do('2026-06-05', { type: 'record_solution', description: 'Nieuwe schoen', agreedRepairOn: '2026-06-19', thirdParty: '' })
      .do('2026-06-05', { type: 'send_response', sentOn: '2026-06-05', method: 'handed_over' })
      .do('2026-06-19', { type: 'complete_solution', on: '2026-06-19' })
      .do('2026-06-22', { type: 'record_evaluation', on: '2026-06-22', notes: 'Tevreden' });
    // Evaluated: handling is over, the coordinator no longer checks with the owner.
    expect(table(walk, '2026-06-22').status_check).toBeUndefined();
    walk.do('2026-06-23', { type: 'record_customer_agreement', on: '2026-06-23', notes: '' }).do('2026-06-23', { type: 'close', on: '2026-06-23' });
    expect(deadlines(walk, '2026-06-23').filter((d) => d.metOn === null)).toEqual([]);
  });

  it('counts the status check of a reopened file from the day it was reopened, not from the last check', () => {
    // 004 with a verdict step, so the file can be judged and closed quickly.
    const walk = walkFor('coordinatorWithVerdict', { employeesInvolved: [] })
      .do('2026-04-28', { type: 'acknowledge', sentOn: '2026-04-28', method: 'post' })
      .do('2026-04-28', { type: 'assign_owner', ownerId: 'erik', ownerName: 'Erik Zwart', customerContactBy: 'owner' })
      .do('2026-05-07', { type: 'record_status_check', on: '2026-05-07', discussed: 'Klant komt 12 mei', nextStep: '' })
      .do('2026-05-12', { type: 'record_judgement', verdict: 'unfounded', reasoning: 'Geen fout', judgedOn: '2026-05-12', judges: ['Erik Zwart'], judgedById: 'erik' })
      .do('2026-05-12', { type: 'send_response', sentOn: '2026-05-12', method: 'email' })
      .do('2026-05-13', { type: 'record_evaluation', on: '2026-05-13', notes: 'Niet tevreden' })
      .do('2026-05-13', { type: 'record_customer_agreement', on: '2026-05-13', notes: '' })
      .do('2026-05-13', { type: 'close', on: '2026-05-13' })
      .do('2026-06-01', { type: 'reopen', reason: 'Klant komt terug met nieuwe feiten' });
    expect(next(walk)).toEqual({ dueOn: '2026-06-15', kind: 'status_check' });
  });
});

describe('Wkkgz: decision in 6 weeks, one extension of at most 4 weeks with notice', () => {
  it('shows the notice due with the response, then the extended term', () => {
    const walk = walkFor('wkkgz', { receivedAt: FRIDAY_BEFORE_KONINGSDAG, employeesInvolved: [] });
    expect(table(walk, '2026-04-24')).toEqual({
      acknowledgement: ['2026-05-04', null],
      response: ['2026-06-05', null],
      extension_notice: ['2026-06-05', null],
    });
    walk
      .do('2026-04-27', { type: 'assign_owner', ownerId: 'erik', ownerName: 'Erik Zwart', customerContactBy: 'owner' })
      .do('2026-06-03', { type: 'extend', reason: 'Extern advies nodig', newDueOn: '2026-07-03', notice: { sentOn: '2026-06-03', method: 'post' } });
    expect(table(walk, '2026-06-03')).toMatchObject({
      extension_notice: ['2026-06-05', '2026-06-03'],
      extended_response: ['2026-07-03', null],
    });
    expect(table(walk, '2026-06-03').response).toBeUndefined();
  });
});

describe('ended complaints and items', () => {
  it('keep only met terms and retention once withdrawn', () => {
    const walk = walkFor('craft', { receivedAt: FRIDAY_BEFORE_KONINGSDAG })
      .do('2026-04-28', { type: 'acknowledge', sentOn: '2026-04-28', method: 'email' })
      .do('2026-04-28', { type: 'add_follow_up', dueOn: '2026-05-01', what: 'Terugbellen' })
      .do('2026-04-29', { type: 'withdraw', on: '2026-04-29', reason: 'Klant trok in' });
    expect(table(walk, '2026-04-29')).toEqual({ acknowledgement: ['2026-05-04', '2026-04-28'], retention: ['2029-04-30', null] });
    expect(next(walk)).toBeNull();
  });

  it('lists follow-ups by their item with the earliest first', () => {
    const walk = walkFor('craft', { receivedAt: FRIDAY_BEFORE_KONINGSDAG })
      .do('2026-04-28', { type: 'acknowledge', sentOn: '2026-04-28', method: 'email' })
      .do('2026-04-28', { type: 'add_follow_up', dueOn: '2026-04-30', what: 'Terugbellen' });
    const followUp = deadlines(walk, '2026-04-28').find((d) => d.kind === 'follow_up');
    expect(followUp).toMatchObject({ label: 'Vervolgafspraak: Terugbellen', itemId: walk.complaint.workflow.followUps[0]?.id, workingDaysLeft: 2 });
    expect(next(walk)).toEqual({ dueOn: '2026-04-30', kind: 'follow_up' });
  });
});

describe('a receipt on a weekday holiday (Hemelvaartsdag, Thursday 14 May 2026)', () => {
  // Algemene termijnenwet: terms in weeks, months and years run from the day of receipt itself; only their last day moves.
  const ASCENSION_DAY = new Date(2026, 4, 14, 9, 30).toISOString();

  it('gives the terms in weeks the regeling gives, not a day more; working days still count from Friday', () => {
    expect(table(walkFor('dokh', { receivedAt: ASCENSION_DAY, employeesInvolved: [] }), '2026-05-15')).toEqual({
      acknowledgement: ['2026-05-18', null],
      response: ['2026-06-11', null],
    });
    expect(table(walkFor('committee', { receivedAt: ASCENSION_DAY, employeesInvolved: [] }), '2026-05-15')).toMatchObject({
      acknowledgement: ['2026-05-28', null],
      response: ['2026-06-11', null],
    });
  });

  it('counts an appeal received on it and the retention of a file ended on it from that day', () => {
    const walk = walkFor('committee', { receivedAt: FRIDAY_BEFORE_KONINGSDAG, employeesInvolved: [] })
      .do('2026-04-28', { type: 'acknowledge', sentOn: '2026-04-28', method: 'email' })
      .do('2026-05-14', { type: 'withdraw', on: '2026-05-14', reason: 'Klant trok in' });
    // One year from Hemelvaartsdag is Friday 14 May 2027, a working day.
    expect(table(walk, '2026-05-14').retention).toEqual(['2027-05-14', null]);

    const appealed = walkFor('committee', { receivedAt: FRIDAY_BEFORE_KONINGSDAG, employeesInvolved: [] })
      .do('2026-04-28', { type: 'acknowledge', sentOn: '2026-04-28', method: 'email' })
      .do('2026-05-07', { type: 'record_judgement', verdict: 'unfounded', reasoning: 'Geen fout', judgedOn: '2026-05-07', judges: ['NC Jansen', 'K. Bruurmijn'], judgedById: null })
      .do('2026-05-08', { type: 'send_response', sentOn: '2026-05-08', method: 'email' })
      .do('2026-05-11', { type: 'close', on: '2026-05-11' })
      .do('2026-05-15', { type: 'escalate', bodyId: 'beroepscommissie', receivedOn: '2026-05-14', notes: '' });
    // 8 weeks from Thursday 14 May: Thursday 9 July.
    expect(deadlines(appealed, '2026-05-15').find((d) => d.kind === 'escalation')).toMatchObject({ dueOn: '2026-07-09', metOn: null });
  });
});
