import { describe, expect, it } from 'vitest';
import { procedureChecklist } from '../../src-renderer/src/domain/workflow';
import { agreesCustomerContact } from '../../src-renderer/src/domain/procedures/absent';
import { expectRefusal, preset, walkFor } from './support/workflow';

const assign = { type: 'assign_owner' as const, ownerId: 'erik', ownerName: 'Erik Zwart' };
const solution = { type: 'record_solution' as const, description: 'Nieuwe zolen aanmeten', agreedRepairOn: '2026-05-12', thirdParty: '' };
const consult = { type: 'consult_management' as const, on: '2026-05-08', reason: 'owner_cannot_handle' as const, notes: 'De senior technicus neemt het over' };
const managementLine = (walk: ReturnType<typeof walkFor>) => procedureChecklist(walk.complaint, walk.procedure).find((item) => item.key === 'management_owner');

// 004: "De coördinator bepaalt wie de eigenaar van de klacht is. Bespreekt de inhoud van de klacht en spreekt af wie contact opneemt met de klant".
describe('seed 004: the assignment agrees who contacts the customer', () => {
  it('asks for it under 004, records it on the assignment, and asks nothing of it where the procedure does not', () => {
    const walk = walkFor('coordinator', { employeesInvolved: [] });
    expectRefusal(walk, '2026-04-28', assign, 'Kies wie contact opneemt met de klant', 'customerContactBy');
    walk.do('2026-04-28', { ...assign, customerContactBy: 'coordinator' });
    expect(walk.complaint.workflow.customerContactBy).toBe('coordinator');
    expect(walk.events.at(-1)?.summary).toBe('Behandelaar: Erik Zwart; contact met de klant: de coördinator klachten. Status: In behandeling');

    const dokh = walkFor('dokh', { employeesInvolved: [] }).do('2026-04-28', assign);
    expect(dokh.complaint.workflow.customerContactBy).toBeUndefined();
  });

  it('reads it from the procedure, so an office may switch it on or off, and a stored 004 without the field keeps asking', () => {
    const coordinator = preset('coordinator');
    const { customerContactAtAssignment: _dropped, ...storedBefore } = coordinator.steps;
    expect(agreesCustomerContact({ ...coordinator, steps: storedBefore })).toBe(true);
    expect(agreesCustomerContact({ ...coordinator, steps: { ...coordinator.steps, customerContactAtAssignment: false } })).toBe(false);
    expect(agreesCustomerContact({ ...preset('craft'), steps: { ...preset('craft').steps, customerContactAtAssignment: true } })).toBe(true);
  });
});

// 004: "Indien de eigenaar de klacht niet op de juiste wijze kan afhandelen, dient er te allen tijden met de directie te worden overlegd hoe verder te handelen."
describe('seed 004: an owner who cannot handle the complaint brings management in', () => {
  const reported = () =>
    walkFor('coordinator', { employeesInvolved: [] })
      .do('2026-04-27', { type: 'acknowledge', sentOn: '2026-04-27', method: 'post' })
      .do('2026-04-28', { ...assign, customerContactBy: 'owner' })
      .do('2026-05-07', { type: 'report_owner_cannot_handle', on: '2026-05-07', notes: 'Tweede aanpassing hielp niet' });

  it('holds the solution and a new owner until management is consulted, saying what is missing', () => {
    const walk = reported();
    const missing =
      'De behandelaar kan de klacht niet goed afhandelen (gemeld op 07-05-2026). Overleg eerst met de directie hoe verder te handelen: het overleg met de directie ontbreekt nog.';
    expectRefusal(walk, '2026-05-08', solution, missing, null);
    expect(walk.why('2026-05-08', 'assign_owner')).toBe(missing);
    expect(managementLine(walk)).toMatchObject({ state: 'next' });

    walk.do('2026-05-08', consult);
    expect(walk.refusal('2026-05-08', solution)).toBeNull();
    expect(managementLine(walk)).toMatchObject({ state: 'done', doneOn: '2026-05-08' });
  });

  it('counts only a consultation on that ground held since the report', () => {
    const walk = walkFor('coordinator', { employeesInvolved: [] })
      .do('2026-04-28', { ...assign, customerContactBy: 'owner' })
      .do('2026-04-30', { ...consult, on: '2026-04-30' })
      .do('2026-05-07', { type: 'report_owner_cannot_handle', on: '2026-05-07', notes: 'Lukt niet' })
      .do('2026-05-07', { ...consult, on: '2026-05-07', reason: 'other' });
    expect(walk.refusal('2026-05-08', solution)?.message).toContain('het overleg met de directie ontbreekt nog');
  });

  it('is not offered where the procedure names no such consultation', () => {
    const walk = walkFor('dokh', { employeesInvolved: [] }).do('2026-04-28', assign);
    expect(walk.available('2026-04-28').find((a) => a.type === 'report_owner_cannot_handle')?.applicable).toBe(false);
  });
});
