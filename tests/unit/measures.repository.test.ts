import { describe, expect, it } from 'vitest';
import type { MeasureInput } from '../../src-renderer/src/domain/measures';
import { WorkflowError } from '../../src-renderer/src/domain/workflow';
import { ACTOR, freshDb, intake, NOW } from './support/db';

const LATER = new Date(2026, 2, 20, 10, 0);
const CHECK_DAY = new Date(2026, 3, 20, 10, 0);

async function twoComplaints() {
  const context = await freshDb();
  const first = (await context.repos.complaints.create(intake(), ACTOR, NOW)).complaint;
  const second = (await context.repos.complaints.create(intake({ customer: { name: 'Ans Kok', email: 'ans@example.nl' } }), ACTOR, NOW)).complaint;
  return { ...context, first, second };
}

const input = (complaintIds: string[], overrides: Partial<MeasureInput> = {}): MeasureInput => ({
  description: 'Monteurs bellen voor vertrek',
  causeCategory: 'Afspraken en planning',
  causeText: 'Klant wist niet wanneer de monteur kwam',
  kind: 'preventive',
  owner: 'Erik Zwart',
  dueOn: '2026-03-18',
  checkDueOn: '2026-04-15',
  complaintIds,
  ...overrides,
});

describe('a measure linked to two complaints', () => {
  it('puts a copy on each card, with its term on each and a line in each history', async () => {
    const { db, repos, first, second } = await twoComplaints();
    const measure = await repos.measures.add(input([first.id, second.id]), ACTOR, NOW);
    for (const id of [first.id, second.id]) {
      const complaint = await repos.complaints.get(id);
      expect(complaint?.workflow.correctiveActions).toEqual([
        expect.objectContaining({ id: measure.id, description: 'Monteurs bellen voor vertrek', assignee: 'Erik Zwart', dueOn: '2026-03-18', effectivenessCheckDueOn: '2026-04-15' }),
      ]);
      expect(await db.openDeadlines.get(`${id}:corrective_action:${measure.id}`)).toMatchObject({ dueOn: '2026-03-18' });
      const history = await repos.events.listForComplaint(id);
      expect(history.at(-1)?.summary).toBe('Maatregel „Monteurs bellen voor vertrek” (preventief, Afspraken en planning): Erik Zwart, uiterlijk 18-03-2026, effectiviteit toetsen op 15-04-2026');
    }
  });

  it('is carried out and checked once, in the register, and both cards show it', async () => {
    const { repos, first, second } = await twoComplaints();
    const measure = await repos.measures.add(input([first.id, second.id]), ACTOR, NOW);
    await repos.measures.markDone(measure.id, '2026-03-18', ACTOR, LATER);
    await repos.measures.recordCheck(measure.id, { checkedOn: '2026-04-20', checkedBy: 'Marloes', result: 'effective', followUp: '' }, ACTOR, CHECK_DAY);
    for (const id of [first.id, second.id]) {
      const [copy] = (await repos.complaints.get(id))?.workflow.correctiveActions ?? [];
      expect(copy).toMatchObject({ doneOn: '2026-03-18', effectivenessCheckedOn: '2026-04-20', effectivenessResult: 'Effectief' });
      expect((await repos.events.listForComplaint(id)).at(-1)?.summary).toBe('Maatregel „Monteurs bellen voor vertrek”: effectiviteit getoetst op 20-04-2026 door Marloes: effectief');
    }
  });

  it('refuses a check before the measure is carried out, and an ineffective one without what happens next', async () => {
    const { repos, first } = await twoComplaints();
    const measure = await repos.measures.add(input([first.id]), ACTOR, NOW);
    const check = { checkedOn: '2026-03-20', checkedBy: 'Marloes', result: 'not' as const, followUp: '' };
    await expect(repos.measures.recordCheck(measure.id, check, ACTOR, LATER)).rejects.toThrow('Toets de effectiviteit pas als de maatregel is uitgevoerd');
    await repos.measures.markDone(measure.id, '2026-03-18', ACTOR, LATER);
    await expect(repos.measures.recordCheck(measure.id, check, ACTOR, LATER)).rejects.toThrow(new WorkflowError('Vul in wat er nu gebeurt: de maatregel werkte niet (helemaal)', 'followUp'));
  });

  it('links to another complaint later, whose card then carries it too', async () => {
    const { repos, first, second } = await twoComplaints();
    const measure = await repos.measures.add(input([first.id]), ACTOR, NOW);
    expect((await repos.measures.linkable(second.id)).map((m) => m.id)).toEqual([measure.id]);
    await repos.measures.link(measure.id, second.id, ACTOR, LATER);
    expect((await repos.measures.ofComplaint(second.id)).map((m) => m.complaintIds)).toEqual([[first.id, second.id]]);
    expect((await repos.complaints.get(second.id))?.workflow.correctiveActions.map((a) => a.id)).toEqual([measure.id]);
    expect(await repos.measures.linkable(second.id)).toEqual([]);
  });

  it('takes in a step on one card (carried out) and shows it on the other complaint too', async () => {
    const { repos, first, second } = await twoComplaints();
    const measure = await repos.measures.add(input([first.id, second.id]), ACTOR, NOW);
    await repos.complaints.applyAction(first.id, { type: 'update_corrective_action', id: measure.id, doneOn: '2026-03-19' }, ACTOR, LATER);
    expect(await repos.measures.get(measure.id)).toMatchObject({ status: 'done', doneOn: '2026-03-19' });
    expect((await repos.complaints.get(second.id))?.workflow.correctiveActions[0]?.doneOn).toBe('2026-03-19');
  });
});

