/**
 * What may be recorded on a measure, and the measure it makes: adding one,
 * carrying it out or calling it off, checking its effect, linking another
 * complaint. Each refusal is a WorkflowError in Dutch naming its field, as the
 * card's other steps give.
 */
import { parseDateOnly } from '../dates';
import { dutchDay } from '../workflow/spec';
import { newId } from '../ids';
import { CHECK_RESULTS, MEASURE_KINDS, type CheckResult, type Measure, type MeasureKind } from '../model';
import { WorkflowError } from '../workflow/errors';

export interface MeasureInput {
  description: string;
  causeCategory: string;
  causeText: string;
  kind: MeasureKind | '';
  owner: string;
  dueOn: string;
  /** When the effect is to be checked; empty: no check planned. */
  checkDueOn: string;
  complaintIds: readonly string[];
}

export interface CheckInput {
  checkedOn: string;
  checkedBy: string;
  result: CheckResult | '';
  followUp: string;
}

function text(value: string | undefined, field: string, message: string): string {
  const trimmed = (value ?? '').trim();
  if (trimmed === '') throw new WorkflowError(message, field);
  return trimmed;
}

function day(value: string | undefined, field: string): string {
  const trimmed = (value ?? '').trim();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(trimmed) || !parseDateOnly(trimmed)) throw new WorkflowError('Vul een geldige datum in, bijvoorbeeld 21-11-2026', field);
  return trimmed;
}

function pastDay(value: string | undefined, field: string, today: string): string {
  const checked = day(value, field);
  if (checked > today) throw new WorkflowError('Deze datum ligt in de toekomst', field);
  return checked;
}

export function newMeasure(input: MeasureInput, nowIso: string, id: string = newId()): Measure {
  const description = text(input.description, 'description', 'Beschrijf de maatregel');
  const kind = MEASURE_KINDS.find((k) => k === input.kind);
  if (!kind) throw new WorkflowError('Kies de soort maatregel', 'kind');
  const causeCategory = text(input.causeCategory, 'causeCategory', 'Kies de oorzaak die de maatregel aanpakt');
  const owner = text(input.owner, 'owner', 'Vul in wie de maatregel uitvoert');
  const dueOn = day(input.dueOn, 'dueOn');
  const checkDueOn = input.checkDueOn.trim() === '' ? '' : day(input.checkDueOn, 'checkDueOn');
  if (checkDueOn !== '' && checkDueOn < dueOn) throw new WorkflowError('Toets de effectiviteit na de uitvoering van de maatregel', 'checkDueOn');
  const complaintIds = [...new Set(input.complaintIds)];
  if (complaintIds.length === 0) throw new WorkflowError('Een maatregel hoort bij minstens één klacht', 'complaintIds');
  return {
    id,
    description,
    causeCategory,
    causeText: input.causeText.trim(),
    kind,
    owner,
    dueOn,
    status: 'open',
    doneOn: null,
    complaintIds,
    check: checkDueOn ? { dueOn: checkDueOn, checkedOn: null, checkedBy: '', result: null, followUp: '' } : null,
    createdAt: nowIso,
    updatedAt: nowIso,
  };
}

export function markDone(measure: Measure, on: string, today: string, nowIso: string): Measure {
  if (measure.status !== 'open') throw new WorkflowError('Deze maatregel staat niet meer open');
  return { ...measure, status: 'done', doneOn: pastDay(on, 'doneOn', today), updatedAt: nowIso };
}

export function cancelMeasure(measure: Measure, on: string, reason: string, today: string, nowIso: string): Measure {
  if (measure.status !== 'open') throw new WorkflowError('Deze maatregel staat niet meer open');
  const why = text(reason, 'cancelReason', 'Vul in waarom de maatregel vervalt');
  return { ...measure, status: 'cancelled', doneOn: pastDay(on, 'doneOn', today), cancelReason: why, updatedAt: nowIso };
}

/** The effectiveness check: only of a measure carried out, not before that day, with its result. */
export function recordCheck(measure: Measure, input: CheckInput, today: string, nowIso: string): Measure {
  if (measure.status !== 'done' || !measure.doneOn) throw new WorkflowError('Toets de effectiviteit pas als de maatregel is uitgevoerd', 'checkedOn');
  const checkedOn = pastDay(input.checkedOn, 'checkedOn', today);
  if (checkedOn < measure.doneOn) throw new WorkflowError(`De toets kan niet vóór de uitvoering (${dutchDay(measure.doneOn)}) zijn gedaan`, 'checkedOn');
  const result = CHECK_RESULTS.find((r) => r === input.result);
  if (!result) throw new WorkflowError('Kies de uitkomst van de toets', 'result');
  const checkedBy = text(input.checkedBy, 'checkedBy', 'Vul in wie de effectiviteit toetste');
  const followUp = input.followUp.trim();
  if (result !== 'effective' && followUp === '') throw new WorkflowError('Vul in wat er nu gebeurt: de maatregel werkte niet (helemaal)', 'followUp');
  const check = { ...(measure.check ?? { dueOn: checkedOn }), checkedOn, checkedBy, result, followUp };
  return { ...measure, check, updatedAt: nowIso };
}

export function linkComplaint(measure: Measure, complaintId: string, nowIso: string): Measure {
  if (measure.complaintIds.includes(complaintId)) throw new WorkflowError('Deze maatregel hoort al bij deze klacht', 'measureId');
  return { ...measure, complaintIds: [...measure.complaintIds, complaintId], updatedAt: nowIso };
}
