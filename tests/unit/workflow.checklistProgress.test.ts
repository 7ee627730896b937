import { describe, expect, it } from 'vitest';
import { procedureChecklist } from '../../src-renderer/src/domain/workflow';
import { complaintUnder, preset, Walk, walkFor } from './support/workflow';

// How the card's checklist follows a complaint as its steps are recorded: which step is done on which day, which
// one is urged next and which no longer apply.
const item = (walk: Walk, key: string) => procedureChecklist(walk.complaint, walk.procedure).find((i) => i.key === key);
const view = (walk: Walk, key: string) => {
  const found = item(walk, key);
  return found ? [found.state, found.doneOn ?? null] : null;
};

describe('the checklist as a complaint is handled', () => {
  it('hears both sides on the later of the two talks, and with only the customer when no employee is named (Wkkgz)', () => {
    // The later call is recorded first: the customer counts as heard from the first talk.
    const employeeFirst = walkFor('wkkgz')
      .do('2026-04-27', { type: 'log_contact', on: '2026-04-27', kind: 'meeting', withWhom: 'employee', direction: 'out', name: 'Piet', notes: 'Piet gehoord' })
      .do('2026-05-04', { type: 'log_contact', on: '2026-05-04', kind: 'phone', withWhom: 'customer', direction: 'in', name: '', notes: 'Klant belt terug' })
      .do('2026-05-04', { type: 'log_contact', on: '2026-04-30', kind: 'phone', withWhom: 'customer', direction: 'out', name: '', notes: 'Klant gehoord' });
    expect(view(employeeFirst, 'hearing')).toEqual(['done', '2026-04-30']);

    const nobodyNamed = walkFor('wkkgz', { employeesInvolved: [] });
    expect(view(nobodyNamed, 'hearing')).toEqual(['open', null]);
    nobodyNamed.do('2026-04-28', { type: 'log_contact', on: '2026-04-28', kind: 'phone', withWhom: 'customer', direction: 'out', name: '', notes: 'Klant gehoord' });
    expect(view(nobodyNamed, 'hearing')).toEqual(['done', '2026-04-28']);
  });

  it('shows the last status check and the management talk for its own reason (seed 004)', () => {
    const walk = walkFor('coordinator', { employeesInvolved: [] })
      .do('2026-04-27', { type: 'assign_owner', ownerId: 'erik', ownerName: 'Erik Zwart', customerContactBy: 'owner' })
      .do('2026-05-08', { type: 'record_status_check', on: '2026-05-08', discussed: 'Onderdeel besteld', nextStep: 'Monteur plant bezoek' })
      .do('2026-05-22', { type: 'record_status_check', on: '2026-05-22', discussed: 'Monteur geweest', nextStep: 'Oordeel' });
    expect(view(walk, 'status_check')).toEqual(['done', '2026-05-22']);
    expect(item(walk, 'status_check')?.deadline).toBe('status_check');
    expect(view(walk, 'management_owner')).toEqual(['open', null]);
    walk
      .do('2026-05-26', { type: 'consult_management', on: '2026-05-26', reason: 'owner_cannot_handle', notes: 'Directie neemt het over' })
      .do('2026-05-27', { type: 'consult_management', on: '2026-05-27', reason: 'owner_cannot_handle', notes: 'Nog eens' });
    expect(view(walk, 'management_owner')).toEqual(['done', '2026-05-26']);
  });

  it('shows management consulted on a material interest only for that reason (seed 001)', () => {
    const walk = walkFor('committee').do('2026-05-04', { type: 'consult_management', on: '2026-05-04', reason: 'material_interest', notes: 'Creditering' });
    expect(view(walk, 'management_interest')).toEqual(['done', '2026-05-04']);
  });

  it('no longer offers more time once the response went out, and shows the extended term once extended (seed 002)', () => {
    const answered = walkFor('craft', { employeesInvolved: [] })
      .do('2026-05-04', { type: 'record_judgement', verdict: 'founded', reasoning: 'Klopt', judgedOn: '2026-05-04', judges: ['Eigenaar'], judgedById: null })
      .do('2026-05-05', { type: 'send_response', sentOn: '2026-05-05', method: 'email' });
    expect(view(answered, 'extension')).toEqual(['not_applicable', null]);
    expect(view(answered, 'response')).toEqual(['done', '2026-05-05']);
    expect(item(answered, 'response')?.deadline).toBe('response');

    const extended = walkFor('craft').do('2026-05-11', {
      type: 'extend',
      reason: 'Onderdeel op bestelling',
      newDueOn: '2026-06-05',
      notice: { sentOn: '2026-05-11', method: 'email' },
    });
    expect(view(extended, 'extension')).toEqual(['done', '2026-05-11']);
    expect(item(extended, 'response')?.deadline).toBe('extended_response');
  });

  it('leaves the repair out of an unfounded complaint and shows the day it was carried out otherwise (seed 002)', () => {
    const judged = (verdict: 'founded' | 'unfounded') =>
      walkFor('craft', { employeesInvolved: [] }).do('2026-05-04', { type: 'record_judgement', verdict, reasoning: 'Gewogen', judgedOn: '2026-05-04', judges: ['Eigenaar'], judgedById: null });
    const unfounded = judged('unfounded');
    expect(view(unfounded, 'judgement')).toEqual(['done', '2026-05-04']);
    expect([view(unfounded, 'solution'), view(unfounded, 'solution_done')]).toEqual([
      ['not_applicable', null],
      ['not_applicable', null],
    ]);

    const repaired = judged('founded')
      .do('2026-05-05', { type: 'record_solution', description: 'Ketel vervangen', agreedRepairOn: '2026-05-20', thirdParty: '' })
      .do('2026-05-18', { type: 'complete_solution', on: '2026-05-18' });
    expect(view(repaired, 'solution')?.[0]).toBe('done');
    expect(view(repaired, 'solution_done')).toEqual(['done', '2026-05-18']);
  });

  it('asks for the agreed solution of a founded complaint where the procedure follows it up (seed 004 with a verdict step)', () => {
    const walk = walkFor('coordinatorWithVerdict', { employeesInvolved: [] })
      .do('2026-04-27', { type: 'acknowledge', sentOn: '2026-04-27', method: 'email' })
      .do('2026-04-27', { type: 'assign_owner', ownerId: 'erik', ownerName: 'Erik Zwart', customerContactBy: 'owner' })
      .do('2026-05-04', { type: 'record_judgement', verdict: 'founded', reasoning: 'Klopt', judgedOn: '2026-05-04', judges: ['Erik Zwart'], judgedById: null });
    expect(view(walk, 'solution')).toEqual(['next', null]);
  });

  it('adds a step for each escalation that is not withdrawn, done on the body’s decision (seed 001)', () => {
    const walk = walkFor('committee', { employeesInvolved: [] })
      .do('2026-04-27', { type: 'acknowledge', sentOn: '2026-04-27', method: 'email' })
      .do('2026-04-28', { type: 'log_contact', on: '2026-04-28', kind: 'phone', withWhom: 'customer', direction: 'out', name: '', notes: 'Klant gehoord' })
      .do('2026-05-12', { type: 'record_judgement', verdict: 'unfounded', reasoning: 'Geen fout', judgedOn: '2026-05-12', judges: ['NC Jansen'], judgedById: null })
      .do('2026-05-13', { type: 'send_response', sentOn: '2026-05-13', method: 'email' })
      .do('2026-06-15', { type: 'escalate', bodyId: 'beroepscommissie', receivedOn: '2026-06-15', notes: '' })
      .do('2026-06-16', { type: 'escalate', bodyId: 'rechter', receivedOn: '2026-06-16', notes: '' });
    const [appeal, court] = walk.complaint.workflow.escalations;
    const steps = () => procedureChecklist(walk.complaint, walk.procedure).filter((i) => i.key.startsWith('escalation:'));
    expect(steps().map((i) => [i.step, i.state, i.deadline])).toEqual([
      ['Beslissing van Beroepscommissie (onafhankelijk voorzitter CR Makarawung)', 'next', 'escalation'],
      [`Beslissing van ${court?.bodyName}`, 'open', 'escalation'],
    ]);
    walk
      .do('2026-07-20', { type: 'decide_escalation', escalationId: appeal?.id ?? '', decidedOn: '2026-07-20', outcome: 'Alsnog gegrond' })
      .do('2026-07-21', { type: 'decide_escalation', escalationId: court?.id ?? '', decidedOn: '2026-07-21', outcome: '', withdrawn: true });
    expect(steps().map((i) => [i.key, i.state, i.doneOn])).toEqual([[`escalation:${appeal?.id}`, 'done', '2026-07-20']]);
  });

  it('asks for the measures’ effectiveness once there are measures, done on the last day they were checked (Wkkgz)', () => {
    const walk = walkFor('wkkgz').do('2026-05-04', { type: 'add_corrective_action', description: 'Intake-instructie', assignee: 'Erik', dueOn: '2026-06-30', effectivenessCheckDueOn: '' });
    expect(view(walk, 'corrective_actions')).toEqual(['done', null]);
    expect(view(walk, 'effectiveness')).toEqual(['open', null]);
    walk.do('2026-05-04', { type: 'add_corrective_action', description: 'Checklist monteur', assignee: 'Piet', dueOn: '2026-06-30', effectivenessCheckDueOn: '' });
    const [first, second] = walk.complaint.workflow.correctiveActions.map((action) => action.id);
    walk.do('2026-06-10', { type: 'update_corrective_action', id: first ?? '', doneOn: '2026-05-20', effectivenessCheckedOn: '2026-06-10', effectivenessResult: 'Geen herhaling' });
    expect(view(walk, 'effectiveness')).toEqual(['open', null]);
    // The second measure was finished earlier: the step is done on the latest day of all.
    walk.do('2026-06-10', { type: 'update_corrective_action', id: second ?? '', doneOn: '2026-05-06', effectivenessCheckedOn: '2026-05-29', effectivenessResult: 'Werkt' });
    expect(view(walk, 'effectiveness')).toEqual(['done', '2026-06-10']);
    walk.do('2026-05-21', { type: 'record_root_cause', rootCause: 'Instructie ontbrak' });
    expect(view(walk, 'root_cause')).toEqual(['done', null]);
  });

  it('does not require the root cause of a complaint settled at first contact, yet keeps learning open after closing (seed 000)', () => {
    const walk = walkFor('dokh')
      .do('2026-04-24', { type: 'acknowledge', sentOn: '2026-04-24', method: 'email' })
      .do('2026-04-27', { type: 'settle_informally', on: '2026-04-27', agreement: 'Excuses' });
    expect(view(walk, 'root_cause')).toEqual(['open', null]);
    expect(view(walk, 'closed')).toEqual(['next', null]);
    walk.do('2026-04-28', { type: 'close', on: '2026-04-28' });
    expect(view(walk, 'closed')).toEqual(['done', '2026-04-28']);
    expect(view(walk, 'root_cause')).toEqual(['open', null]);
    expect(view(walk, 'effectiveness')).toEqual(['not_applicable', null]);
  });

  it('counts a settlement as the customer’s agreement and urges the first contact only at the start (seed 004 and 000)', () => {
    // An office that lets the customer agree before closing and also settles at first contact (004 with 000's first contact).
    const coordinator = preset('coordinator');
    const both = { ...coordinator, steps: { ...coordinator.steps, informalResolution: true } };
    const settled = new Walk(complaintUnder(both), both).do('2026-04-27', { type: 'settle_informally', on: '2026-04-27', agreement: 'Excuses' });
    expect(view(settled, 'agreement')).toEqual(['done', '2026-04-27']);

    const dokh = walkFor('dokh', { employeesInvolved: [] });
    expect(view(dokh, 'first_contact')).toEqual(['open', null]);
    dokh.do('2026-04-24', { type: 'acknowledge', sentOn: '2026-04-24', method: 'email' });
    expect(view(dokh, 'first_contact')).toEqual(['next', null]);
    dokh.do('2026-04-27', { type: 'assign_owner', ownerId: 'erik', ownerName: 'Erik Zwart', customerContactBy: 'owner' });
    dokh.do('2026-05-04', { type: 'record_judgement', verdict: 'founded', reasoning: 'Klopt', judgedOn: '2026-05-04', judges: ['Erik'], judgedById: null });
    expect(view(dokh, 'first_contact')).toEqual(['not_applicable', null]);
  });

  it('shows an inadmissible complaint as such and urges nothing more (seed 001)', () => {
    const walk = walkFor('committee', { problemArisenOn: '2024-01-10' }).do('2026-04-27', { type: 'declare_inadmissible', on: '2026-04-27', reason: 'Te laat' });
    const list = procedureChecklist(walk.complaint, walk.procedure);
    expect(list.at(-1)).toMatchObject({ key: 'inadmissible', step: 'Niet-ontvankelijk verklaard', state: 'done', doneOn: '2026-04-27' });
    expect(view(walk, 'admissibility')).toEqual(['done', '2026-04-27']);
    expect(list.filter((i) => i.state === 'next' || i.state === 'open')).toEqual([]);
  });

  it('shows the written steps done on their day: further handling, late acceptance, evaluation, structural measures', () => {
    const sole = walkFor('soleTrader')
      .do('2026-04-27', { type: 'acknowledge', sentOn: '2026-04-27', method: 'email' })
      .do('2026-04-28', { type: 'send_further_handling', sentOn: '2026-04-28', method: 'email' });
    expect(view(sole, 'further_handling')).toEqual(['done', '2026-04-28']);

    const late = walkFor('committee', { problemArisenOn: '2024-01-10', employeesInvolved: [] }).do('2026-04-27', { type: 'accept_late', on: '2026-04-27', reason: 'Klant lag in het ziekenhuis' });
    expect(view(late, 'admissibility')).toEqual(['done', '2026-04-27']);
    late
      .do('2026-05-12', { type: 'record_judgement', verdict: 'founded', reasoning: 'Klopt', judgedOn: '2026-05-12', judges: ['NC Jansen'], judgedById: null })
      .do('2026-05-12', { type: 'record_structural_measures', text: 'Werkinstructie aangepast' });
    expect(view(late, 'structural_measures')).toEqual(['done', null]);

    const craft = walkFor('craft', { employeesInvolved: [] })
      .do('2026-05-04', { type: 'record_judgement', verdict: 'unfounded', reasoning: 'Geen fout', judgedOn: '2026-05-04', judges: ['Eigenaar'], judgedById: null })
      .do('2026-05-05', { type: 'send_response', sentOn: '2026-05-05', method: 'email' })
      .do('2026-05-12', { type: 'record_evaluation', on: '2026-05-12', notes: 'Tevreden' });
    expect(view(craft, 'evaluation')).toEqual(['done', '2026-05-12']);
  });

  it('asks for a new response once the complaint is judged again after the answer (seed 001 appeal)', () => {
    const walk = walkFor('committee', { employeesInvolved: [] })
      .do('2026-05-12', { type: 'record_judgement', verdict: 'unfounded', reasoning: 'Geen fout', judgedOn: '2026-05-12', judges: ['NC Jansen'], judgedById: null })
      .do('2026-05-13', { type: 'send_response', sentOn: '2026-05-13', method: 'email' })
      .do('2026-05-15', { type: 'close', on: '2026-05-15' })
      .do('2026-06-15', { type: 'escalate', bodyId: 'beroepscommissie', receivedOn: '2026-06-15', notes: '' });
    const escalationId = walk.complaint.workflow.escalations[0]?.id ?? '';
    walk
      .do('2026-07-20', { type: 'decide_escalation', escalationId, decidedOn: '2026-07-20', outcome: 'Alsnog gegrond' })
      .do('2026-07-21', { type: 'record_judgement', verdict: 'founded', reasoning: 'Na beroep', judgedOn: '2026-07-21', judges: ['NC Jansen'], judgedById: null });
    expect(view(walk, 'judgement')).toEqual(['done', '2026-07-21']);
    expect(view(walk, 'response')?.[1]).toBeNull();
    expect(view(walk, 'response')?.[0]).not.toBe('done');
  });
});