describe('the register', () => {
  it('filters on open, overdue, check due, cause and owner', async () => {
    const { repos, first } = await twoComplaints();
    const late = await repos.measures.add(input([first.id], { description: 'Te laat', dueOn: '2026-03-12', checkDueOn: '' }), ACTOR, NOW);
    await repos.measures.add(input([first.id], { description: 'Nog niet', dueOn: '2026-05-01', checkDueOn: '' }), ACTOR, NOW);
    const checking = await repos.measures.add(input([first.id], { description: 'Toets', owner: 'Sanne Bos', causeCategory: 'Bejegening' }), ACTOR, NOW);
    await repos.measures.markDone(checking.id, '2026-03-10', ACTOR, NOW);
    const done = await repos.measures.add(input([first.id], { description: 'Klaar', checkDueOn: '' }), ACTOR, NOW);
    await repos.measures.markDone(done.id, '2026-03-10', ACTOR, NOW);
    const names = async (view: 'open' | 'overdue' | 'check_due' | 'all', cause = '', owner = '') =>
      (await repos.measures.list({ view, cause, owner }, '2026-04-16')).map((m) => m.description);
    expect(await names('overdue')).toEqual(['Te laat']);
    expect(await names('check_due')).toEqual(['Toets']);
    expect(await names('open')).toEqual(['Te laat', 'Nog niet', 'Toets']);
    expect(await names('all')).toEqual(['Te laat', 'Nog niet', 'Toets', 'Klaar']);
    expect(await names('all', 'Bejegening')).toEqual(['Toets']);
    expect(await names('all', '', 'Sanne Bos')).toEqual(['Toets']);
    expect(await repos.measures.owners()).toEqual(['Erik Zwart', 'Sanne Bos']);
    expect(late.status).toBe('open');
  });

  it('keeps the office its own cause list, cleaned, and starts with the defaults', async () => {
    const { repos } = await freshDb();
    expect(await repos.measures.causeCategories()).toContain('Communicatie en informatie');
    await repos.measures.setCauseCategories([' Levering ', 'levering', '', 'Montage']);
    expect(await repos.measures.causeCategories()).toEqual(['Levering', 'Montage']);
  });
});
