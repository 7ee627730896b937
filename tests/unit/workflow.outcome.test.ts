import { describe, expect, it } from 'vitest';
import type { WorkflowAction } from '../../src-renderer/src/domain/workflow';
import { walkFor } from './support/workflow';

const judgement = (judgedOn: string, judges = ['Erik Zwart'], verdict: 'founded' | 'partly_founded' | 'unfounded' = 'founded'): WorkflowAction => ({
  type: 'record_judgement',
  verdict,
  reasoning: 'Afspraak niet nagekomen',
  judgedOn,
  judges,
  judgedById: 'erik',
});

/** Seed 004 up to a judged complaint: acknowledged, owner Erik, a status check. */
function coordinatorWalk() {
  return walkFor('coordinatorWithVerdict')
    .do('2026-04-27', { type: 'acknowledge', sentOn: '2026-04-27', method: 'email' })
    .do('2026-04-28', { type: 'assign_owner', ownerId: 'erik', ownerName: 'Erik Zwart', customerContactBy: 'owner' })
    .do('2026-05-08', { type: 'record_status_check', on: '2026-05-08', discussed: 'Klant komt langs', nextStep: '' });
}

describe('judging', () => {
  it('needs an owner first where the procedure assigns one (seed 000, 004)', () => {
    for (const key of ['dokh', 'coordinatorWithVerdict'] as const) {
      const walk = walkFor(key);
      expect(walk.why('2026-04-27', 'record_judgement')).toBe('Wijs eerst een behandelaar toe die niet bij de klacht betrokken is');
    }
  });

  it('records verdict, reasoning and judges, and refuses an involved judge', () => {
    const walk = coordinatorWalk();
    expect(walk.refusal('2026-05-12', judgement('2026-05-12', ['Piet Jansen']))?.message).toBe(
      'Piet Jansen is betrokken bij deze klacht en mag hem niet beoordelen',
    );
    expect(walk.refusal('2026-05-12', judgement('2026-05-12', []))).toEqual({ message: 'Vul in wie de klacht beoordeelde', field: 'judges' });
    expect(walk.refusal('2026-05-12', { ...judgement('2026-05-12'), reasoning: '' } as WorkflowAction)?.field).toBe('reasoning');
    walk.do('2026-05-12', judgement('2026-05-12'));
    expect(walk.complaint.status).toBe('judged');
    expect(walk.complaint.workflow.judgement).toEqual({
      verdict: 'founded',
      reasoning: 'Afspraak niet nagekomen',
      judgedOn: '2026-05-12',
      judgedById: 'erik',
      judges: ['Erik Zwart'],
    });
  });

  it('asks a committee procedure for the chair and members who judged (seed 001), without an owner', () => {
    const walk = walkFor('committee', { employeesInvolved: [] });
    expect(walk.refusal('2026-05-12', judgement('2026-05-12', []))?.message).toBe('Vul in welke leden van de klachtencommissie de klacht beoordeelden');
    walk.do('2026-05-12', judgement('2026-05-12', ['NC Jansen', 'K. Bruurmijn'], 'unfounded'));
    expect(walk.complaint.workflow.judgement?.judges).toEqual(['NC Jansen', 'K. Bruurmijn']);
  });

  it('lets the business owner of a one-person office judge a complaint about themself (seed 003)', () => {
    const walk = walkFor('soleTrader', { employeesInvolved: ['Mok'] });
    expect(walk.refusal('2026-05-12', judgement('2026-05-12', ['Mok Heijmerink']))).toBeNull();
  });

  it('may be corrected until the customer is told, not after', () => {
    const walk = coordinatorWalk().do('2026-05-12', judgement('2026-05-12'));
    expect(walk.allowed('2026-05-12')).toContain('record_judgement');
    walk.do('2026-05-13', { type: 'send_response', sentOn: '2026-05-13', method: 'post' });
    expect(walk.why('2026-05-13', 'record_judgement')).toBe('Het oordeel is al aan de klant gemeld');
  });
});

describe('the response', () => {
  it('needs the judgement first and cannot predate it', () => {
    const walk = coordinatorWalk();
    expect(walk.why('2026-05-12', 'send_response')).toBe('Leg eerst het oordeel vast (gegrond, deels gegrond of ongegrond)');
    walk.do('2026-05-12', judgement('2026-05-12'));
    expect(walk.refusal('2026-05-13', { type: 'send_response', sentOn: '2026-05-11', method: 'post' })).toEqual({
      message: 'De reactie kan niet vóór het oordeel (12-05-2026) zijn verstuurd',
      field: 'sentOn',
    });
  });
});

