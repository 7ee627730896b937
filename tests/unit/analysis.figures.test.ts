/**
 * The analysis's figures on a small hand-made register of seven complaints:
 * five received in the first quarter of 2026, one in December 2025 (the
 * quarter before) and one in February 2025 (the same quarter a year
 * earlier). The figures are read on 15 April 2026. Every expected number is
 * worked out in the comment beside it.
 */
import { describe, expect, it } from 'vitest';
import { dayTallies, REGISTER } from './support/analysisRegister';
import {
  applyKeys,
  keysOf,
  monthlyTrend,
  monthsOf,
  periodFigures,
  sumTallies,
  trendPeriod,
  type Period,
  type Tally,
} from '../../src-renderer/src/domain/analysis';

const TODAY = '2026-04-15';
const Q1: Period = { from: '2026-01-01', to: '2026-03-31' };

function tallyOf(period: Period): Tally {
  return sumTallies([...dayTallies(REGISTER)].filter(([day]) => day >= period.from && day <= period.to).map(([, tally]) => tally));
}

describe('the figures of a period', () => {
  const q1 = periodFigures(Q1, tallyOf(Q1), TODAY);

  it('counts the complaints received in the period and in the two it is compared with', () => {
    expect(q1.total).toBe(5); // f1 to f5
    expect(periodFigures(Q1, tallyOf({ from: '2025-10-01', to: '2025-12-31' }), TODAY).total).toBe(1); // f0
    expect(periodFigures(Q1, tallyOf({ from: '2025-01-01', to: '2025-03-31' }), TODAY).total).toBe(1); // f6
  });

  it('counts each breakdown, most first and equal counts alphabetically, a missing value as its own row', () => {
    expect(q1.breakdowns.category).toEqual([{ value: 'Bejegening', count: 2 }, { value: 'Factuur', count: 2 }, { value: '', count: 1 }]);
    // Onderhoud f1 f3 f4; none f5; Installatie f2 (the empty value sorts before any word).
    expect(q1.breakdowns.productOrService).toEqual([{ value: 'Onderhoud', count: 3 }, { value: '', count: 1 }, { value: 'Installatie', count: 1 }]);
    expect(q1.breakdowns.channel).toEqual([{ value: 'phone', count: 3 }, { value: 'email', count: 1 }, { value: 'letter', count: 1 }]);
    expect(q1.breakdowns.ownerId).toEqual([{ value: 'anna', count: 2 }, { value: 'erik', count: 2 }, { value: '', count: 1 }]);
    expect(q1.breakdowns.verdict).toEqual([{ value: '', count: 2 }, { value: 'founded', count: 1 }, { value: 'partly_founded', count: 1 }, { value: 'unfounded', count: 1 }]);
    // f5 went to two bodies and counts under both.
    expect(q1.breakdowns.body).toEqual([{ value: 'Geschillencommissie', count: 2 }, { value: 'Directie', count: 1 }]);
    expect(q1.breakdowns.submittedLate).toEqual([{ value: 'no', count: 4 }, { value: 'yes', count: 1 }]);
  });

  it('gives the share of terms met per clock, an open term past its day as missed and one still running left out', () => {
    // Met: f1, f3, f4. Missed: f2 (sent after its day), f5 (still open, due 7 April, before today). 3 of 5.
    expect(q1.clocks.acknowledgement).toEqual({ met: 2 + 1, missed: 2, running: 0, percentMet: 60 });
    // Met f1, f4; missed f2; f3's is due 20 April, after today: running. 2 of 3.
    expect(q1.clocks.response).toEqual({ met: 2, missed: 1, running: 1, percentMet: 67 });
    expect(q1.clocks.extension_notice).toEqual({ met: 0, missed: 1, running: 0, percentMet: 0 });
    // f3 held one check the day before it was due and let the next (7 April) pass.
    expect(q1.clocks.status_check).toEqual({ met: 1, missed: 1, running: 0, percentMet: 50 });
  });

  it('gives the median and the 90th percentile of working days by nearest rank', () => {
    // 1, 2, 3, 6: the median is the 2nd (2), the 90th percentile the 4th (ceil 3.6).
    expect(q1.durations.acknowledge).toEqual({ count: 4, median: 2, p90: 6 });
    // 10, 12, 25: the 2nd and the 3rd (ceil 2.7).
    expect(q1.durations.respond).toEqual({ count: 3, median: 12, p90: 25 });
    // 12, 15: the 1st and the 2nd (ceil 1.8).
    expect(q1.durations.close).toEqual({ count: 2, median: 12, p90: 15 });
  });

  it('counts repeat complainants within the period only', () => {
    // A made f1, f2 and f5; B's other complaint (f0) was in December, outside the quarter.
    expect(q1.repeat).toEqual({ customers: 1, complaints: 3 });
  });

  it('gives the trend per month over the twelve months up to the period, beside the same month a year earlier', () => {
    const trendRange = trendPeriod(Q1);
    expect(trendRange).toEqual({ from: '2025-04-01', to: '2026-03-31' });
    const totals = new Map([...dayTallies(REGISTER)].map(([day, tally]) => [day, tally.total ?? 0]));
    const trend = monthlyTrend(monthsOf(trendRange), totals);
    expect(trend).toHaveLength(12);
    expect(trend.slice(-4)).toEqual([
      { month: '2025-12', count: 1, yearEarlier: 0 },
      { month: '2026-01', count: 2, yearEarlier: 0 },
      { month: '2026-02', count: 1, yearEarlier: 1 }, // f6 in February 2025
      { month: '2026-03', count: 2, yearEarlier: 0 },
    ]);
  });

  it('leaves a day empty again when a complaint it held is taken away, as a change of that complaint does', () => {
    const tally: Tally = {};
    applyKeys(tally, keysOf(REGISTER[1]!), 1);
    applyKeys(tally, keysOf(REGISTER[1]!), -1);
    expect(tally).toEqual({});
  });
});
