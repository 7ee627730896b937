import { describe, expect, it } from 'vitest';
import { computeDeadlines } from '../../src-renderer/src/domain/deadlines';
import { indexedRecords } from '../../src-renderer/src/domain/desk';
import { ACTOR } from './support/db';
import { CURRENT_SCHEMA_VERSION, upgradedFrom } from './support/upgrade';
import { calendar, noon, preset, walkFor } from './support/workflow';

const craft = preset('craft');

/**
 * Seed 002 as version 14 stored it (version 14 only sealed events): one judged complaint with two corrective
 * actions on its card, one carried out and checked (free text), one open with
 * its effectiveness check planned, and a second complaint without any.
 */
const walk = walkFor('craft', { id: 'k-1', reference: 'K-2026-0001', employeesInvolved: [] })
  .do('2026-05-12', { type: 'record_judgement', verdict: 'founded', reasoning: 'Klopt', judgedOn: '2026-05-12', judges: ['Erik'], judgedById: null })
  .do('2026-05-12', { type: 'record_root_cause', rootCause: 'Maat verkeerd overgenomen' })
  .do('2026-05-12', { type: 'add_corrective_action', description: 'Maatformulier aanpassen', assignee: 'Erik', dueOn: '2026-05-20', effectivenessCheckDueOn: '' })
  .do('2026-05-13', { type: 'add_corrective_action', description: 'Dubbele controle bij inmeten', assignee: 'Sanne', dueOn: '2026-06-01', effectivenessCheckDueOn: '2026-07-01' });
const [formActionId, checkActionId] = walk.complaint.workflow.correctiveActions.map((a) => a.id);
const judged = walk
  .do('2026-05-20', { type: 'update_corrective_action', id: formActionId ?? '', doneOn: '2026-05-20' })
  .do('2026-05-21', { type: 'update_corrective_action', id: formActionId ?? '', effectivenessCheckedOn: '2026-05-21', effectivenessResult: 'Geen fouten meer' }).complaint;
const plain = walkFor('craft', { id: 'k-2', reference: 'K-2026-0002' }).complaint;

describe('upgrading a version 14 database (measures register, satisfaction)', () => {
  it('moves each corrective action into the register under its own id, linked to its complaint, with its terms unchanged', async () => {
    const stored = indexedRecords(judged, craft, calendar);
    const { db, repos } = await upgradedFrom(14, async (v14) => {
      await v14.table('procedures').add(craft);
      await v14.table('complaints').bulkAdd([stored.complaint, indexedRecords(plain, craft, calendar).complaint].map(({ satisfaction: _, ...old }) => old));
      await v14.table('openDeadlines').bulkAdd(stored.openDeadlines);
    });
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    const measures = await repos.measures.ofComplaint('k-1');
    expect(measures.map((m) => [m.id, m.description, m.owner, m.status, m.kind, m.causeText, m.complaintIds])).toEqual([
      [formActionId, 'Maatformulier aanpassen', 'Erik', 'done', 'corrective', 'Maat verkeerd overgenomen', ['k-1']],
      [checkActionId, 'Dubbele controle bij inmeten', 'Sanne', 'open', 'corrective', 'Maat verkeerd overgenomen', ['k-1']],
    ]);
    // A check of before the register keeps its words; whether they meant effective is not guessed.
    expect(measures[0]?.check).toMatchObject({ checkedOn: '2026-05-21', result: null, notes: 'Geen fouten meer' });
    expect(measures[1]?.check).toMatchObject({ dueOn: '2026-07-01', checkedOn: null, result: null });
    expect(await repos.measures.ofComplaint('k-2')).toEqual([]);
    const upgraded = await repos.complaints.get('k-1');
    expect(upgraded?.satisfaction).toBeNull();
    expect((await repos.complaints.get('k-2'))?.satisfaction).toBeNull();
    // The card reads the same actions, so its terms are those version 13 had.
    expect(upgraded?.workflow.correctiveActions).toEqual(judged.workflow.correctiveActions);
  });

  it('lets the register carry out and check a moved measure, which meets the term on the complaint it came from', async () => {
    const { repos } = await upgradedFrom(14, async (v14) => {
      await v14.table('procedures').add(craft);
      await v14.table('complaints').add(indexedRecords(judged, craft, calendar).complaint);
    });
    const id = checkActionId ?? '';
    await repos.measures.markDone(id, '2026-06-01', ACTOR, noon('2026-06-01'));
    const before = await repos.complaints.get('k-1');
    const openCheck = (day: string) => computeDeadlines(before!, craft, calendar, day).find((d) => d.kind === 'effectiveness_check' && d.itemId === id);
    expect(openCheck('2026-07-02')).toMatchObject({ dueOn: '2026-07-01', state: 'overdue' });
    await repos.measures.recordCheck(id, { checkedOn: '2026-07-02', checkedBy: 'Marloes', result: 'partly', followUp: 'Tweede meting invoeren' }, ACTOR, noon('2026-07-02'));
    const after = await repos.complaints.get('k-1');
    const check = computeDeadlines(after!, craft, calendar, '2026-07-02').find((d) => d.kind === 'effectiveness_check' && d.itemId === id);
    expect(check).toMatchObject({ metOn: '2026-07-02', state: 'met' });
    const history = await repos.events.listForComplaint('k-1');
    expect(history.at(-1)?.summary).toBe('Maatregel „Dubbele controle bij inmeten”: effectiviteit getoetst op 02-07-2026 door Marloes: deels effectief; vervolg: Tweede meting invoeren');
  });
});
