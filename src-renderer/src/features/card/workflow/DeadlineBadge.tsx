import { formatDate } from '../../../components/format';
import type { Deadline } from '../../../domain/model';
import { deadlineTone } from '../../../domain/deadlines';

function leftText(deadline: Deadline): string {
  if (deadline.metOn) return `gehaald op ${formatDate(deadline.metOn)}`;
  const left = deadline.workingDaysLeft ?? 0;
  if (left < 0) return `${-left} ${left === -1 ? 'werkdag' : 'werkdagen'} te laat`;
  if (left === 0) return 'vandaag';
  return `nog ${left} ${left === 1 ? 'werkdag' : 'werkdagen'}`;
}

const TONE_LABELS = { green: 'op schema', amber: 'bijna', red: 'te laat', met: 'gehaald' } as const;

/** Colour alone never carries the meaning: the text says it too. */
export function DeadlineBadge({ deadline }: { deadline: Deadline }) {
  const tone = deadlineTone(deadline);
  return (
    <span className={`deadline tone-${tone}`} title={TONE_LABELS[tone]}>
      <span className="due">{formatDate(deadline.dueOn)}</span>
      <span className="left">{leftText(deadline)}</span>
    </span>
  );
}
