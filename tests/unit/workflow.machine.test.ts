/** What the timeline records of each step: which fields changed, under their names, and a step the app does not know refused. */
import { describe, expect, it } from 'vitest';
import { applyAction, WorkflowError, type WorkflowAction } from '../../src-renderer/src/domain/workflow';
import { calendar, COORDINATOR, noon, Walk, walkFor } from './support/workflow';

const fields = (walk: Walk, day: string, action: WorkflowAction) => {
  const { complaint, event } = applyAction(walk.complaint, walk.procedure, action, { now: noon(day), actor: COORDINATOR, calendar });
  walk.complaint = complaint;
  return event.changes;
};

describe('the changes a step records for the timeline', () => {
  it('names the status and the workflow field that changed, with old and new value (seed 002)', () => {
    const walk = walkFor('craft');
    expect(fields(walk, '2026-04-27', { type: 'acknowledge', sentOn: '2026-04-27', method: 'post' })).toEqual([
      { field: 'status', old: 'registered', new: 'acknowledged' },
      { field: 'workflow.acknowledgement', old: null, new: { sentOn: '2026-04-27', method: 'post' } },
    ]);
  });

  it('names the owner and the coordinator an assignment sets', () => {
    const walk = walkFor('craft', { employeesInvolved: [] });
    const changes = fields(walk, '2026-04-27', { type: 'assign_owner', ownerId: 'erik', ownerName: 'Erik Zwart', customerContactBy: 'owner' });
    expect(changes.map((change) => change.field)).toEqual(['status', 'ownerId', 'coordinatorId', 'workflow.ownerAssignedOn']);
    expect(changes.find((change) => change.field === 'coordinatorId')).toEqual({ field: 'coordinatorId', old: null, new: COORDINATOR.id });
  });

  it('leaves out where an escalated complaint stood: bookkeeping, not a change the office made (seed 001)', () => {
    const walk = walkFor('committee', { employeesInvolved: [] });
    // The court is open at any time under 001 (its appeal committee only after a judgement).
    const changes = fields(walk, '2026-04-28', { type: 'escalate', bodyId: 'rechter', receivedOn: '2026-04-28', notes: '' });
    expect(walk.complaint.workflow.statusBeforeEscalation).toBe('registered');
    expect(changes.map((change) => change.field)).toEqual(['status', 'workflow.escalations']);
  });

  it('refuses a step the app does not know, as one from a newer version would be', () => {
    const walk = walkFor('craft');
    const unknown = { type: 'send_flowers' } as unknown as WorkflowAction;
    expect(() => applyAction(walk.complaint, walk.procedure, unknown, { now: noon('2026-04-27'), actor: COORDINATOR, calendar })).toThrow(
      new WorkflowError('Deze stap bestaat niet'),
    );
  });
});
