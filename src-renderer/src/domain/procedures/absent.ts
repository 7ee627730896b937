import type { Procedure, Term } from '../procedure';
import { presetByKey } from './index';

/**
 * What a rule means in a procedure stored before the rule had a field: what
 * the preset it started from says, and for the office's own procedure what
 * the app did before the field existed. So an office's complaints keep
 * running under the rules they were taken in under.
 */
function fromPreset<T>(procedure: Procedure, read: (preset: Procedure) => T | undefined, before: T): T {
  const preset = presetByKey(procedure.key);
  const value = preset ? read(preset) : undefined;
  return value === undefined ? before : value;
}

/** How often the response term may be extended; null = no maximum. Before the field: once. */
export function extensionLimit(procedure: Procedure): number | null {
  const own = procedure.terms.extension.maxCount;
  return own !== undefined ? own : fromPreset(procedure, (preset) => preset.terms.extension.maxCount, 1);
}

/** Whether the handling ends in a judgement (gegrond / ongegrond). Before the field: always. */
export function hasVerdict(procedure: Procedure): boolean {
  return procedure.steps.verdict ?? fromPreset(procedure, (preset) => preset.steps.verdict, true);
}

/** Whether assigning the owner agrees who contacts the customer (004). Before the field: not asked. */
export function agreesCustomerContact(procedure: Procedure): boolean {
  return procedure.steps.customerContactAtAssignment ?? fromPreset(procedure, (preset) => preset.steps.customerContactAtAssignment, false);
}

/**
 * Whether the owner of a complaint must be someone it is not about: where an
 * employee judges it, "beoordeeld door een medewerker die niet betrokken is"
 * (000, the Wkkgz). Not where the business owner handles every complaint
 * himself (003), nor where nobody judges and the owner finds a solution with
 * the customer (004, which names no such rule).
 */
export function ownerMustBeUninvolved(procedure: Procedure): boolean {
  return hasVerdict(procedure) && procedure.steps.judgedBy !== 'owner';
}

/** The term to carry out a body's ruling; null when the procedure names none. Before the field: none. */
export function rulingTermOf(procedure: Procedure, bodyId: string): Term | null {
  const own = procedure.escalations.find((body) => body.id === bodyId)?.complianceTerm;
  if (own !== undefined) return own;
  return fromPreset(procedure, (preset) => preset.escalations.find((body) => body.id === bodyId)?.complianceTerm, null);
}
