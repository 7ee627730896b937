import type { ComplaintEvent } from '../../domain/model';
import { sameValue } from '../../domain/sharing/merge';

export interface Author {
  name: string;
  at: string;
}

/** Who gave the field this value, and when: the latest event that changed it to exactly that. */
export function authorOf(events: readonly ComplaintEvent[], path: string, value: unknown): Author | null {
  for (let index = events.length - 1; index >= 0; index -= 1) {
    const event = events[index]!;
    if (event.changes.some((change) => change.field === path && sameValue(change.new, value))) return { name: event.actorName, at: event.at };
  }
  return null;
}
