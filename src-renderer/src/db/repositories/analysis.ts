/**
 * The analysis screen's reads: a period's figures beside the period before
 * and the same period a year earlier, and the complaints behind a figure.
 * Figures come from the day tallies the write path keeps (analysisUpkeep):
 * one range read of at most a few hundred small records, never the
 * complaints; the complaints behind a figure from the facts of its period.
 */
import {
  monthlyTrend,
  monthsOf,
  periodFigures,
  previousPeriod,
  selectFacts,
  sumTallies,
  TOTAL_KEY,
  trendPeriod,
  yearEarlier,
  type Analysis,
  type AnalysisDay,
  type FigureFilter,
  type Period,
  type PeriodKind,
} from '../../domain/analysis';
import type { KlachtenbalieDb } from '../database';

const within = (day: string, period: Period) => day >= period.from && day <= period.to;

/** Figures from days already read: the screen's and the annual report's periods come out of one range. */
export function analysisOfDays(days: readonly AnalysisDay[], period: Period, kind: PeriodKind, today: string): Analysis {
  const figuresOf = (range: Period) => periodFigures(range, sumTallies(days.filter((day) => within(day.id, range)).map((day) => day.tally)), today);
  const trendRange = trendPeriod(period);
  const totals = new Map(days.map((day) => [day.id, day.tally[TOTAL_KEY] ?? 0]));
  return {
    current: figuresOf(period),
    previous: figuresOf(previousPeriod(period, kind)),
    yearEarlier: figuresOf(yearEarlier(period)),
    trend: monthlyTrend(monthsOf(trendRange), totals),
  };
}

/** Every day an analysis of `period` reads: the period, the one before, a year earlier and the trend with its year before. */
export function daysNeeded(period: Period, kind: PeriodKind): Period {
  const ranges = [period, previousPeriod(period, kind), yearEarlier(period), trendPeriod(period), yearEarlier(trendPeriod(period))];
  return { from: ranges.map((r) => r.from).sort()[0]!, to: ranges.map((r) => r.to).sort().at(-1)! };
}

export function createAnalysisRepository(db: KlachtenbalieDb) {
  const daysIn = (range: Period) => db.analysisDays.where(':id').between(range.from, range.to, true, true).toArray();
  return {
    async figures(period: Period, kind: PeriodKind, today: string): Promise<Analysis> {
      return analysisOfDays(await daysIn(daysNeeded(period, kind)), period, kind, today);
    },

    /** The complaints behind a figure, newest received first. */
    async complaintIds({ period, selection }: FigureFilter, today: string): Promise<string[]> {
      const facts = await db.analysisFacts.where('receivedOn').between(period.from, period.to, true, true).toArray();
      return selectFacts(facts, selection, today)
        .sort((a, b) => b.receivedAt.localeCompare(a.receivedAt))
        .map((fact) => fact.id);
    },

    openEscalations: () => openEscalations(db),
  };
}

export interface OpenEscalation {
  complaintId: string;
  reference: string;
  bodyName: string;
  receivedOn: string;
  dueOn: string | null;
}

/**
 * Escalations still open, by the open-deadline rows their terms keep (an
 * index range), so the annual report reads only the complaints that have one.
 * An escalation to a body without a decision term keeps no such row and is
 * not listed.
 */
export async function openEscalations(db: KlachtenbalieDb): Promise<OpenEscalation[]> {
  const rows = await db.openDeadlines.where('[kind+dueOn]').between(['escalation', ''], ['escalation', '\uffff']).toArray();
  const complaints = await db.complaints.bulkGet([...new Set(rows.map((row) => row.complaintId))]);
  return complaints
    .flatMap((complaint) =>
      (complaint?.workflow.escalations ?? [])
        .filter((escalation) => escalation.status === 'open')
        .map((escalation) => ({ complaintId: complaint!.id, reference: complaint!.reference, bodyName: escalation.bodyName, receivedOn: escalation.receivedOn, dueOn: escalation.dueOn })),
    )
    .sort((a, b) => a.receivedOn.localeCompare(b.receivedOn));
}
