/** Which complaints a figure opens, and the periods it is compared with, on the register of analysis.figures. */
import { describe, expect, it } from 'vitest';
import { parseSelection, periodAround, previousPeriod, selectFacts, selectionParam, yearEarlier, type Selection } from '../../src-renderer/src/domain/analysis';
import { REGISTER } from './support/analysisRegister';

const TODAY = '2026-04-15';
const q1 = REGISTER.filter((f) => f.receivedOn >= '2026-01-01' && f.receivedOn <= '2026-03-31');
const ids = (selection: Selection) => selectFacts(q1, selection, TODAY).map((f) => f.id);

describe('the complaints behind a figure', () => {
  it('are those the figure counted', () => {
    expect(ids({ kind: 'total' })).toEqual(['f1', 'f2', 'f3', 'f4', 'f5']);
    expect(ids({ kind: 'count', dimension: 'category', value: 'Bejegening' })).toEqual(['f1', 'f2']);
    expect(ids({ kind: 'count', dimension: 'category', value: '' })).toEqual(['f4']);
    expect(ids({ kind: 'count', dimension: 'body', value: 'Geschillencommissie' })).toEqual(['f2', 'f5']);
    expect(ids({ kind: 'count', dimension: 'submittedLate', value: 'yes' })).toEqual(['f2']);
    expect(ids({ kind: 'clock', clock: 'acknowledgement', outcome: 'missed' })).toEqual(['f2', 'f5']);
    expect(ids({ kind: 'clock', clock: 'response', outcome: 'met' })).toEqual(['f1', 'f4']);
    expect(ids({ kind: 'duration', duration: 'respond' })).toEqual(['f1', 'f2', 'f4']);
    expect(ids({ kind: 'repeat' })).toEqual(['f1', 'f2', 'f5']);
  });

  it('travel in the list address and back, a value with a colon included', () => {
    const selections: Selection[] = [
      { kind: 'total' },
      { kind: 'repeat' },
      { kind: 'count', dimension: 'productOrService', value: 'Dienst: onderhoud' },
      { kind: 'clock', clock: 'status_check', outcome: 'met' },
      { kind: 'duration', duration: 'close' },
    ];
    for (const selection of selections) expect(parseSelection(selectionParam(selection))).toEqual(selection);
    expect(parseSelection('count:colour:red')).toBeNull();
    expect(parseSelection('clock:response:running')).toBeNull();
  });
});

describe('the periods compared', () => {
  it('are the month, quarter or year around a day, the one before and the same a year earlier', () => {
    expect(periodAround('quarter', '2026-02-10')).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(previousPeriod({ from: '2026-01-01', to: '2026-03-31' }, 'quarter')).toEqual({ from: '2025-10-01', to: '2025-12-31' });
    expect(previousPeriod(periodAround('month', '2026-03-17'), 'month')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(previousPeriod(periodAround('year', '2026-03-17'), 'year')).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    // Ten days, so the ten days before.
    expect(previousPeriod({ from: '2026-03-10', to: '2026-03-19' }, 'custom')).toEqual({ from: '2026-02-28', to: '2026-03-09' });
    expect(yearEarlier({ from: '2024-02-01', to: '2024-02-29' })).toEqual({ from: '2023-02-01', to: '2023-02-28' });
  });
});
