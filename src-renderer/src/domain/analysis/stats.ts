/**
 * The median and the 90th percentile of whole numbers of working days, from
 * how many complaints took each number: nearest rank, so the figure is always
 * a number of days some complaint really took.
 */
export function percentile(histogram: ReadonlyMap<number, number>, p: number): number | null {
  const values = [...histogram.entries()].filter(([, n]) => n > 0).sort(([a], [b]) => a - b);
  const count = values.reduce((sum, [, n]) => sum + n, 0);
  if (count === 0) return null;
  const rank = Math.max(1, Math.ceil((p / 100) * count));
  let seen = 0;
  for (const [value, n] of values) {
    seen += n;
    if (seen >= rank) return value;
  }
  return values.at(-1)?.[0] ?? null;
}

export function histogramCount(histogram: ReadonlyMap<number, number>): number {
  let count = 0;
  for (const n of histogram.values()) count += n;
  return count;
}

/** A share as a whole percentage, or null when there is nothing to divide by. */
export function percentOf(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 100);
}