describe('the solution (seed 002: repair term, third parties followed)', () => {
  it('records the solution with its repair date, and resolves once carried out', () => {
    const walk = walkFor('craft', { employeesInvolved: [] }).do('2026-05-12', judgement('2026-05-12'));
    const solution = { type: 'record_solution' as const, description: 'Nieuwe kraan plaatsen', agreedRepairOn: '12-05', thirdParty: 'Loodgieter Bos' };
    expect(walk.refusal('2026-05-12', solution)?.field).toBe('agreedRepairOn');
    expect(walk.refusal('2026-05-12', { ...solution, description: '' })?.field).toBe('description');
    // A credit note has no repair term.
    expect(walk.refusal('2026-05-12', { ...solution, agreedRepairOn: '' })).toBeNull();
    walk.do('2026-05-12', { ...solution, agreedRepairOn: '2026-05-26' });
    expect(walk.events.at(-1)?.summary).toBe('Oplossing afgesproken: Nieuwe kraan plaatsen, herstel uiterlijk 26-05-2026, uit te voeren door Loodgieter Bos');
    walk.do('2026-05-25', { type: 'complete_solution', on: '2026-05-25' });
    expect(walk.complaint.status).toBe('resolved');
    expect(walk.complaint.workflow.solution?.carriedOutOn).toBe('2026-05-25');
    expect(walk.why('2026-05-25', 'complete_solution')).toBe('De oplossing is al uitgevoerd');
  });
});

describe('root cause, corrective actions and structural measures', () => {
  it('adds a corrective action and checks its effectiveness only after it is done', () => {
    const walk = walkFor('craft').do('2026-05-12', {
      type: 'add_corrective_action',
      description: 'Werkinstructie maken',
      assignee: 'Erik Zwart',
      dueOn: '2026-06-01',
      effectivenessCheckDueOn: '2026-09-01',
    });
    const id = walk.complaint.workflow.correctiveActions[0]?.id ?? '';
    expect(walk.refusal('2026-05-20', { type: 'update_corrective_action', id, effectivenessCheckedOn: '2026-05-20', effectivenessResult: 'Goed' })).toEqual({
      message: 'Toets de effectiviteit pas als de maatregel is uitgevoerd',
      field: 'effectivenessCheckedOn',
    });
    walk.do('2026-05-29', { type: 'update_corrective_action', id, doneOn: '2026-05-29' });
    expect(walk.refusal('2026-09-01', { type: 'update_corrective_action', id, effectivenessCheckedOn: '2026-09-01' })?.field).toBe('effectivenessResult');
    walk.do('2026-09-01', { type: 'update_corrective_action', id, effectivenessCheckedOn: '2026-09-01', effectivenessResult: 'Geen herhaling' });
    expect(walk.complaint.workflow.correctiveActions[0]).toMatchObject({ doneOn: '2026-05-29', effectivenessCheckedOn: '2026-09-01', effectivenessResult: 'Geen herhaling' });
    expect(walk.events.at(-1)?.summary).toBe('Corrigerende maatregel „Werkinstructie maken”: effectiviteit getoetst op 01-09-2026: Geen herhaling');
    expect(walk.why('2026-09-01', 'update_corrective_action')).toBe('Er staat geen corrigerende maatregel open');
    expect(walk.refusal('2026-05-12', { type: 'add_corrective_action', description: 'X', assignee: 'Y', dueOn: '2026-06-01', effectivenessCheckDueOn: '2026-05-30' })?.field).toBe(
      'effectivenessCheckDueOn',
    );
  });

  it('records the root cause, and structural measures once the complaint is judged (seed 001: even after closing)', () => {
    const walk = walkFor('committee', { employeesInvolved: [] });
    walk.do('2026-04-28', { type: 'record_root_cause', rootCause: 'Geen vaste contactpersoon' });
    expect(walk.why('2026-04-28', 'record_structural_measures')).toBe(
      'Structurele maatregelen worden na de afhandeling van de klacht overwogen: leg eerst het oordeel vast',
    );
    walk
      .do('2026-05-12', judgement('2026-05-12', ['NC Jansen']))
      .do('2026-05-13', { type: 'send_response', sentOn: '2026-05-13', method: 'email' })
      .do('2026-05-14', { type: 'close', on: '2026-05-14' })
      .do('2026-05-20', { type: 'record_structural_measures', text: 'Vaste contactpersoon per klant' });
    expect(walk.complaint.workflow).toMatchObject({ rootCause: 'Geen vaste contactpersoon', structuralMeasures: 'Vaste contactpersoon per klant' });
    expect(walk.complaint.status).toBe('closed');
  });
});

