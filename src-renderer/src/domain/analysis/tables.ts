/**
 * The analysis as tables: the one shape the screen shows (each figure a link
 * to its complaints), the Excel export writes as sheets and the annual report
 * prints, so all three always carry the same figures. Each table says which
 * of its rows and columns its chart draws.
 */
import { CLOCKS, DURATIONS } from './facts';
import type { Analysis, PeriodFigures } from './figures';
import { CLOCK_LABELS, DIMENSION_LABELS, DURATION_LABELS, valueLabel } from './labels';
import { periodAround, previousPeriod, yearEarlier, type Period, type PeriodKind } from './periods';
import { monthLabel, periodLabel } from './periodText';
import type { Selection } from './selection';
import { DIMENSIONS, type Dimension } from './tally';

export interface FigureRow {
  label: string;
  values: (number | null)[];
  /** The days each value counts, so it opens the complaints behind it; null where it opens nothing. */
  periods: (Period | null)[];
  selection: Selection | null;
  unit: 'count' | 'percent' | 'days';
}

export interface ChartSpec {
  type: 'bar' | 'line';
  /** The value columns drawn, by index into `values`. */
  series: number[];
  /** The rows drawn, by index; all when absent. */
  rows?: number[];
}

export interface FigureTable {
  key: 'summary' | 'trend' | Dimension | 'clocks' | 'durations';
  title: string;
  /** The heading of the label column, then one per value column. */
  columns: string[];
  rows: FigureRow[];
  chart: ChartSpec | null;
}

/**
 * A year's period before is the year before, which is also the same period a
 * year earlier: a year is compared with one column, other periods with two.
 * Charts draw the period beside the same period a year earlier.
 */
const comparedSeries = (kind: PeriodKind) => (kind === 'year' ? [0, 1] : [0, 2]);

function periodsOf(analysis: Analysis, kind: PeriodKind): Period[] {
  const period = analysis.current.period;
  return kind === 'year' ? [period, yearEarlier(period)] : [period, previousPeriod(period, kind), yearEarlier(period)];
}

function comparedColumns(first: string, analysis: Analysis, kind: PeriodKind): string[] {
  const [current, previous, earlier] = periodsOf(analysis, kind);
  if (kind === 'year') return [first, periodLabel(current!, kind), `Jaar ervoor (${periodLabel(previous!, kind)})`];
  return [first, periodLabel(current!, kind), `Vorige periode (${periodLabel(previous!, kind)})`, `Jaar eerder (${periodLabel(earlier!, kind)})`];
}

function compared(analysis: Analysis, kind: PeriodKind): PeriodFigures[] {
  return kind === 'year' ? [analysis.current, analysis.yearEarlier] : [analysis.current, analysis.previous, analysis.yearEarlier];
}

function row(analysis: Analysis, kind: PeriodKind, label: string, value: (figures: PeriodFigures) => number | null, selection: Selection | null, unit: FigureRow['unit'] = 'count'): FigureRow {
  return { label, values: compared(analysis, kind).map(value), periods: periodsOf(analysis, kind), selection, unit };
}

function breakdown(analysis: Analysis, kind: PeriodKind, dimension: Dimension, staffName: (id: string) => string | undefined): FigureTable {
  const values: string[] = [];
  for (const figures of compared(analysis, kind)) for (const { value } of figures.breakdowns[dimension]) if (!values.includes(value)) values.push(value);
  const countIn = (figures: PeriodFigures, value: string) => figures.breakdowns[dimension].find((r) => r.value === value)?.count ?? 0;
  const rows = values.map((value) => row(analysis, kind, valueLabel(dimension, value, staffName), (f) => countIn(f, value), { kind: 'count', dimension, value }));
  return { key: dimension, title: DIMENSION_LABELS[dimension], columns: comparedColumns(DIMENSION_LABELS[dimension], analysis, kind), rows, chart: { type: 'bar', series: comparedSeries(kind), rows: rows.slice(0, 10).map((_, i) => i) } };
}

export function analysisTables(analysis: Analysis, kind: PeriodKind, staffName: (id: string) => string | undefined = () => undefined): FigureTable[] {
  const summary: FigureTable = {
    key: 'summary',
    title: 'Overzicht',
    columns: comparedColumns('Cijfer', analysis, kind),
    rows: [
      row(analysis, kind, 'Ontvangen klachten', (f) => f.total, { kind: 'total' }),
      row(analysis, kind, 'Klanten die vaker klaagden', (f) => f.repeat.customers, { kind: 'repeat' }),
      row(analysis, kind, 'Klachten van die klanten', (f) => f.repeat.complaints, { kind: 'repeat' }),
    ],
    chart: null,
  };
  const trend: FigureTable = {
    key: 'trend',
    title: 'Trend per maand',
    columns: ['Maand', 'Ontvangen', 'Een jaar eerder'],
    rows: analysis.trend.map((point) => {
      const month = periodAround('month', `${point.month}-01`);
      return { label: monthLabel(point.month), values: [point.count, point.yearEarlier], periods: [month, yearEarlier(month)], selection: { kind: 'total' }, unit: 'count' };
    }),
    chart: { type: 'line', series: [0, 1] },
  };
  const clocks: FigureTable = {
    key: 'clocks',
    title: 'Termijnen gehaald',
    columns: comparedColumns('Termijn', analysis, kind),
    rows: CLOCKS.flatMap((clock) => [
      row(analysis, kind, `${CLOCK_LABELS[clock]}: gehaald (%)`, (f) => f.clocks[clock].percentMet, { kind: 'clock', clock, outcome: 'met' }, 'percent'),
      row(analysis, kind, `${CLOCK_LABELS[clock]}: gehaald`, (f) => f.clocks[clock].met, { kind: 'clock', clock, outcome: 'met' }),
      row(analysis, kind, `${CLOCK_LABELS[clock]}: niet gehaald`, (f) => f.clocks[clock].missed, { kind: 'clock', clock, outcome: 'missed' }),
    ]),
    chart: { type: 'bar', series: comparedSeries(kind), rows: CLOCKS.map((_, i) => i * 3) },
  };
  const durations: FigureTable = {
    key: 'durations',
    title: 'Doorlooptijd in werkdagen',
    columns: comparedColumns('Doorlooptijd', analysis, kind),
    rows: DURATIONS.flatMap((duration) => [
      row(analysis, kind, `${DURATION_LABELS[duration]}: mediaan`, (f) => f.durations[duration].median, { kind: 'duration', duration }, 'days'),
      row(analysis, kind, `${DURATION_LABELS[duration]}: 90e percentiel`, (f) => f.durations[duration].p90, { kind: 'duration', duration }, 'days'),
      row(analysis, kind, `${DURATION_LABELS[duration]}: aantal klachten`, (f) => f.durations[duration].count, { kind: 'duration', duration }),
    ]),
    chart: { type: 'bar', series: comparedSeries(kind), rows: DURATIONS.flatMap((_, i) => [i * 3, i * 3 + 1]) },
  };
  return [summary, trend, ...DIMENSIONS.map((dimension) => breakdown(analysis, kind, dimension, staffName)), clocks, durations];
}
