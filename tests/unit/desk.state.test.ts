import { describe, expect, it } from 'vitest';
import { DESK_GROUPS, deskStateOf } from '../../src-renderer/src/domain/desk';
import { DEADLINE_KINDS } from '../../src-renderer/src/domain/model';
import { walkFor } from './support/workflow';

const state = (walk: ReturnType<typeof walkFor>) => deskStateOf(walk.complaint, walk.procedure);

describe('the desk state of a complaint', () => {
  it('follows seed 004 from nobody picking it up to evaluation, agreement and closing', () => {
    const walk = walkFor('coordinator');
    expect(state(walk)).toBe('unassigned');
    walk.do('2026-04-27', { type: 'acknowledge', sentOn: '2026-04-27', method: 'email' });
    expect(state(walk)).toBe('unassigned');
    walk.do('2026-04-28', { type: 'assign_owner', ownerId: 'erik', ownerName: 'Erik Zwart', customerContactBy: 'owner' });
    expect(state(walk)).toBe('in_handling');
    // No verdict under 004: a solution agreed is not handled while it is still to be carried out.
    walk.do('2026-05-12', { type: 'record_solution', description: 'Nieuwe zool', agreedRepairOn: '2026-05-19', thirdParty: '' });
    expect(state(walk)).toBe('in_handling');
    walk.do('2026-05-19', { type: 'complete_solution', on: '2026-05-19' });
    expect(state(walk)).toBe('awaiting_evaluation');
    walk.do('2026-05-20', { type: 'record_evaluation', on: '2026-05-20', notes: 'Tevreden' });
    expect(state(walk)).toBe('awaiting_agreement');
    walk.do('2026-05-21', { type: 'record_customer_agreement', on: '2026-05-21', notes: '' });
    expect(state(walk)).toBe('ready_to_close');
    walk.do('2026-05-21', { type: 'close', on: '2026-05-21' });
    expect(state(walk)).toBeNull();
  });

  it('asks no evaluation or agreement where the procedure has none (seed 001)', () => {
    const walk = walkFor('committee', { employeesInvolved: [] })
      .do('2026-04-27', { type: 'acknowledge', sentOn: '2026-04-27', method: 'email' })
      .do('2026-05-12', { type: 'record_judgement', verdict: 'unfounded', reasoning: 'Geen fout', judgedOn: '2026-05-12', judges: ['NC Jansen'], judgedById: null });
    expect(state(walk)).toBe('unassigned');
    walk.do('2026-05-13', { type: 'send_response', sentOn: '2026-05-13', method: 'post' });
    expect(state(walk)).toBe('ready_to_close');
  });

  it('counts a settlement at first contact as handled: nothing left to pick up (seed 000)', () => {
    const walk = walkFor('dokh').do('2026-04-27', { type: 'settle_informally', on: '2026-04-27', agreement: 'Nieuwe afspraak gemaakt' });
    expect(walk.complaint.ownerId).toBeNull();
    expect(state(walk)).toBe('ready_to_close');
  });
});

describe('the desk groups', () => {
  it('hold every kind of open term exactly once; retention is no work', () => {
    const grouped = DESK_GROUPS.flatMap((group) => group.kinds);
    expect(new Set(grouped).size).toBe(grouped.length);
    expect([...grouped].sort()).toEqual(DEADLINE_KINDS.filter((kind) => kind !== 'retention').sort());
  });
});
