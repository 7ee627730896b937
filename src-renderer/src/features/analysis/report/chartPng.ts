/**
 * A table's chart drawn on a canvas as a PNG for the annual report: Word
 * needs an image, and the screen's chart is SVG in the page. The same rows
 * and series as the screen (chartData), Dutch numbers on the axis.
 */
import type { FigureTable } from '../../../domain/analysis';
import { dutchNumber } from '../../../domain/dutchNumber';
import { chartData, type ChartData } from '../chartData';

export interface ChartImage {
  bytes: Uint8Array;
  /** In pixels at 96 dpi, as Word places it. */
  width: number;
  height: number;
}

const COLOURS = ['#1f5f8b', '#c77d1a'];
const SCALE = 2;
const WIDTH = 600;
const FONT = '11px Calibri, Carlito, Arial, sans-serif';

/** The axis end: four equal whole-number steps that reach the largest value. */
function niceMax(value: number): number {
  return Math.max(1, Math.ceil(value / 4)) * 4;
}

function legend(context: CanvasRenderingContext2D, series: string[], y: number): void {
  let x = 10;
  series.forEach((name, i) => {
    context.fillStyle = COLOURS[i] ?? '#888';
    context.fillRect(x, y - 9, 12, 12);
    context.fillStyle = '#222';
    context.fillText(name, x + 18, y + 1);
    x += 24 + context.measureText(name).width + 16;
  });
}

function bars(context: CanvasRenderingContext2D, data: ChartData, height: number): void {
  const left = 240;
  const right = WIDTH - 20;
  const max = niceMax(Math.max(1, ...data.points.flatMap((p) => data.series.map((s) => Number(p[s]) || 0))));
  const rowHeight = 30;
  data.points.forEach((point, row) => {
    const top = 10 + row * rowHeight;
    context.fillStyle = '#222';
    context.fillText(String(point.label).slice(0, 38), 8, top + rowHeight / 2 + 4);
    data.series.forEach((name, i) => {
      const value = Number(point[name]) || 0;
      context.fillStyle = COLOURS[i] ?? '#888';
      context.fillRect(left, top + 3 + i * 12, ((right - left) * value) / max, 11);
    });
  });
  const axis = 10 + data.points.length * rowHeight + 4;
  context.fillStyle = '#555';
  for (let tick = 0; tick <= 4; tick += 1) {
    const value = (max * tick) / 4;
    context.fillText(dutchNumber(value), left + ((right - left) * tick) / 4 - 6, axis + 12);
  }
  legend(context, data.series, height - 12);
}

function lines(context: CanvasRenderingContext2D, data: ChartData, height: number): void {
  const left = 50;
  const right = WIDTH - 20;
  const top = 15;
  const bottom = height - 50;
  const max = niceMax(Math.max(1, ...data.points.flatMap((p) => data.series.map((s) => Number(p[s]) || 0))));
  const x = (i: number) => left + ((right - left) * i) / Math.max(1, data.points.length - 1);
  const y = (value: number) => bottom - ((bottom - top) * value) / max;
  context.strokeStyle = '#ccc';
  context.fillStyle = '#555';
  for (let tick = 0; tick <= 4; tick += 1) {
    const value = (max * tick) / 4;
    context.beginPath();
    context.moveTo(left, y(value));
    context.lineTo(right, y(value));
    context.stroke();
    context.fillText(dutchNumber(value), 4, y(value) + 4);
  }
  // Every other month named: twelve labels side by side do not fit the page's width.
  data.points.forEach((point, i) => i % 2 === 0 && context.fillText(String(point.label), x(i) - 18, bottom + 16));
  data.series.forEach((name, i) => {
    context.strokeStyle = COLOURS[i] ?? '#888';
    context.lineWidth = 2;
    context.beginPath();
    data.points.forEach((point, j) => (j === 0 ? context.moveTo(x(j), y(Number(point[name]) || 0)) : context.lineTo(x(j), y(Number(point[name]) || 0))));
    context.stroke();
  });
  legend(context, data.series, height - 12);
}

export async function chartPng(table: FigureTable): Promise<ChartImage | null> {
  const data = chartData(table);
  if (!table.chart || data.points.length === 0) return null;
  const height = table.chart.type === 'line' ? 260 : 10 + data.points.length * 30 + 50;
  const canvas = document.createElement('canvas');
  canvas.width = WIDTH * SCALE;
  canvas.height = height * SCALE;
  const context = canvas.getContext('2d');
  if (!context) return null;
  context.scale(SCALE, SCALE);
  context.fillStyle = '#fff';
  context.fillRect(0, 0, WIDTH, height);
  context.font = FONT;
  if (table.chart.type === 'line') lines(context, data, height);
  else bars(context, data, height);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) return null;
  return { bytes: new Uint8Array(await blob.arrayBuffer()), width: WIDTH, height };
}
