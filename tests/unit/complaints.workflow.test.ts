import { describe, expect, it } from 'vitest';
import { OWNER_NOT_ACTIVE } from '../../src-renderer/src/db/repositories/complaintWorkflow';
import { RecordNotFoundError } from '../../src-renderer/src/domain/errors';
import { WorkflowError } from '../../src-renderer/src/domain/workflow';
import { ACTOR, freshDb, intake, NOW, storedEventCount } from './support/db';

const DAY_AFTER = new Date(2026, 2, 11, 10, 0);
const COORDINATOR = { id: 'staff-coordinator', name: 'Marloes van Dam' };

describe('a new complaint', () => {
  it('starts under the current procedure version with its next deadline stored', async () => {
    const { repos } = await freshDb();
    const { complaint } = await repos.complaints.create(intake(), ACTOR, NOW);
    expect(complaint.workflow).toMatchObject({ procedureVersionId: 'vakbedrijf@1', acknowledgement: null, escalations: [] });
    expect(complaint).toMatchObject({ nextDeadline: '2026-03-17', nextDeadlineKind: 'acknowledgement' });
    const created = (await repos.events.listForComplaint(complaint.id))[0];
    expect(created?.changes.map((c) => c.field)).not.toContain('workflow');
  });

  it('moves its terms when the receipt date is corrected', async () => {
    const { repos } = await freshDb();
    const { complaint } = await repos.complaints.create(intake(), ACTOR, NOW);
    const updated = await repos.complaints.update(complaint.id, { receivedAt: '2026-03-06T09:00' }, ACTOR, DAY_AFTER);
    expect(updated.nextDeadline).toBe('2026-03-13');
  });
});

describe('applying a workflow action', () => {
  it('writes the complaint with its recomputed next deadline and the event, together', async () => {
    const { repos } = await freshDb();
    const { complaint } = await repos.complaints.create(intake(), ACTOR, NOW);
    const acknowledged = await repos.complaints.applyAction(complaint.id, { type: 'acknowledge', sentOn: '2026-03-11', method: 'email' }, COORDINATOR, DAY_AFTER);
    expect(acknowledged).toMatchObject({ status: 'acknowledged', nextDeadline: '2026-04-07', nextDeadlineKind: 'response', updatedAt: DAY_AFTER.toISOString() });
    expect(await repos.complaints.get(complaint.id)).toEqual(acknowledged);
    const events = await repos.events.listForComplaint(complaint.id);
    expect(events[1]).toMatchObject({
      type: 'status_changed',
      complaintId: complaint.id,
      customerId: complaint.customerId,
      actorId: COORDINATOR.id,
      actorName: COORDINATOR.name,
      at: DAY_AFTER.toISOString(),
      summary: 'Ontvangstbevestiging verstuurd op 11-03-2026 (e-mail). Status: Ontvangst bevestigd',
    });
    expect(events[1]?.changes).toEqual([
      { field: 'status', old: 'registered', new: 'acknowledged' },
      { field: 'workflow.acknowledgement', old: null, new: { sentOn: '2026-03-11', method: 'email' } },
    ]);
  });

  it('throws a refusal unchanged and writes nothing', async () => {
    const { db, repos } = await freshDb();
    const { complaint } = await repos.complaints.create(intake(), ACTOR, NOW);
    const error = await repos.complaints.applyAction(complaint.id, { type: 'close', on: '2026-03-11' }, COORDINATOR, DAY_AFTER).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkflowError);
    expect((error as WorkflowError).message).toMatch(/^De klacht kan pas worden gesloten/);
    expect(await repos.complaints.get(complaint.id)).toEqual(complaint);
    expect(await storedEventCount(db)).toBe(2);
  });

  it('leaves nothing when writing the event fails', async () => {
    const { db, repos } = await freshDb();
    const { complaint } = await repos.complaints.create(intake(), ACTOR, NOW);
    // The complaint's log exists since its registration: appending updates it.
    db.eventLogs.hook('updating', () => {
      throw new Error('schijf vol');
    });
    await expect(repos.complaints.applyAction(complaint.id, { type: 'acknowledge', sentOn: '2026-03-11', method: 'email' }, COORDINATOR, DAY_AFTER)).rejects.toThrow(
      'schijf vol',
    );
    expect(await repos.complaints.get(complaint.id)).toEqual(complaint);
  });

  it('checks the owner by the name in the staff list, and only active staff', async () => {
    const { repos } = await freshDb();
    // 000: "beoordeeld door een medewerker van M@ die niet betrokken is (geweest) bij de klacht".
    await repos.procedures.choosePreset('zorg-welzijn-dokh', ACTOR, NOW);
    const { complaint } = await repos.complaints.create(intake({ complaint: { employeesInvolved: 'Piet' } }), ACTOR, NOW);
    const piet = await repos.staff.create({ name: 'Piet de Lange', roles: ['owner'] }, ACTOR, NOW);
    const erik = await repos.staff.create({ name: 'Erik Zwart', roles: ['owner'] }, ACTOR, NOW);

    const involved = await repos.complaints
      .applyAction(complaint.id, { type: 'assign_owner', ownerId: piet.id, ownerName: 'Iemand anders' }, COORDINATOR, DAY_AFTER)
      .catch((e: unknown) => e);
    expect(involved).toMatchObject({ name: 'WorkflowError', field: 'ownerId', message: 'Piet de Lange is betrokken bij deze klacht en mag hem niet behandelen (genoemd als „Piet”)' });

    await repos.staff.deactivate(erik.id, ACTOR, NOW);
    const inactive = await repos.complaints.applyAction(complaint.id, { type: 'assign_owner', ownerId: erik.id, ownerName: 'Erik Zwart', customerContactBy: 'owner' }, COORDINATOR, DAY_AFTER).catch((e: unknown) => e);
    expect(inactive).toMatchObject({ message: OWNER_NOT_ACTIVE, field: 'ownerId' });

    await repos.staff.update(erik.id, { active: true }, ACTOR, NOW);
    const assigned = await repos.complaints.applyAction(complaint.id, { type: 'assign_owner', ownerId: erik.id, ownerName: '' }, COORDINATOR, DAY_AFTER);
    expect(assigned).toMatchObject({ ownerId: erik.id, status: 'in_progress', coordinatorId: COORDINATOR.id });
    expect((await repos.events.listForComplaint(complaint.id)).at(-1)?.summary).toBe('Behandelaar: Erik Zwart. Status: In behandeling');
  });

  it('says so when the complaint is gone', async () => {
    const { repos } = await freshDb();
    await expect(repos.complaints.applyAction('gone', { type: 'add_note', text: 'x' }, ACTOR, NOW)).rejects.toBeInstanceOf(RecordNotFoundError);
    expect(await repos.complaints.deadlines('gone', '2026-03-10')).toEqual([]);
    expect(await repos.complaints.workflowState('gone', '2026-03-10')).toBeUndefined();
  });

  it('reads the card’s whole workflow state at once', async () => {
    const { repos } = await freshDb();
    const { complaint } = await repos.complaints.create(intake(), ACTOR, NOW);
    const state = await repos.complaints.workflowState(complaint.id, '2026-03-16');
    expect(state?.procedure.id).toBe('vakbedrijf@1');
    expect(state?.deadlines[0]).toMatchObject({ kind: 'acknowledgement', dueOn: '2026-03-17', workingDaysLeft: 1 });
    expect(state?.checklist.find((item) => item.state === 'next')?.key).toBe('acknowledgement');
    expect(state?.actions.find((a) => a.type === 'acknowledge')?.allowed).toBe(true);
  });
});
