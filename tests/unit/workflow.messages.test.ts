/**
 * What the card says when a step is filled in wrongly or cannot be taken: the Dutch message and the field it is
 * shown beside. Each message is asserted as the user reads it, so a step that refuses silently, or shows its
 * message beside the wrong field, fails here.
 */
import { describe, expect, it } from 'vitest';
import type { WorkflowAction } from '../../src-renderer/src/domain/workflow';
import { expectRefusal, walkFor, type Walk } from './support/workflow';

const ACK = { type: 'acknowledge', sentOn: '2026-04-27', method: 'email' } as const;
const OWNER = { type: 'assign_owner', ownerId: 'erik', ownerName: 'Erik Zwart', customerContactBy: 'owner' } as const;
const JUDGED: Extract<WorkflowAction, { type: 'record_judgement' }> = {
  type: 'record_judgement',
  verdict: 'founded',
  reasoning: 'De monteur kwam niet',
  judgedOn: '2026-05-04',
  judges: ['Erik Zwart'],
  judgedById: 'erik',
};

const refuses = expectRefusal;

/** Seed 004 with an owner: in progress, received Friday 24 April 2026. */
const inProgress = () => walkFor('coordinatorWithVerdict').do('2026-04-27', ACK).do('2026-04-28', OWNER);

