/**
 * Where an event is kept: events are stored per complaint, per customer (for
 * what happened to the customer outside a complaint) and per year for the
 * office's settings (see EventLog). Pure: the event store writes what this
 * decides.
 */
import { sealAppended } from './journal/seal';
import type { ComplaintEvent, EventLog } from './model';

export function customerLogId(customerId: string): string {
  return `customer:${customerId}`;
}

export function eventLogId(event: Pick<ComplaintEvent, 'complaintId' | 'customerId' | 'at'>): string {
  if (event.complaintId !== null) return event.complaintId;
  if (event.customerId !== null) return customerLogId(event.customerId);
  return `office:${event.at.slice(0, 4)}`;
}

const byMoment = (a: ComplaintEvent, b: ComplaintEvent) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id);

/** Oldest first; events on the same moment in the order of their (time-ordered) ids. */
export function sortEvents(events: ComplaintEvent[]): ComplaintEvent[] {
  return events.sort(byMoment);
}

/** The events grouped by the log they belong in, in the order given: appendToLog sorts them into their log. */
export function groupByLog(events: readonly ComplaintEvent[]): Map<string, ComplaintEvent[]> {
  const groups = new Map<string, ComplaintEvent[]>();
  for (const event of events) {
    const id = eventLogId(event);
    const group = groups.get(id);
    if (group) group.push(event);
    else groups.set(id, [event]);
  }
  return groups;
}

/** The log with `added` appended; a log is created on its first event. Events already in it (same id) are not doubled. */
export function appendToLog(log: EventLog | undefined, id: string, added: readonly ComplaintEvent[]): EventLog {
  const known = new Set(log?.events.map((event) => event.id));
  const fresh = added.filter((event) => !known.has(event.id));
  const events = sortEvents([...(log?.events ?? []), ...fresh]);
  const updatedAt = events.reduce((latest, event) => (event.updatedAt > latest ? event.updatedAt : latest), log?.updatedAt ?? '');
  return { id, events, updatedAt };
}

/**
 * The log with `added` appended as new events, each sealed onto the log's
 * chain (domain/journal/seal). Only for events made here: events from
 * elsewhere come sealed and go in through appendToLog.
 */
export function appendSealed(log: EventLog | undefined, id: string, added: readonly ComplaintEvent[], newSalt: () => string): EventLog {
  const known = new Set(log?.events.map((event) => event.id));
  const fresh = sortEvents(added.filter((event) => !known.has(event.id)));
  return appendToLog(log, id, sealAppended(log?.events ?? [], fresh, newSalt));
}

/** A step the procedure gives to a role, taken by someone signed in: on a shared register it travels on its own (sync/stepDocs). */
export function isRoleStep(event: ComplaintEvent): boolean {
  return event.step !== undefined;
}
