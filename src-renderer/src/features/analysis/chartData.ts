import type { FigureTable } from '../../domain/analysis';

export interface ChartData {
  /** The series' names: the value columns' headings. */
  series: string[];
  points: Array<{ label: string } & Record<string, number | string>>;
}

/** The rows and columns a table's chart draws, as chart points; a figure that is none draws as 0. */
export function chartData(table: FigureTable): ChartData {
  if (!table.chart) return { series: [], points: [] };
  const series = table.chart.series.map((i) => table.columns[i + 1] ?? '');
  const rows = table.chart.rows ? table.chart.rows.flatMap((i) => table.rows[i] ?? []) : table.rows;
  const points = rows.map((row) => {
    const point: { label: string } & Record<string, number | string> = { label: row.label };
    table.chart!.series.forEach((column, i) => (point[series[i]!] = row.values[column] ?? 0));
    return point;
  });
  return { series, points };
}
