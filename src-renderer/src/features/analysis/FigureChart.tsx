import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { dutchNumber } from '../../domain/dutchNumber';
import type { FigureTable } from '../../domain/analysis';
import { chartData } from './chartData';

const COLOURS = ['#1f5f8b', '#c77d1a', '#6b8e23'];
const WIDTH = 520;

/**
 * A table's chart. Hidden from screen readers: the table beside it reads the
 * same numbers, each with its label.
 */
export function FigureChart({ table }: { table: FigureTable }) {
  const data = chartData(table);
  if (!table.chart || data.points.length === 0) return null;
  const tick = (value: number) => dutchNumber(value);
  const tooltip = (value: unknown) => (typeof value === 'number' ? dutchNumber(value) : String(value));
  if (table.chart.type === 'line') {
    return (
      <figure className="figure-chart" aria-hidden="true">
        <LineChart width={WIDTH} height={240} data={data.points} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="label" fontSize={11} />
          <YAxis tickFormatter={tick} allowDecimals={false} fontSize={11} />
          <Tooltip formatter={tooltip} />
          <Legend />
          {data.series.map((name, i) => (
            <Line key={name} type="monotone" dataKey={name} stroke={COLOURS[i]} isAnimationActive={false} />
          ))}
        </LineChart>
      </figure>
    );
  }
  return (
    <figure className="figure-chart" aria-hidden="true">
      <BarChart width={WIDTH} height={Math.max(160, 44 + data.points.length * 34)} data={data.points} layout="vertical" accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis type="number" tickFormatter={tick} allowDecimals={false} fontSize={11} />
        <YAxis type="category" dataKey="label" width={190} fontSize={11} />
        <Tooltip formatter={tooltip} />
        <Legend />
        {data.series.map((name, i) => (
          <Bar key={name} dataKey={name} fill={COLOURS[i]} isAnimationActive={false} />
        ))}
      </BarChart>
    </figure>
  );
}
