import { expect } from 'vitest';
import { createWorkingDayCalendar, type WorkingDayCalendar } from '../../../src-renderer/src/domain/calendar';
import type { Actor, Complaint } from '../../../src-renderer/src/domain/model';
import type { Procedure } from '../../../src-renderer/src/domain/procedure';
import { presetByKey } from '../../../src-renderer/src/domain/procedures';
import { newComplaintRecord, newCustomerRecord } from '../../../src-renderer/src/domain/records';
import { applyAction, availableActions, WorkflowError, type WorkflowAction } from '../../../src-renderer/src/domain/workflow';

/** The presets by the seed they follow. */
export const PRESET_KEYS = {
  dokh: 'zorg-welzijn-dokh', // seed 000
  committee: 'dienstverlener-klachtencommissie', // seed 001
  craft: 'vakbedrijf', // seed 002
  soleTrader: 'eenmanszaak-nrto', // seed 003
  coordinator: 'zorgbedrijf-coordinator', // seed 004
  wkkgz: 'zorgaanbieder-wkkgz',
} as const;

/**
 * Seed 004 as an office that added a verdict to it under Instellingen: an
 * owner, a status check, a judgement, evaluation and agreement in one
 * procedure, for the tests of those steps together.
 */
export type PresetName = keyof typeof PRESET_KEYS | 'coordinatorWithVerdict';

export function preset(key: PresetName): Procedure {
  if (key === 'coordinatorWithVerdict') {
    const coordinator = preset('coordinator');
    return { ...coordinator, steps: { ...coordinator.steps, verdict: true } };
  }
  const found = presetByKey(PRESET_KEYS[key]);
  if (!found) throw new Error(`preset ${key} missing`);
  return found;
}

export const calendar = createWorkingDayCalendar();
export const COORDINATOR: Actor = { id: 'staff-coordinator', name: 'Marloes van Dam' };

export function complaintUnder(procedure: Procedure, overrides: Partial<Complaint> = {}): Complaint {
  const record = newComplaintRecord(
    {
      channel: 'email',
      receivedAt: new Date(2026, 3, 24, 10, 0).toISOString(),
      problemArisenOn: '',
      summary: 'Verwarming doet het niet',
      description: '',
      category: '',
      productOrService: '',
      employeesInvolved: ['Piet'],
      remedySought: '',
      confidential: false,
    },
    {
      id: 'complaint-1',
      reference: 'K-2026-0001',
      customer: newCustomerRecord(
        'customer-1',
        { name: 'Jan de Vries', salutation: 'heer', phone: '', email: '', street: '', postcode: '', city: '', country: 'NL', customerNumber: '' },
        new Date(2026, 3, 24, 10, 0).toISOString(),
      ),
      nowIso: new Date(2026, 3, 24, 10, 0).toISOString(),
      procedureVersionId: procedure.id,
    },
  );
  return { ...record, ...overrides };
}

/** A walk through a preset's procedure with a complaint received Friday 24 April 2026 (or as overridden). */
export function walkFor(key: PresetName, overrides: Partial<Complaint> = {}): Walk {
  return new Walk(complaintUnder(preset(key), overrides), preset(key));
}

/** Noon on that day, local: the moment a step is recorded. */
export const noon = (day: string) => new Date(`${day}T12:00:00`);

export class Walk {
  events: { type: string; summary: string }[] = [];

  constructor(
    public complaint: Complaint,
    readonly procedure: Procedure,
    /** What its steps count terms on: an upgrade test passes the rule an earlier version counted with. */
    readonly counting: WorkingDayCalendar = calendar,
  ) {}

  /** Runs the action as if recorded on `day`; returns this for chaining. */
  do(day: string, action: WorkflowAction): this {
    const result = applyAction(this.complaint, this.procedure, action, { now: noon(day), actor: COORDINATOR, calendar: this.counting });
    this.complaint = result.complaint;
    this.events.push(result.event);
    return this;
  }

  /** The refusal's message (and field), or null when the action would pass. */
  refusal(day: string, action: WorkflowAction): { message: string; field: string | null } | null {
    try {
      applyAction(this.complaint, this.procedure, action, { now: noon(day), actor: COORDINATOR, calendar });
      return null;
    } catch (error) {
      if (error instanceof WorkflowError) return { message: error.message, field: error.field };
      throw error;
    }
  }

  available(day: string) {
    return availableActions(this.complaint, this.procedure, { today: day, calendar });
  }

  allowed(day: string): string[] {
    return this.available(day)
      .filter((a) => a.allowed)
      .map((a) => a.type);
  }

  why(day: string, type: WorkflowAction['type']): string | undefined {
    return this.available(day).find((a) => a.type === type)?.reason;
  }
}

/** The refusal of `action` on `day` must be `message`, shown beside `field` (null: above the form). */
export function expectRefusal(walk: Walk, day: string, action: WorkflowAction, message: string, field: string | null): void {
  expect(walk.refusal(day, action)).toEqual({ message, field });
}
