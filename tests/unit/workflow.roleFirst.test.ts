import { describe, expect, it } from 'vitest';
import { availableActions, rolesFor, WORKFLOW_ACTION_TYPES } from '../../src-renderer/src/domain/workflow';
import type { StaffRole } from '../../src-renderer/src/domain/model';
import { calendar, PRESET_KEYS, walkFor, type PresetName } from './support/workflow';

const ROLES: readonly StaffRole[] = ['receptionist', 'coordinator', 'owner', 'management', 'committee'];
const reasonFor = (walk: ReturnType<typeof walkFor>, roles: StaffRole[], type: string) =>
  availableActions(walk.complaint, walk.procedure, { today: '2026-04-28', calendar, roles }).find((a) => a.type === type);

describe('a step of another role says whose it is before what it still waits for', () => {
  it('001: the judgement waits for Piet to be heard, but an owner is told first that it is the committee’s', () => {
    // Piet is named as involved and not heard yet: the step's own refusal.
    const walk = walkFor('committee');
    expect(reasonFor(walk, ['committee'], 'record_judgement')?.reason).toContain('Piet');
    expect(reasonFor(walk, ['owner', 'coordinator'], 'record_judgement')).toMatchObject({
      allowed: false,
      applicable: true,
      reason: 'Deze stap is voor de klachtencommissie; u bent aangemeld zonder die rol',
    });
  });

  // Every step a preset gives to a role, refused for now or not: a person without that role reads the role refusal; hidden steps stay hidden.
  it.each(Object.keys(PRESET_KEYS) as PresetName[])('under %s, for every role', (key) => {
    const walk = walkFor(key);
    for (const type of WORKFLOW_ACTION_TYPES) {
      const allowed = rolesFor(type, walk.procedure);
      if (!allowed) continue;
      for (const role of ROLES.filter((r) => !allowed.includes(r))) {
        const mine = reasonFor(walk, [...allowed], type);
        const theirs = reasonFor(walk, [role], type);
        if (!mine?.applicable) expect(theirs?.applicable, `${type} for ${role}`).toBe(false);
        else expect(theirs?.reason, `${type} for ${role}`).toMatch(/^Deze stap is voor /);
      }
    }
  });
});
