import { describe, expect, it } from 'vitest';
import { handlingGap, procedureChecklist } from '../../src-renderer/src/domain/workflow';
import { hasVerdict, ownerMustBeUninvolved } from '../../src-renderer/src/domain/procedures/absent';
import type { Procedure } from '../../src-renderer/src/domain/procedure';
import { procedureToForm } from '../../src-renderer/src/features/settings/procedureForm';
import { complaintUnder, preset, Walk, walkFor } from './support/workflow';

/** 004 as stored before the verdict step had a field. */
function storedWithoutVerdict(procedure: Procedure, key = procedure.key): Procedure {
  const { verdict: _dropped, ...steps } = procedure.steps;
  return { ...procedure, key, steps: steps as Procedure['steps'] };
}

// 004: "Het is de bedoeling om de klant zo snel mogelijk een passende oplossing te bieden … Pas na akkoord van de klant kan het dossier gesloten worden."
describe('seed 004 has no verdict: a solution, the evaluation and the customer’s agreement close the complaint', () => {
  it('never asks for gegrond or ongegrond, and closes after solution, evaluation and agreement', () => {
    const walk = walkFor('coordinator', { employeesInvolved: [] })
      .do('2026-04-27', { type: 'acknowledge', sentOn: '2026-04-27', method: 'email' })
      .do('2026-04-28', { type: 'assign_owner', ownerId: 'erik', ownerName: 'Erik Zwart', customerContactBy: 'owner' });
    expect(walk.available('2026-04-28').find((a) => a.type === 'record_judgement')).toMatchObject({ allowed: false, applicable: false });
    expect(walk.why('2026-04-28', 'close')).toBe('De klacht kan pas worden gesloten als hij is afgehandeld: er is nog geen oplossing met de klant afgesproken');
    expect(procedureChecklist(walk.complaint, walk.procedure).map((item) => item.step).join(' | ')).not.toMatch(/gegrond|Oordeel/);
    walk
      .do('2026-05-04', { type: 'record_solution', description: 'Nieuwe zolen aanmeten', agreedRepairOn: '2026-05-11', thirdParty: '' })
      .do('2026-05-11', { type: 'complete_solution', on: '2026-05-11' });
    expect(walk.complaint.status).toBe('resolved');
    walk
      .do('2026-05-12', { type: 'record_evaluation', on: '2026-05-12', notes: 'Zolen passen' })
      .do('2026-05-12', { type: 'record_customer_agreement', on: '2026-05-12', notes: '' })
      .do('2026-05-12', { type: 'close', on: '2026-05-12' });
    expect(walk.complaint.status).toBe('closed');
    expect(walk.complaint.workflow.judgement).toBeNull();
  });

  it('lets the coordinator make an employee the complaint names its owner: 004 forbids none, unlike 000', () => {
    const coordinator = walkFor('coordinator', { employeesInvolved: ['Karin Smit'] });
    expect(coordinator.refusal('2026-04-28', { type: 'assign_owner', ownerId: 'karin', ownerName: 'Karin Smit', customerContactBy: 'owner' })).toBeNull();
    const dokh = walkFor('dokh', { employeesInvolved: ['Karin Smit'] });
    expect(dokh.refusal('2026-04-28', { type: 'assign_owner', ownerId: 'karin', ownerName: 'Karin Smit', customerContactBy: 'owner' })?.message).toBe(
      'Karin Smit is betrokken bij deze klacht en mag hem niet behandelen',
    );
    // 003: the business owner handles every complaint himself, also one about himself.
    expect(ownerMustBeUninvolved(preset('soleTrader'))).toBe(false);
    expect(ownerMustBeUninvolved(preset('wkkgz'))).toBe(true);
  });

  it('keeps a 004 procedure stored without the field verdict-free, an office’s own one judged as before, and the settings show it so', () => {
    expect(hasVerdict(storedWithoutVerdict(preset('coordinator')))).toBe(false);
    expect(hasVerdict(storedWithoutVerdict(preset('coordinator'), 'custom'))).toBe(true);
    expect(hasVerdict(preset('dokh'))).toBe(true);
    expect(procedureToForm(storedWithoutVerdict(preset('coordinator'))).steps.verdict).toBe(false);
    expect(procedureToForm(preset('wkkgz')).steps.verdict).toBe(true);
    // A 004 complaint judged unfounded before the verdict step went is handled: it owes no solution.
    const judgedBefore = walkFor('coordinatorWithVerdict', { employeesInvolved: [] })
      .do('2026-04-28', { type: 'assign_owner', ownerId: 'erik', ownerName: 'Erik Zwart', customerContactBy: 'owner' })
      .do('2026-05-12', {
      type: 'record_judgement', verdict: 'unfounded', reasoning: 'Geen fout', judgedOn: '2026-05-12', judges: ['Erik Zwart'], judgedById: null,
    });
    expect(handlingGap(judgedBefore.complaint, preset('coordinator'))).toBeNull();
    const stored = storedWithoutVerdict(preset('coordinator'));
    const walk = new Walk(complaintUnder(stored, { employeesInvolved: [] }), stored);
    expect(walk.available('2026-04-28').find((a) => a.type === 'record_judgement')?.applicable).toBe(false);
  });
});
