import { describe, expect, it } from 'vitest';
import { computeDeadlines } from '../../src-renderer/src/domain/deadlines';
import { procedureChecklist } from '../../src-renderer/src/domain/workflow/checklist';
import { calendar, expectRefusal, preset, walkFor } from './support/workflow';

/** Seed 001, handled: a follow-up and a corrective measure still open when the file is closed on 13 May. */
function handledWithOpenItems() {
  return walkFor('committee', { employeesInvolved: [] })
    .do('2026-05-12', { type: 'record_judgement', verdict: 'founded', reasoning: 'Klopt', judgedOn: '2026-05-12', judges: ['NC Jansen'], judgedById: null })
    .do('2026-05-12', { type: 'send_response', sentOn: '2026-05-12', method: 'email' })
    .do('2026-05-12', { type: 'add_follow_up', dueOn: '2026-05-20', what: 'Klant terugbellen' })
    .do('2026-05-12', { type: 'add_corrective_action', description: 'Werkinstructie herzien', assignee: 'Erik', dueOn: '2026-06-01', effectivenessCheckDueOn: '' });
}

const open = (walk: ReturnType<typeof handledWithOpenItems>, day: string) =>
  computeDeadlines(walk.complaint, walk.procedure, calendar, day)
    .filter((d) => d.metOn === null && (d.kind === 'follow_up' || d.kind === 'corrective_action'))
    .map((d) => d.kind);

describe('closing a file with follow-ups and measures still open', () => {
  it('asks what becomes of them, and a reason when they are called off', () => {
    const walk = handledWithOpenItems();
    expectRefusal(walk, '2026-05-13', { type: 'close', on: '2026-05-13' }, 'Kies wat er gebeurt met de open vervolgafspraken en maatregelen', 'openItems');
    expectRefusal(walk, '2026-05-13', { type: 'close', on: '2026-05-13', openItems: 'cancel', cancelReason: ' ' }, 'Vul in waarom ze vervallen', 'cancelReason');
  });

  it('marks them done on the closing day', () => {
    const walk = handledWithOpenItems().do('2026-05-13', { type: 'close', on: '2026-05-13', openItems: 'done' });
    expect(walk.complaint.workflow.followUps.map((f) => f.doneOn)).toEqual(['2026-05-13']);
    expect(walk.complaint.workflow.correctiveActions.map((a) => a.doneOn)).toEqual(['2026-05-13']);
    expect(open(walk, '2026-06-10')).toEqual([]);
    expect(walk.events.at(-1)?.summary).toBe('Dossier gesloten; open vervolgafspraken en maatregelen (2): gedaan. Status: Gesloten');
  });

  it('calls them off with the reason, so no term of theirs runs on', () => {
    const walk = handledWithOpenItems().do('2026-05-13', { type: 'close', on: '2026-05-13', openItems: 'cancel', cancelReason: 'Klant is verhuisd' });
    expect(walk.complaint.workflow.followUps[0]).toMatchObject({ doneOn: '2026-05-13', cancelReason: 'Klant is verhuisd' });
    expect(walk.complaint.workflow.correctiveActions[0]).toMatchObject({ doneOn: '2026-05-13', cancelReason: 'Klant is verhuisd' });
    expect(open(walk, '2026-06-10')).toEqual([]);
    expect(walk.why('2026-05-14', 'complete_follow_up')).toBeDefined();
  });

  it('lets no effectiveness check of a called-off measure fall due, and counts the measure as finished', () => {
    const walk = walkFor('committee', { employeesInvolved: [] })
      .do('2026-05-12', { type: 'record_judgement', verdict: 'founded', reasoning: 'Klopt', judgedOn: '2026-05-12', judges: ['NC Jansen'], judgedById: null })
      .do('2026-05-12', { type: 'send_response', sentOn: '2026-05-12', method: 'email' })
      .do('2026-05-12', { type: 'add_corrective_action', description: 'Werkinstructie herzien', assignee: 'Erik', dueOn: '2026-06-01', effectivenessCheckDueOn: '2026-07-01' })
      .do('2026-05-13', { type: 'close', on: '2026-05-13', openItems: 'cancel', cancelReason: 'Afdeling opgeheven' });
    const checks = computeDeadlines(walk.complaint, walk.procedure, calendar, '2026-08-01').filter((d) => d.kind === 'effectiveness_check' && d.metOn === null);
    expect(checks).toEqual([]);
    const step = procedureChecklist(walk.complaint, preset('craft')).find((item) => item.key === 'effectiveness');
    expect(step).toMatchObject({ state: 'done', doneOn: '2026-05-13' });
  });

  it('keeps them running after closing: their terms stay, and only they can still be marked done', () => {
    const walk = handledWithOpenItems().do('2026-05-13', { type: 'close', on: '2026-05-13', openItems: 'keep' });
    expect(walk.complaint.status).toBe('closed');
    expect(open(walk, '2026-06-10').sort()).toEqual(['corrective_action', 'follow_up']);
    expect(walk.allowed('2026-05-20')).toContain('complete_follow_up');
    const [followUp] = walk.complaint.workflow.followUps;
    walk.do('2026-05-20', { type: 'complete_follow_up', id: followUp!.id, on: '2026-05-20' });
    expect(walk.complaint.workflow.followUps[0]?.doneOn).toBe('2026-05-20');
  });

  it('asks nothing when nothing is open', () => {
    const walk = walkFor('committee', { employeesInvolved: [] })
      .do('2026-05-12', { type: 'record_judgement', verdict: 'founded', reasoning: 'Klopt', judgedOn: '2026-05-12', judges: ['NC Jansen'], judgedById: null })
      .do('2026-05-12', { type: 'send_response', sentOn: '2026-05-12', method: 'email' })
      .do('2026-05-13', { type: 'close', on: '2026-05-13' });
    expect(walk.events.at(-1)?.summary).toBe('Dossier gesloten. Status: Gesloten');
  });
});
