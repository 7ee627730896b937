/** The register's filters and the line each change of a measure leaves in a complaint's history. */
import { dutchDay } from '../workflow/spec';
import type { Measure } from '../model';
import { withoutClosingPunctuation } from '../sentences';
import { CHECK_RESULT_LABELS, MEASURE_KIND_LABELS } from './labels';

export const MEASURE_VIEWS = ['open', 'overdue', 'check_due', 'all'] as const;
export type MeasureView = (typeof MEASURE_VIEWS)[number];

export const MEASURE_VIEW_LABELS: Record<MeasureView, string> = {
  open: 'Open',
  overdue: 'Te laat',
  check_due: 'Toets te doen',
  all: 'Alle',
};

export interface MeasureFilter {
  view: MeasureView;
  /** A cause category; empty: any. */
  cause: string;
  /** An owner's name; empty: anyone. */
  owner: string;
}

/** Carried out, its effect still to be checked and that day come. */
export function checkDue(measure: Measure, today: string): boolean {
  return measure.status === 'done' && measure.check !== null && measure.check.checkedOn === null && measure.check.dueOn <= today;
}

export function overdue(measure: Measure, today: string): boolean {
  return measure.status === 'open' && measure.dueOn < today;
}

export function matchesFilter(measure: Measure, filter: MeasureFilter, today: string): boolean {
  if (filter.cause && measure.causeCategory !== filter.cause) return false;
  if (filter.owner && measure.owner !== filter.owner) return false;
  switch (filter.view) {
    case 'open':
      return measure.status === 'open' || (measure.status === 'done' && measure.check !== null && measure.check.checkedOn === null);
    case 'overdue':
      return overdue(measure, today);
    case 'check_due':
      return checkDue(measure, today);
    case 'all':
      return true;
  }
}

/** What is still to do first: open measures by due day, then checks by their day, then the finished ones, newest first. */
export function registerOrder(a: Measure, b: Measure): number {
  const rank = (m: Measure) => (m.status === 'open' ? 0 : m.status === 'done' && m.check !== null && m.check.checkedOn === null ? 1 : 2);
  const dayOf = (m: Measure) => (m.status === 'open' ? m.dueOn : (m.check?.checkedOn === null ? m.check.dueOn : (m.doneOn ?? '')));
  const byRank = rank(a) - rank(b);
  if (byRank !== 0) return byRank;
  const byDay = rank(a) === 2 ? dayOf(b).localeCompare(dayOf(a)) : dayOf(a).localeCompare(dayOf(b));
  return byDay || a.id.localeCompare(b.id);
}

/** The history line for a complaint linked to the measure, of what changed from `before` (null: added). */
export function measureEventText(before: Measure | null, after: Measure): string {
  const name = `Maatregel „${withoutClosingPunctuation(after.description)}”`;
  if (!before) {
    const check = after.check ? `, effectiviteit toetsen op ${dutchDay(after.check.dueOn)}` : '';
    return `${name} (${MEASURE_KIND_LABELS[after.kind].toLowerCase()}, ${after.causeCategory}): ${after.owner}, uiterlijk ${dutchDay(after.dueOn)}${check}`;
  }
  const parts: string[] = [];
  if (after.complaintIds.length > before.complaintIds.length) parts.push(`gekoppeld aan nog een klacht (nu ${after.complaintIds.length})`);
  if (after.status !== before.status) {
    parts.push(after.status === 'done' ? `uitgevoerd op ${dutchDay(after.doneOn ?? '')}` : after.status === 'cancelled' ? `vervallen: ${after.cancelReason ?? ''}` : 'weer open');
  }
  if (after.check?.checkedOn && after.check.checkedOn !== before.check?.checkedOn) {
    const result = after.check.result ? CHECK_RESULT_LABELS[after.check.result].toLowerCase() : (after.check.notes ?? '');
    parts.push(`effectiviteit getoetst op ${dutchDay(after.check.checkedOn)} door ${after.check.checkedBy || 'onbekend'}: ${result}${after.check.followUp ? `; vervolg: ${after.check.followUp}` : ''}`);
  }
  return `${name}: ${parts.length > 0 ? parts.join('; ') : 'gewijzigd'}`;
}
