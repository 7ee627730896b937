/**
 * The chain of a log (see EventSeal). An event is linked to the log's last
 * events when it is appended, in append order, not in the order of its
 * moment: two workstations that append to one complaint while apart each link
 * to the same last event, and when their versions merge the log forks there;
 * the next event appended links to both ends and joins them. So a merge never
 * rewrites a link, and the check accepts a fork (an event may have several
 * links before it, and two events one): what it refuses is a link that
 * leads nowhere, or an event that no longer hashes to its link.
 *
 * The link covers a hash of the event's personal part rather than the text
 * itself, so anonymisation can remove the text and keep the hash (without its
 * salt): the chain survives and is never recomputed. Pure.
 */
import type { ComplaintEvent, EventSeal } from '../model';
import { canonicalJson } from './canonicalJson';
import { sha256Text } from './sha256Text';

export function fixedHashOf(event: ComplaintEvent): string {
  return sha256Text(canonicalJson([event.id, event.complaintId, event.type, event.actorId, event.actorName, event.step ?? null]));
}

export function personalHashOf(event: ComplaintEvent, salt: string): string {
  return sha256Text(salt + canonicalJson([event.customerId, event.summary, event.changes]));
}

export function linkOf(after: readonly string[], at: string, fixed: string, personal: string): string {
  return sha256Text([after.join(','), at, fixed, personal].join('|'));
}

/** The links no event in the log was appended after: one, or several where workstations' appends met and nothing joined them yet. */
export function tipsOf(events: readonly ComplaintEvent[]): string[] {
  const followed = new Set(events.flatMap((event) => event.seal?.after ?? []));
  return events.flatMap((event) => (event.seal && !followed.has(event.seal.link) ? [event.seal.link] : [])).sort();
}

/** `fresh` (oldest first) sealed as appended to `existing`, one after the other. */
export function sealAppended(existing: readonly ComplaintEvent[], fresh: readonly ComplaintEvent[], newSalt: () => string): ComplaintEvent[] {
  let after = tipsOf(existing);
  return fresh.map((event) => {
    const sealed = sealOne(event, after, newSalt());
    after = [sealed.seal.link];
    return sealed;
  });
}

function sealOne(event: ComplaintEvent, after: string[], salt: string): ComplaintEvent & { seal: EventSeal } {
  const fixed = fixedHashOf(event);
  const personal = personalHashOf(event, salt);
  return { ...event, seal: { after, link: linkOf(after, event.at, fixed, personal), fixed, personal, salt } };
}

/** The seal of an event whose personal part was removed: its hash stays, its salt goes. */
export function redactedSeal(seal: EventSeal | undefined): EventSeal | undefined {
  if (!seal) return undefined;
  const { salt: _salt, ...kept } = seal;
  return kept;
}
