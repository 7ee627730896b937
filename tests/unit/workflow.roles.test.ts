import { describe, expect, it } from 'vitest';
import { applyAction, availableActions, roleRefusal, rolesAnyProcedureGives, rolesFor, WorkflowError, type WorkflowAction } from '../../src-renderer/src/domain/workflow';
import type { Actor, StaffRole } from '../../src-renderer/src/domain/model';
import { calendar, noon, walkFor } from './support/workflow';

const signedIn = (...roles: StaffRole[]): Actor => ({ id: 'staff-x', name: 'Sanne Smit', roles });
const assign: WorkflowAction = { type: 'assign_owner', ownerId: 'erik', ownerName: 'Erik Zwart', customerContactBy: 'owner' };

function attempt(walk: ReturnType<typeof walkFor>, action: WorkflowAction, actor: Actor): string | null {
  try {
    applyAction(walk.complaint, walk.procedure, action, { now: noon('2026-04-28'), actor, calendar });
    return null;
  } catch (error) {
    if (error instanceof WorkflowError) return error.message;
    throw error;
  }
}

describe('steps the procedure gives to a role, once staff sign in', () => {
  it('assigning an owner (004: the coordinator decides who owns a complaint) is refused to the front desk, with who may', () => {
    const walk = walkFor('coordinator').do('2026-04-27', { type: 'acknowledge', sentOn: '2026-04-27', method: 'post' });
    expect(attempt(walk, assign, signedIn('receptionist', 'owner'))).toBe('Deze stap is voor de klachtencoördinator; u bent aangemeld zonder die rol');
    expect(attempt(walk, assign, signedIn('coordinator'))).toBeNull();
    // A profile chosen without a password (one PC on its own) is not checked, as before.
    expect(attempt(walk, assign, { id: 'staff-x', name: 'Sanne Smit' })).toBeNull();
  });

  it('the event of a step taken signed in says which step and whose role it is, so the server can check it; nothing of the kind for anyone\'s steps or an unchecked profile', () => {
    const walk = walkFor('coordinator').do('2026-04-27', { type: 'acknowledge', sentOn: '2026-04-27', method: 'post' });
    const eventOf = (action: WorkflowAction, actor: Actor) => applyAction(walk.complaint, walk.procedure, action, { now: noon('2026-04-28'), actor, calendar }).event;
    expect(eventOf(assign, signedIn('coordinator')).step).toEqual({ kind: 'assign_owner', roles: ['coordinator'] });
    expect(eventOf(assign, { id: 'staff-x', name: 'Sanne Smit' })).not.toHaveProperty('step');
    expect(eventOf({ type: 'log_contact', on: '2026-04-28', kind: 'phone', withWhom: 'customer', direction: 'in', name: '', notes: 'Klant belde' }, signedIn('receptionist'))).not.toHaveProperty('step');
  });

  it('the server, which knows no procedure, holds each step to every role some regeling gives it, and no more', () => {
    const table = rolesAnyProcedureGives();
    expect(table.assign_owner).toEqual(['coordinator', 'committee']);
    expect(table.record_judgement).toEqual(['coordinator', 'owner', 'management', 'committee']);
    expect(table.record_structural_measures).toEqual(['management']);
    expect(table.decide_escalation).toEqual(['coordinator', 'management', 'committee']);
    expect(table).not.toHaveProperty('log_contact');
    expect(Object.values(table).flat()).not.toContain('receptionist');
  });

  it('the card offers the step but says why it is not this person\'s, and the step stays hidden where the procedure has none', () => {
    const walk = walkFor('coordinator').do('2026-04-27', { type: 'acknowledge', sentOn: '2026-04-27', method: 'post' });
    const asDesk = availableActions(walk.complaint, walk.procedure, { today: '2026-04-28', calendar, roles: ['receptionist'] });
    expect(asDesk.find((action) => action.type === 'assign_owner')).toMatchObject({ allowed: false, applicable: true, reason: expect.stringContaining('klachtencoördinator') });
    expect(asDesk.find((action) => action.type === 'log_contact')).toMatchObject({ allowed: true, applicable: true });
    const asCoordinator = availableActions(walk.complaint, walk.procedure, { today: '2026-04-28', calendar, roles: ['coordinator'] });
    expect(asCoordinator.find((action) => action.type === 'assign_owner')).toMatchObject({ allowed: true });
    // 004 has no committee step, so its hidden steps stay hidden for every role rather than showing a role refusal.
    const hiddenForAll = (roles: StaffRole[]) =>
      availableActions(walk.complaint, walk.procedure, { today: '2026-04-28', calendar, roles }).filter((a) => !a.applicable).map((a) => a.type);
    expect(hiddenForAll(['receptionist'])).toEqual(hiddenForAll(['coordinator']));
  });

  it('the judgement belongs to whoever the procedure names: the committee under 001, the owner handling the file under 002', () => {
    const judgement: WorkflowAction = { type: 'record_judgement', verdict: 'founded', reasoning: 'Factuur dubbel', judgedOn: '2026-04-28', judges: ['NC Jansen', 'K. Bruurmijn'], judgedById: null };
    const underCommittee = walkFor('committee', { employeesInvolved: [] });
    const asOwner = availableActions(underCommittee.complaint, underCommittee.procedure, { today: '2026-04-28', calendar, roles: ['owner', 'coordinator'] });
    expect(asOwner.find((a) => a.type === 'record_judgement')?.reason ?? '').toContain('Deze stap is voor de klachtencommissie');
    expect(roleRefusal('record_judgement', underCommittee.procedure, ['committee'])).toBeNull();
    expect(attempt(underCommittee, judgement, signedIn('owner'))).toBe('Deze stap is voor de klachtencommissie; u bent aangemeld zonder die rol');

    const craft = walkFor('craft', { employeesInvolved: [] });
    const craftRefusal = availableActions(craft.complaint, craft.procedure, { today: '2026-04-28', calendar, roles: ['receptionist'] }).find((a) => a.type === 'record_judgement');
    expect(craftRefusal?.reason).toBe('Deze stap is voor de behandelaar, de klachtencoördinator of de directie; u bent aangemeld zonder die rol');
  });

  it('structural measures are management\'s (001: "De directie beraadt zich … na afhandeling van elke klacht")', () => {
    const { procedure } = walkFor('committee');
    expect(roleRefusal('record_structural_measures', procedure, ['coordinator', 'owner'])?.reason).toBe('Deze stap is voor de directie; u bent aangemeld zonder die rol');
    expect(roleRefusal('record_structural_measures', procedure, ['management'])).toBeNull();
    expect(rolesFor('log_contact', procedure)).toBeNull();
  });

  // Who runs the file and who answers for a body, per regeling: each seed's own words.
  it.each([
    ['dokh', 'close', ['coordinator'], 'decide_escalation', ['coordinator', 'management'], 'record_judgement', ['owner', 'coordinator']],
    // 001: "afhandeling door de voorzitter" of the complaints committee, which judges.
    ['committee', 'close', ['coordinator', 'committee'], 'decide_escalation', ['coordinator', 'committee', 'management'], 'record_judgement', ['committee']],
    // 002 and 003: the owner of the business judges; in the app the handler, coordinator or management.
    ['craft', 'close', ['coordinator'], 'decide_escalation', ['coordinator', 'management'], 'record_judgement', ['owner', 'coordinator', 'management']],
    ['soleTrader', 'assign_owner', ['coordinator'], 'extend_escalation', ['coordinator', 'management'], 'record_judgement', ['owner', 'coordinator', 'management']],
    // 004: "De coördinator bepaalt wie de eigenaar van de klacht is" and evaluates with the customer.
    ['coordinator', 'record_evaluation', ['coordinator'], 'decide_escalation', ['coordinator', 'management'], 'record_judgement', ['owner', 'coordinator']],
    ['wkkgz', 'declare_inadmissible', ['coordinator'], 'decide_escalation', ['coordinator', 'management'], 'record_judgement', ['owner', 'coordinator']],
  ] as const)('under %s: %s is for %j, %s for %j, %s for %j', (key, step1, roles1, step2, roles2, step3, roles3) => {
    const { procedure } = walkFor(key);
    expect(rolesFor(step1, procedure)).toEqual(roles1);
    expect(rolesFor(step2, procedure)).toEqual(roles2);
    expect(rolesFor(step3, procedure)).toEqual(roles3);
    for (const anyone of ['log_contact', 'acknowledge', 'send_response', 'add_follow_up'] as const) expect(rolesFor(anyone, procedure)).toBeNull();
  });
});
