import { DEADLINE_KINDS, type Deadline, type DeadlineKind } from '../model';

/**
 * The earliest deadline still to be met, for the complaint's indexed
 * `nextDeadline`. Retention is left out: it is no work to be done, and an
 * ended file would otherwise show on every "te laat" list once its retention
 * passed; the privacy step reads `workflow.retentionUntil` itself.
 * On the same day the procedure's order decides (response before its extension notice).
 */
export function nextOpenDeadline(
  deadlines: readonly Pick<Deadline, 'kind' | 'dueOn' | 'metOn'>[],
): { dueOn: string; kind: DeadlineKind } | null {
  let best: Pick<Deadline, 'kind' | 'dueOn' | 'metOn'> | null = null;
  for (const d of deadlines) {
    if (d.metOn !== null || d.kind === 'retention') continue;
    if (!best || d.dueOn < best.dueOn || (d.dueOn === best.dueOn && DEADLINE_KINDS.indexOf(d.kind) < DEADLINE_KINDS.indexOf(best.kind))) best = d;
  }
  return best ? { dueOn: best.dueOn, kind: best.kind } : null;
}

export type DeadlineTone = 'green' | 'amber' | 'red' | 'met';

/** Amber from 2 working days before the due day, red once it has passed. */
export const AMBER_WORKING_DAYS = 2;

export function deadlineTone(deadline: Deadline): DeadlineTone {
  if (deadline.metOn !== null) return 'met';
  if (deadline.state === 'overdue') return 'red';
  return (deadline.workingDaysLeft ?? 0) <= AMBER_WORKING_DAYS ? 'amber' : 'green';
}