describe('evaluating, agreeing and closing (seed 004)', () => {
  it('refuses closing until handled, evaluated and agreed, each with its reason', () => {
    const walk = coordinatorWalk();
    expect(walk.why('2026-05-12', 'close')).toBe(
      'De klacht kan pas worden gesloten als hij is afgehandeld: het oordeel (gegrond, deels gegrond of ongegrond) is nog niet vastgelegd',
    );
    walk
      .do('2026-05-12', judgement('2026-05-12'))
      .do('2026-05-12', { type: 'send_response', sentOn: '2026-05-12', method: 'handed_over' })
      .do('2026-05-12', { type: 'record_solution', description: 'Nieuwe zool', agreedRepairOn: '2026-05-19', thirdParty: '' });
    expect(walk.why('2026-05-12', 'record_evaluation')).toBe('Evalueer het verloop met de klant na de afhandeling: de afgesproken oplossing is nog niet uitgevoerd');
    walk.do('2026-05-19', { type: 'complete_solution', on: '2026-05-19' });
    expect(walk.why('2026-05-19', 'close')).toBe('De klacht kan pas worden gesloten nadat het verloop met de klant is geëvalueerd');
    walk.do('2026-05-20', { type: 'record_evaluation', on: '2026-05-20', notes: 'Klant tevreden over de snelheid' });
    expect(walk.complaint.status).toBe('evaluated');
    expect(walk.why('2026-05-20', 'close')).toBe('De klacht kan pas worden gesloten nadat de klant akkoord heeft gegeven');
    expect(walk.refusal('2026-05-20', { type: 'close', on: '2026-05-20' })?.message).toBe('De klacht kan pas worden gesloten nadat de klant akkoord heeft gegeven');
    walk.do('2026-05-21', { type: 'record_customer_agreement', on: '2026-05-21', notes: '' });
    walk.do('2026-05-21', { type: 'close', on: '2026-05-21' });
    expect(walk.complaint.status).toBe('closed');
    expect(walk.complaint.workflow.closedOn).toBe('2026-05-21');
    // Seed 004 names no retention term.
    expect(walk.complaint.workflow.retentionUntil).toBeNull();
  });

  it('does not require a written response where the procedure promises none (seed 004)', () => {
    const walk = coordinatorWalk().do('2026-05-12', judgement('2026-05-12', ['Erik Zwart'], 'unfounded'));
    expect(walk.allowed('2026-05-12')).toContain('record_evaluation');
    expect(walk.allowed('2026-05-12')).toContain('send_response');
  });

  it('closes straight after the response where nothing else is required (seed 001), keeping the file a year', () => {
    const walk = walkFor('committee', { employeesInvolved: [] })
      .do('2026-05-12', judgement('2026-05-12', ['NC Jansen'], 'unfounded'))
      .do('2026-05-12', { type: 'send_response', sentOn: '2026-05-12', method: 'email' })
      .do('2026-05-13', { type: 'close', on: '2026-05-13' });
    expect(walk.complaint.workflow.retentionUntil).toBe('2027-05-13');
  });
});

describe('reopening', () => {
  it('needs a reason, goes back to in progress and asks evaluation and agreement again', () => {
    const walk = walkFor('coordinatorWithVerdict', { employeesInvolved: [] })
      .do('2026-04-28', { type: 'assign_owner', ownerId: 'erik', ownerName: 'Erik Zwart', customerContactBy: 'owner' })
      .do('2026-05-12', judgement('2026-05-12'))
      .do('2026-05-12', { type: 'send_response', sentOn: '2026-05-12', method: 'post' })
      .do('2026-05-12', { type: 'record_solution', description: 'Nieuwe zool', agreedRepairOn: '2026-05-19', thirdParty: '' })
      .do('2026-05-19', { type: 'complete_solution', on: '2026-05-19' })
      .do('2026-05-20', { type: 'record_evaluation', on: '2026-05-20', notes: 'Tevreden' })
      .do('2026-05-21', { type: 'record_customer_agreement', on: '2026-05-21', notes: '' })
      .do('2026-05-21', { type: 'close', on: '2026-05-21' });
    expect(walk.why('2026-05-21', 'reopen')).toBeUndefined();
    expect(walk.refusal('2026-06-02', { type: 'reopen', reason: '  ' })).toEqual({ message: 'Vul in waarom de klacht wordt heropend', field: 'reason' });
    walk.do('2026-06-02', { type: 'reopen', reason: 'Zool laat weer los' });
    expect(walk.complaint.status).toBe('in_progress');
    expect(walk.complaint.workflow).toMatchObject({
      closedOn: null,
      evaluation: null,
      customerAgreement: null,
      reopenings: [{ on: '2026-06-02', reason: 'Zool laat weer los' }],
    });
    // A revised judgement needs a new response.
    walk.do('2026-06-05', judgement('2026-06-05', ['Erik Zwart'], 'partly_founded'));
    expect(walk.allowed('2026-06-05')).toContain('send_response');
  });

  it('takes back a withdrawal or an inadmissibility, and the retention that came with it', () => {
    const withdrawn = walkFor('craft')
      .do('2026-04-27', { type: 'withdraw', on: '2026-04-27', reason: 'Opgelost' })
      .do('2026-05-04', { type: 'reopen', reason: 'Klant belt: toch niet opgelost' });
    expect(withdrawn.complaint.status).toBe('in_progress');
    expect(withdrawn.complaint.workflow).toMatchObject({ withdrawn: null, retentionUntil: null });
    expect(withdrawn.allowed('2026-05-04')).not.toContain('reopen');

    const inadmissible = walkFor('committee', { problemArisenOn: '2024-01-10' })
      .do('2026-04-27', { type: 'declare_inadmissible', on: '2026-04-27', reason: 'Ruim te laat' })
      .do('2026-05-04', { type: 'reopen', reason: 'Probleem bleek later ontstaan' });
    expect(inadmissible.complaint.workflow).toMatchObject({ inadmissible: null, retentionUntil: null });
  });

  it('is only offered for ended complaints', () => {
    expect(walkFor('craft').why('2026-04-27', 'reopen')).toBe('De klacht is niet afgesloten');
  });
});
