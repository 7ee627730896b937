/**
 * Steps the procedure gives to a role reach this workstation as documents of
 * their own (see sync/stepDocs); here they live in their complaint's event
 * log like every other event, so the screens read one history.
 */
import { appendToLog, isRoleStep } from '../../domain/eventLogs';
import type { ComplaintEvent, EventLog } from '../../domain/model';
import type { KlachtenbalieDb } from '../database';

export interface IncomingStep {
  /** The event log it belongs in (the complaint's id). */
  log: string;
  eventId: string;
  /** null: removed, with its complaint. */
  event: ComplaintEvent | null;
}

/**
 * An event log from the server carries no steps: the steps this log holds
 * here stay in it. Inside applyIncoming's transaction.
 */
export async function withKeptSteps(db: KlachtenbalieDb, logs: readonly EventLog[]): Promise<EventLog[]> {
  const here = await db.eventLogs.bulkGet(logs.map((log) => log.id));
  return logs.map((log, index) => {
    const steps = here[index]?.events.filter(isRoleStep) ?? [];
    return steps.length > 0 ? appendToLog(log, log.id, steps) : log;
  });
}

/** Puts incoming steps into their logs and takes removed ones out. Inside applyIncoming's transaction. */
export async function takeInSteps(db: KlachtenbalieDb, steps: readonly IncomingStep[]): Promise<void> {
  if (steps.length === 0) return;
  const byLog = new Map<string, IncomingStep[]>();
  for (const step of steps) byLog.set(step.log, [...(byLog.get(step.log) ?? []), step]);
  const ids = [...byLog.keys()];
  const logs = await db.eventLogs.bulkGet(ids);
  const changed: EventLog[] = [];
  for (const [index, id] of ids.entries()) {
    const group = byLog.get(id)!;
    const removed = new Set(group.filter((step) => step.event === null).map((step) => step.eventId));
    const log = logs[index];
    const kept = log ? { ...log, events: log.events.filter((event) => !removed.has(event.id)) } : undefined;
    const added = group.flatMap((step) => (step.event ? [step.event] : []));
    // A removal for a log already gone (its complaint removed) leaves nothing to write.
    if (kept || added.length > 0) changed.push(appendToLog(kept, id, added));
  }
  await db.eventLogs.bulkPut(changed);
}
