import { describe, expect, it } from 'vitest';
import { createWorkingDayCalendar } from '../../src-renderer/src/domain/calendar';
import type { Term } from '../../src-renderer/src/domain/procedure';

// Deadlines are computed for every complaint in the register; the dashboard must stay instant at 100,000 complaints.
const COMPLAINTS = 100_000;
const TERMS: Term[] = [
  { amount: 2, unit: 'working_days' },
  { amount: 10, unit: 'working_days' },
  { amount: 4, unit: 'weeks' },
  { amount: 12, unit: 'months' },
  { amount: 5, unit: 'years' },
];

function receivedDays(count: number): string[] {
  const days: string[] = [];
  for (let i = 0; i < count; i++) {
    const date = new Date(2026, 0, 1 + (i % 1826));
    days.push(`${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`);
  }
  return days;
}

describe('speed at 100,000 complaints', () => {
  const days = receivedDays(COMPLAINTS);

  it('computes 100,000 due days in well under a second', () => {
    const calendar = createWorkingDayCalendar([{ day: '2027-05-07', description: 'Dag na Hemelvaart' }]);
    const started = performance.now();
    let last = '';
    for (let i = 0; i < COMPLAINTS; i++) last = calendar.dueDay(days[i] ?? '2026-01-01', TERMS[i % TERMS.length] ?? TERMS[0]!);
    const elapsed = performance.now() - started;
    expect(last).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(elapsed).toBeLessThan(1000);
  });

  it('counts days left for 100,000 deadlines in well under a second', () => {
    const calendar = createWorkingDayCalendar();
    const started = performance.now();
    let total = 0;
    for (let i = 0; i < COMPLAINTS; i++) total += calendar.workingDaysBetween('2028-06-15', days[i] ?? '2026-01-01');
    expect(Number.isFinite(total)).toBe(true);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