describe('a required field left empty', () => {
  it('names what to fill in, beside that field, for the steps of handling', () => {
    const walk = inProgress();
    const day = '2026-04-30';
    refuses(walk, day, { ...OWNER, ownerId: ' ' }, 'Kies een behandelaar', 'ownerId');
    refuses(walk, day, { ...OWNER, ownerId: 'naima', ownerName: '' }, 'Kies een behandelaar', 'ownerId');
    const contact = { type: 'log_contact', on: day, kind: 'phone', withWhom: 'customer', direction: 'in', name: '', notes: 'Belde terug' } as const;
    refuses(walk, day, { ...contact, kind: '' as never }, 'Kies het soort contact', 'kind');
    refuses(walk, day, { ...contact, withWhom: '' as never }, 'Kies met wie er contact was', 'withWhom');
    refuses(walk, day, { ...contact, direction: 'sideways' as never }, 'Kies of het contact inkomend of uitgaand was', 'direction');
    refuses(walk, day, { ...contact, notes: '  ' }, 'Vul in wat er besproken is', 'notes');
    refuses(walk, day, { type: 'record_status_check', on: day, discussed: '', nextStep: '' }, 'Vul in wat met de behandelaar is besproken', 'discussed');
    const consult = { type: 'consult_management', on: day, reason: 'owner_cannot_handle', notes: 'Directie neemt het over' } as const;
    refuses(walk, day, { ...consult, reason: '' as never }, 'Kies waarom de directie is geraadpleegd', 'reason');
    refuses(walk, day, { ...consult, notes: '' }, 'Vul de uitkomst van het overleg in', 'notes');
    refuses(walk, day, { type: 'add_follow_up', dueOn: '2026-05-06', what: '' }, 'Vul in wat er moet gebeuren', 'what');
    refuses(walk, day, { type: 'complete_follow_up', id: 'nope', on: day }, 'Er staat geen opvolging open', null);
    walk.do(day, { type: 'add_follow_up', dueOn: '2026-05-06', what: 'Terugbellen' });
    refuses(walk, day, { type: 'complete_follow_up', id: 'nope', on: day }, 'Deze opvolging bestaat niet of is al gedaan', 'id');
    refuses(walk, day, { type: 'add_note', text: ' ' }, 'Vul de notitie in', 'text');
    refuses(walk, day, { ...JUDGED, verdict: '' as never }, 'Kies gegrond, deels gegrond of ongegrond', 'verdict');
    refuses(walk, day, { ...JUDGED, reasoning: '' }, 'Geef de argumenten voor het oordeel', 'reasoning');
    refuses(walk, day, { ...ACK, type: 'acknowledge', method: 'fax' as never }, 'De ontvangst is al bevestigd op 27-04-2026', null);
  });

  it('names what to fill in for the acknowledgement, the solution and the evaluation', () => {
    const walk = walkFor('coordinator');
    refuses(walk, '2026-04-27', { ...ACK, method: 'fax' as never }, 'Kies hoe het bericht is verstuurd', 'method');
    refuses(walk, '2026-04-27', { ...ACK, sentOn: '27-04-2026' }, 'Vul een geldige datum in, bijvoorbeeld 21-11-2026', 'sentOn');
    refuses(walk, '2026-04-27', { ...ACK, sentOn: '2026-02-30' }, 'Vul een geldige datum in, bijvoorbeeld 21-11-2026', 'sentOn');

    const judged = inProgress().do('2026-05-04', JUDGED);
    refuses(judged, '2026-05-04', { type: 'record_solution', description: '', agreedRepairOn: '', thirdParty: '' }, 'Beschrijf de oplossing', 'description');
    judged
      .do('2026-05-04', { type: 'record_solution', description: 'Nieuwe ketel', agreedRepairOn: '2026-05-08', thirdParty: '' })
      .do('2026-05-08', { type: 'complete_solution', on: '2026-05-08' });
    refuses(judged, '2026-05-11', { type: 'record_evaluation', on: '2026-05-11', notes: '' }, 'Vul de uitkomst van de evaluatie in', 'notes');
  });

  it('names what to fill in for the improvement steps (seed 000) and the structural measures (seed 001)', () => {
    const walk = walkFor('dokh');
    const day = '2026-04-27';
    refuses(walk, day, { type: 'record_root_cause', rootCause: '' }, 'Beschrijf de oorzaak van de klacht', 'rootCause');
    const measure = { type: 'add_corrective_action', description: 'Intake-instructie', assignee: 'Erik', dueOn: '2026-06-30', effectivenessCheckDueOn: '' } as const;
    refuses(walk, day, { ...measure, description: '' }, 'Beschrijf de maatregel', 'description');
    refuses(walk, day, { ...measure, assignee: '' }, 'Vul in wie de maatregel uitvoert', 'assignee');
    refuses(walk, day, { ...measure, effectivenessCheckDueOn: '2026-06-29' }, 'Toets de effectiviteit na de uitvoering van de maatregel', 'effectivenessCheckDueOn');

    walk.do(day, measure);
    const [added] = walk.complaint.workflow.correctiveActions;
    const id = added?.id ?? '';
    refuses(walk, day, { type: 'update_corrective_action', id: 'nope', doneOn: day }, 'Deze corrigerende maatregel bestaat niet (meer)', 'id');
    refuses(walk, day, { type: 'update_corrective_action', id, effectivenessResult: '' }, 'Er is niets gewijzigd aan de maatregel', null);
    refuses(
      walk,
      day,
      { type: 'update_corrective_action', id, doneOn: day, effectivenessCheckedOn: day, effectivenessResult: ' ' },
      'Beschrijf de uitkomst van de toets',
      'effectivenessResult',
    );

    const committee = walkFor('committee', { employeesInvolved: [] });
    refuses(
      committee,
      day,
      { type: 'record_structural_measures', text: 'Geen' },
      'Structurele maatregelen worden na de afhandeling van de klacht overwogen: leg eerst het oordeel vast',
      null,
    );
    committee.do(day, { ...JUDGED, judges: ['NC Jansen'], judgedById: null, judgedOn: day });
    refuses(committee, day, { type: 'record_structural_measures', text: '' }, 'Vul in welke maatregelen de directie neemt (of waarom geen)', 'text');
  });

  it('asks why more time is needed, for the response and for an escalation', () => {
    const craft = walkFor('craft');
    const notice = { sentOn: '2026-04-28', method: 'email' } as const;
    refuses(craft, '2026-04-28', { type: 'extend', reason: '', newDueOn: '2026-06-05', notice }, 'Vul in waarom meer tijd nodig is', 'reason');

    // Seed 001's appeal committee decides within 8 weeks.
    const appeal = walkFor('committee', { employeesInvolved: [] }).do('2026-04-28', { ...JUDGED, verdict: 'unfounded', judges: ['NC Jansen'], judgedById: null, judgedOn: '2026-04-28' });
    const body = appeal.procedure.escalations.find((b) => b.decisionTerm !== null);
    appeal.do('2026-04-28', { type: 'escalate', bodyId: body?.id ?? '', receivedOn: '2026-04-28', notes: '' });
    const [escalation] = appeal.complaint.workflow.escalations;
    const extend = { type: 'extend_escalation', escalationId: escalation?.id ?? '', newDueOn: '2099-01-01', reason: 'Deskundige gevraagd', noticeSentOn: '2026-04-29' } as const;
    refuses(appeal, '2026-04-29', { ...extend, escalationId: 'nope' }, 'Deze escalatie bestaat niet of is al afgerond', 'escalationId');
    refuses(appeal, '2026-04-29', { ...extend, reason: '' }, 'Vul in waarom de instantie meer tijd nodig heeft', 'reason');
  });
});

