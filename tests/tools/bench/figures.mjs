// The figures the bench reports, their targets at 100,000 complaints, and the smoke run's thresholds.
//
// Targets: issue 18 ("Fast on the busiest day"), restated with their reasons in README's bench section. They
// are for 100,000 complaints on an idle two-core machine, warm (the browser already running). Saving's is
// 100 ms, not issue 18's 30 ms: that was for the heading alone; the person waits for the card with its history,
// the same screen as opening a card.

/** key: JSON name; label: the table's; statistic: what the target is about (warm median, or warm p95 for search). */
export const FIGURES = [
  { key: 'listShown', label: 'List shown after load', statistic: 'median', targetMs: 500 },
  { key: 'deskShown', label: 'Desk shown after load', statistic: 'median', targetMs: 1000 },
  { key: 'deskMonthLater', label: 'Desk a month later', statistic: 'median', targetMs: 1000 },
  { key: 'search', label: 'Search: key to rows', statistic: 'p95', targetMs: 50 },
  { key: 'save', label: 'Save: click to card', statistic: 'median', targetMs: 100 },
  { key: 'card', label: 'Card, 50 events: click to card', statistic: 'median', targetMs: 100 },
  // Issue 16: the analysis of a year under 1 s, of a period of one's own under 2 s, the annual report under 5 s.
  { key: 'analysisYear', label: 'Analysis of a year: pick to figures', statistic: 'median', targetMs: 1000 },
  { key: 'analysisCustom', label: 'Analysis, own period: key to figures', statistic: 'median', targetMs: 2000 },
  { key: 'annualReport', label: 'Annual report: click to saved', statistic: 'median', targetMs: 5000 },
];

/**
 * npm run test:bench-smoke (5,000 complaints) fails when a figure's warm median is over this many times its
 * target. The median, also for search: a p95 of thirty searches on a busy two-core machine is that machine's
 * tail (seen there at 53 to 94 ms while the median stayed at 25 to 28 ms), and CI must not fail on it.
 */
export const SMOKE_FACTOR = 3;

/** The figures over their smoke threshold, as messages naming the figure, its value and the threshold. */
export function smokeFailures(result) {
  const failures = [];
  for (const figure of FIGURES) {
    const value = result.idle?.[figure.key]?.warm?.median;
    const threshold = figure.targetMs * SMOKE_FACTOR;
    if (typeof value !== 'number' || Number.isNaN(value)) failures.push(`${figure.label}: no figure measured`);
    else if (value > threshold) {
      failures.push(
        `${figure.label} (warm median) is ${value} ms, over its smoke threshold of ${threshold} ms ` +
          `(${SMOKE_FACTOR} × the ${figure.targetMs} ms target at 100,000 complaints)`,
      );
    }
  }
  return failures;
}
