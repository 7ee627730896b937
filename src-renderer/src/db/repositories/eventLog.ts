/**
 * Building an event for the log. Only repositories call this, inside the
 * same transaction as the record they change, so a record never exists
 * without its event and an event never without its record.
 */
import { diffRecords, UNTRACKED_FIELDS } from '../../domain/diff';
import { eventText } from '../../domain/eventText';
import { newId } from '../../domain/ids';
import type { Actor, Complaint, ComplaintEvent, Customer, EventType, FieldChange, RoleStep } from '../../domain/model';

export interface EventDraft {
  type: EventType;
  complaintId: string | null;
  customerId: string | null;
  summary: string;
  changes: FieldChange[];
  step?: RoleStep;
}

export function makeEvent(draft: EventDraft, actor: Actor, nowIso: string): ComplaintEvent {
  return {
    id: newId(),
    ...draft,
    at: nowIso,
    actorId: actor.id,
    actorName: actor.name,
    updatedAt: nowIso,
  };
}

/**
 * For a new record every given field is a change from nothing; its id and
 * timestamps are not news, nor are the empty workflow and the fields stamped for the indexes.
 */
export const CREATION_UNTRACKED: readonly string[] = [
  ...UNTRACKED_FIELDS,
  'id',
  'createdAt',
  'workflow',
  'nextDeadline',
  'nextDeadlineKind',
  'deskState',
];

export function customerCreatedEvent(customer: Customer, actor: Actor, nowIso: string): ComplaintEvent {
  const changes = diffRecords(null, customer, CREATION_UNTRACKED);
  const summary = eventText.customerCreated(customer.name);
  return makeEvent({ type: 'customer_created', complaintId: null, customerId: customer.id, summary, changes }, actor, nowIso);
}

export function complaintCreatedEvent(complaint: Complaint, actor: Actor, nowIso: string): ComplaintEvent {
  const changes = diffRecords(null, complaint, CREATION_UNTRACKED);
  const summary = eventText.complaintCreated(complaint.reference);
  return makeEvent(
    { type: 'created', complaintId: complaint.id, customerId: complaint.customerId, summary, changes },
    actor,
    nowIso,
  );
}

/** A change to the office's settings (procedure, closing days, staff): on no complaint, in the same audit trail. */
export function settingsEvent(summary: string, changes: FieldChange[], actor: Actor, nowIso: string): ComplaintEvent {
  return makeEvent({ type: 'settings_changed', complaintId: null, customerId: null, summary, changes }, actor, nowIso);
}
