/** Satisfaction, top causes and measures' effect, over hand-made answers and measures. */
import { describe, expect, it } from 'vitest';
import { measuresEffect, satisfactionFigures, topCauses, type MeasureInput, type SatisfactionAnswer } from '../../src-renderer/src/domain/analysis';

describe('satisfaction over a period', () => {
  it('averages the scores given, spreads them 1 to 5 and gives the share solved', () => {
    const answers: (SatisfactionAnswer | null)[] = [
      { answer: 'given', solved: 'yes', score: 5 },
      { answer: 'given', solved: 'partly', score: 3 },
      { answer: 'given', solved: 'yes', score: 4 },
      { answer: 'given', solved: 'no', score: null },
      { answer: 'not_asked', solved: null, score: null },
      { answer: 'no_answer', solved: null, score: null },
      null,
    ];
    expect(satisfactionFigures(answers)).toEqual({
      recorded: 6, // the null is no answer recorded at all
      notAsked: 1,
      noAnswer: 1,
      given: 4,
      average: 4, // (5 + 3 + 4) / 3
      distribution: [0, 0, 1, 1, 1],
      solved: { yes: 2, partly: 1, no: 1 },
      percentSolved: 50, // 2 of 4 that said
    });
  });

  it('has no average and no share when nobody answered', () => {
    expect(satisfactionFigures([{ answer: 'not_asked', solved: null, score: null }])).toMatchObject({ average: null, percentSolved: null });
  });
});

const measure = (id: string, rest: Partial<MeasureInput>): MeasureInput => ({
  id, description: `Maatregel ${id}`, causeCategory: '', kind: 'corrective', status: 'open', doneOn: null, complaintIds: [], check: null, ...rest,
});

describe('causes and measures', () => {
  const measures = [
    measure('m1', { causeCategory: 'Planning', complaintIds: ['k1', 'k2'], doneOn: '2026-02-01', check: { checkedOn: '2026-05-01', result: 'effective' } }),
    measure('m2', { causeCategory: 'Planning', complaintIds: ['k2', 'k3'], doneOn: '2025-12-20' }),
    measure('m3', { causeCategory: 'Communicatie', complaintIds: ['k4'], doneOn: '2026-03-01', check: { checkedOn: '2026-03-20', result: 'not' } }),
    measure('m4', { causeCategory: ' ', complaintIds: ['k5', 'k6', 'k7', 'k8'] }),
  ];

  it('ranks causes by the distinct complaints behind them', () => {
    expect(topCauses(measures)).toEqual([
      { cause: 'Geen oorzaak', measures: 1, complaints: 4 },
      { cause: 'Planning', measures: 2, complaints: 3 }, // k1, k2, k3: k2 once
      { cause: 'Communicatie', measures: 1, complaints: 1 },
    ]);
    expect(topCauses(measures, 1)).toHaveLength(1);
  });

  it("gives the year's measures carried out, their checks and those still awaiting one", () => {
    const effect = measuresEffect(measures, { from: '2026-01-01', to: '2026-12-31' });
    expect(effect).toMatchObject({ done: 2, checked: { effective: 1, partly: 0, not: 1 }, awaitingCheck: 0 });
    expect(effect.rows.map((row) => [row.description, row.result])).toEqual([['Maatregel m1', 'effective'], ['Maatregel m3', 'not']]);
    // m2 was carried out in 2025 and never checked.
    expect(measuresEffect(measures, { from: '2025-01-01', to: '2025-12-31' })).toMatchObject({ done: 1, awaitingCheck: 1, checked: { effective: 0, partly: 0, not: 0 } });
  });
});
