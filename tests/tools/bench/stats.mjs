// Median and p95 of a list of milliseconds, rounded to a tenth.

export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)];
}

export const round = (n) => Math.round(n * 10) / 10;

/** { median, p95, n, runs } of the samples (p95 of five samples is their maximum). */
export function summarize(values) {
  return { median: round(percentile(values, 50)), p95: round(percentile(values, 95)), n: values.length, samples: values.map(round) };
}
