/**
 * Whether a log is as its events were appended (see seal.ts), and if not,
 * where it first breaks, in the order the log shows its events. Pure.
 */
import { EVENT_LABELS } from '../labels';
import type { ComplaintEvent, EventLog } from '../model';
import { fixedHashOf, linkOf, personalHashOf } from './seal';

/**
 * changed: what the event says is not what was sealed; removed: an event it
 * was appended after (or, against the anchor, the log's last events) is gone;
 * reordered: its moment or its place in the chain moved, or the log lists it
 * out of order; unsealed: it was put in without a seal.
 */
export type BreakKind = 'changed' | 'removed' | 'reordered' | 'unsealed';

export interface BrokenLink {
  logId: string;
  kind: BreakKind;
  /** The event where the chain breaks; for a removal at the end of the log, the last one left (null: none left). */
  event: ComplaintEvent | null;
  /** true: the events removed came after `event` (only the anchor can tell). */
  afterEvent: boolean;
}

/** `anchor`: the log's last links as kept elsewhere (a backup, the desktop's head file); every one of them must still be in the log. */
export function checkLog(log: EventLog, anchor: readonly string[] = []): BrokenLink | null {
  const links = new Set(log.events.flatMap((event) => (event.seal ? [event.seal.link] : [])));
  const redactionRecorded = log.events.some((event) => event.type === 'anonymised' && event.seal?.salt !== undefined);
  const broken = (kind: BreakKind, event: ComplaintEvent | null, afterEvent = false): BrokenLink => ({ logId: log.id, kind, event, afterEvent });
  for (const [index, event] of log.events.entries()) {
    const kind = eventBreak(event, log.events[index - 1], links, redactionRecorded);
    if (kind) return broken(kind, event);
  }
  if (anchor.some((link) => !links.has(link))) return broken('removed', log.events.at(-1) ?? null, true);
  return null;
}

function eventBreak(event: ComplaintEvent, previous: ComplaintEvent | undefined, links: ReadonlySet<string>, redactionRecorded: boolean): BreakKind | null {
  const seal = event.seal;
  if (!seal) return 'unsealed';
  if (fixedHashOf(event) !== seal.fixed) return 'changed';
  const personalHolds = seal.salt !== undefined ? personalHashOf(event, seal.salt) === seal.personal : redactionRecorded && isRedacted(event);
  if (!personalHolds) return 'changed';
  if (seal.after.some((link) => !links.has(link))) return 'removed';
  if (linkOf(seal.after, event.at, seal.fixed, seal.personal) !== seal.link) return 'reordered';
  if (previous && (previous.at > event.at || (previous.at === event.at && previous.id > event.id))) return 'reordered';
  return null;
}

/** What anonymisation leaves of an event's personal part (domain/privacy/anonymise): nothing but the label of its type. */
function isRedacted(event: ComplaintEvent): boolean {
  return event.customerId === null && event.changes.length === 0 && event.summary === (EVENT_LABELS[event.type] ?? event.type);
}
