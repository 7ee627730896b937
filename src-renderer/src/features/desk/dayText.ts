import type { DeskDeadlineRow } from '../../db/repositories';

const days = (n: number) => `${n} ${n === 1 ? 'werkdag' : 'werkdagen'}`;

/**
 * Working days late or left, as the card's deadline badge says it. A term due
 * on a day the office is closed can be 0 working days away without being
 * today, so the day itself decides "vandaag" and "te laat".
 */
export function dayText(row: Pick<DeskDeadlineRow, 'dueOn' | 'workingDaysLeft'>, today: string): string {
  const left = row.workingDaysLeft;
  if (row.dueOn < today) return left < 0 ? `${days(-left)} te laat` : 'te laat';
  if (row.dueOn === today) return 'vandaag';
  return `nog ${days(Math.max(left, 0))}`;
}
