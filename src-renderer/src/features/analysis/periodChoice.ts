import { periodAround, type Period, type PeriodKind } from '../../domain/analysis';
import { typedDay } from '../../domain/dates';

/** What the person chose in the period fields; custom days as typed (dd-mm-jjjj). */
export interface PeriodChoice {
  kind: PeriodKind;
  year: number;
  quarter: number;
  month: number;
  from: string;
  to: string;
}

export function initialChoice(today: string): PeriodChoice {
  return { kind: 'year', year: Number(today.slice(0, 4)), quarter: Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1, month: Number(today.slice(5, 7)), from: '', to: '' };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The days chosen, or null while a custom range cannot be read or ends before it starts. */
export function periodOfChoice(choice: PeriodChoice): Period | null {
  switch (choice.kind) {
    case 'year':
      return periodAround('year', `${choice.year}-01-01`);
    case 'quarter':
      return periodAround('quarter', `${choice.year}-${pad((choice.quarter - 1) * 3 + 1)}-01`);
    case 'month':
      return periodAround('month', `${choice.year}-${pad(choice.month)}-01`);
    case 'custom': {
      const from = typedDay(choice.from);
      const to = typedDay(choice.to);
      return from && to && from <= to ? { from, to } : null;
    }
  }
}
