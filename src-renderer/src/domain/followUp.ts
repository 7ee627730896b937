import type { FollowUp } from './model';

/** What a follow-up asks, without the "Opvolgen: " that follow-ups planned with a contact once carried (its kind's label says it already). */
export function followUpWhat(followUp: Pick<FollowUp, 'what'>): string {
  return followUp.what.replace(/^Opvolgen:\s*/u, '');
}
