// The bench's one table: per figure its target, cold and warm median and p95, idle and (with --busy) busy.
import { FIGURES } from './figures.mjs';

const cell = (stats) => (stats && stats.n > 0 ? `${stats.median} / ${stats.p95}` : '–');

export function printTable(result) {
  const modes = ['idle', 'busy'].filter((mode) => result[mode]);
  const head = ['figure (ms, median / p95)', 'target', ...modes.flatMap((mode) => [`${mode} cold`, `${mode} warm`])];
  const rows = FIGURES.map((figure) => [
    figure.label,
    `${figure.statistic === 'p95' ? 'p95 ' : ''}< ${figure.targetMs}`,
    ...modes.flatMap((mode) => [cell(result[mode][figure.key]?.cold), cell(result[mode][figure.key]?.warm)]),
  ]);
  const widths = head.map((_, i) => Math.max(...[head, ...rows].map((row) => String(row[i]).length)));
  const line = (row) => `| ${row.map((value, i) => String(value).padEnd(widths[i])).join(' | ')} |`;
  const lines = [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)];
  const runs = modes.map((mode) => `${mode}: ${result[mode].runs} runs, load ${result[mode].load.before.join(' ')} → ${result[mode].load.after.join(' ')}`);
  const samples = FIGURES.map((f) => `${f.key} ${result.idle[f.key].cold.n}+${result.idle[f.key].warm.n}`).join(', ');
  console.log(
    [
      `${result.complaints.toLocaleString('en')} complaints, ${result.date}; ${runs.join('; ')}`,
      ...lines,
      `Samples per mode (cold+warm): ${samples}. Heap ${result.heapMB} MB.`,
    ].join('\n'),
  );
}
