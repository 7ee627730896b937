/**
 * Top causes and "measures taken and their effect" for the analysis and the
 * annual report, over measures as the measures register stores them. Pure
 * over plain records: the repository hands in the ones that matter.
 */
import type { Period } from './periods';

export interface MeasureInput {
  id: string;
  description: string;
  causeCategory: string;
  kind: string;
  status: string;
  doneOn: string | null;
  complaintIds: string[];
  check: { checkedOn: string | null; result: 'effective' | 'partly' | 'not' | null } | null;
}

export interface CauseRow {
  cause: string;
  /** Measures that name this cause. */
  measures: number;
  /** Distinct complaints those measures came from. */
  complaints: number;
}

/** Causes by how many complaints they lie behind, most first; a measure without a cause counts under "Geen oorzaak". */
export function topCauses(measures: readonly MeasureInput[], limit = 10): CauseRow[] {
  const byCause = new Map<string, { measures: number; complaints: Set<string> }>();
  for (const measure of measures) {
    const cause = measure.causeCategory.trim() || 'Geen oorzaak';
    const row = byCause.get(cause) ?? { measures: 0, complaints: new Set<string>() };
    row.measures += 1;
    for (const id of measure.complaintIds) row.complaints.add(id);
    byCause.set(cause, row);
  }
  return [...byCause]
    .map(([cause, row]) => ({ cause, measures: row.measures, complaints: row.complaints.size }))
    .sort((a, b) => b.complaints - a.complaints || b.measures - a.measures || a.cause.localeCompare(b.cause, 'nl'))
    .slice(0, limit);
}

export interface MeasuresEffect {
  /** Carried out in the period. */
  done: number;
  /** Effect checked in the period, by result. */
  checked: { effective: number; partly: number; not: number };
  /** Carried out, with no check done yet. */
  awaitingCheck: number;
  /** Each measure carried out in the period with its cause and result, for the report's table. */
  rows: { description: string; cause: string; kind: string; doneOn: string; result: 'effective' | 'partly' | 'not' | null }[];
}

const inPeriod = (day: string | null | undefined, period: Period): day is string => Boolean(day) && day! >= period.from && day! <= period.to;

export function measuresEffect(measures: readonly MeasureInput[], period: Period): MeasuresEffect {
  const effect: MeasuresEffect = { done: 0, checked: { effective: 0, partly: 0, not: 0 }, awaitingCheck: 0, rows: [] };
  for (const measure of measures) {
    const result = measure.check?.checkedOn && measure.check.result ? measure.check.result : null;
    if (result && inPeriod(measure.check?.checkedOn, period)) effect.checked[result] += 1;
    if (!inPeriod(measure.doneOn, period)) continue;
    effect.done += 1;
    if (!result) effect.awaitingCheck += 1;
    effect.rows.push({ description: measure.description, cause: measure.causeCategory.trim() || 'Geen oorzaak', kind: measure.kind, doneOn: measure.doneOn, result });
  }
  effect.rows.sort((a, b) => a.doneOn.localeCompare(b.doneOn));
  return effect;
}