describe('a step that does not fit the procedure or the moment', () => {
  const reason = (walk: Walk, day: string, type: WorkflowAction['type']) => walk.why(day, type);

  it('says which step the procedure lacks', () => {
    expect(reason(walkFor('dokh'), '2026-04-27', 'record_status_check')).toBe('Deze klachtenregeling kent geen statuscontrole');
    expect(reason(walkFor('dokh'), '2026-04-27', 'send_further_handling')).toBe(
      'Deze klachtenregeling kent geen apart bericht over de verdere afhandeling',
    );
  });

  it('says the complaint was settled at first contact', () => {
    const walk = walkFor('dokh').do('2026-04-27', { type: 'settle_informally', on: '2026-04-27', agreement: 'Excuses aanvaard' });
    expect(reason(walk, '2026-04-27', 'assign_owner')).toBe('De klacht is bij het eerste contact opgelost');
  });

  it('says handling is over once evaluated (seed 004), and that the solution is not agreed yet', () => {
    const walk = inProgress().do('2026-05-04', JUDGED);
    expect(reason(walk, '2026-05-04', 'complete_solution')).toBe('Er is nog geen oplossing afgesproken');
    walk
      .do('2026-05-04', { type: 'record_solution', description: 'Nieuwe ketel', agreedRepairOn: '2026-05-08', thirdParty: '' })
      .do('2026-05-08', { type: 'complete_solution', on: '2026-05-08' });
    expect(reason(walk, '2026-05-08', 'record_judgement')).toBe('De klacht is al beoordeeld en afgehandeld');
    walk.do('2026-05-11', { type: 'record_evaluation', on: '2026-05-11', notes: 'Tevreden' });
    expect(reason(walk, '2026-05-11', 'assign_owner')).toBe('De klacht is al afgehandeld');
    expect(reason(walk, '2026-05-11', 'record_status_check')).toBe('De klacht is al afgehandeld');
  });

  it('records the messages the customer was sent in the timeline', () => {
    const walk = walkFor('soleTrader')
      .do('2026-04-27', ACK)
      .do('2026-04-28', { type: 'send_further_handling', sentOn: '2026-04-28', method: 'post' })
      .do('2026-05-04', { ...JUDGED, judges: ['Jan Bakker'], judgedById: null })
      .do('2026-05-05', { type: 'send_response', sentOn: '2026-05-05', method: 'email' });
    expect(walk.events[1]?.summary).toMatch(/^Bericht over de verdere afhandeling verstuurd op 28-04-2026 \(/);
    expect(walk.events[3]?.summary).toMatch(/^Reactie met het oordeel verstuurd op 05-05-2026 \(/);
  });
});
