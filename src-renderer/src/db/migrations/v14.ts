/**
 * Version 13 → 14 seals the events a register already holds (see
 * domain/journal/seal): each log's events are chained once, oldest first, as
 * the start of its chain. Nothing can tell whether they were changed before
 * this; from here on a change shows. A page of logs at a time, as version 7
 * moved them, each hashed synchronously so the upgrade's transaction stays
 * open. Not journalled: every workstation seals its own copy, and as events
 * are sealed only where unsealed, a log that comes in sealed from a
 * workstation that upgraded first is left as it came.
 */
import type { Transaction } from 'dexie';
import { appendSealed, sortEvents } from '../../domain/eventLogs';
import type { EventLog } from '../../domain/model';
import { newSalt } from '../repositories/eventStore';
import { forEachPage } from './pages';

const PAGE = 2000;

export async function upgradeToVersion14(tx: Transaction): Promise<void> {
  const logs = tx.table<EventLog, string>('eventLogs');
  await forEachPage(logs, PAGE, async (page) => {
    const unsealed = page.filter((log) => log.events.some((event) => !event.seal));
    if (unsealed.length > 0) await logs.bulkPut(unsealed.map(sealedOnce));
  });
}

function sealedOnce(log: EventLog): EventLog {
  const sealed = log.events.filter((event) => event.seal);
  const rest = sortEvents(log.events.filter((event) => !event.seal));
  return appendSealed({ ...log, events: sealed }, log.id, rest, newSalt);
}
