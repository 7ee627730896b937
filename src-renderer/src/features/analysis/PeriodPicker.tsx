import { PERIOD_KINDS, PERIOD_KIND_LABELS, type PeriodKind } from '../../domain/analysis';
import type { PeriodChoice } from './periodChoice';

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

export function PeriodPicker({ value, onChange, thisYear }: { value: PeriodChoice; onChange: (next: PeriodChoice) => void; thisYear: number }) {
  const set = (patch: Partial<PeriodChoice>) => onChange({ ...value, ...patch });
  const years = Array.from({ length: 8 }, (_, i) => thisYear - i);
  return (
    <div className="toolbar period-picker">
      <div className="field">
        <label htmlFor="analysis-kind">Periode</label>
        <select id="analysis-kind" value={value.kind} onChange={(event) => set({ kind: event.target.value as PeriodKind })}>
          {PERIOD_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {PERIOD_KIND_LABELS[kind]}
            </option>
          ))}
        </select>
      </div>
      {value.kind !== 'custom' ? (
        <div className="field">
          <label htmlFor="analysis-year">Jaar</label>
          <select id="analysis-year" value={value.year} onChange={(event) => set({ year: Number(event.target.value) })}>
            {years.map((year) => (
              <option key={year} value={year}>
                {year}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {value.kind === 'quarter' ? (
        <div className="field">
          <label htmlFor="analysis-quarter">Kwartaal</label>
          <select id="analysis-quarter" value={value.quarter} onChange={(event) => set({ quarter: Number(event.target.value) })}>
            {[1, 2, 3, 4].map((quarter) => (
              <option key={quarter} value={quarter}>
                {quarter}e kwartaal
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {value.kind === 'month' ? (
        <div className="field">
          <label htmlFor="analysis-month">Maand</label>
          <select id="analysis-month" value={value.month} onChange={(event) => set({ month: Number(event.target.value) })}>
            {MONTHS.map((name, i) => (
              <option key={name} value={i + 1}>
                {name}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {value.kind === 'custom' ? (
        <>
          <div className="field">
            <label htmlFor="analysis-from">Van (dd-mm-jjjj)</label>
            <input id="analysis-from" value={value.from} onChange={(event) => set({ from: event.target.value })} />
          </div>
          <div className="field">
            <label htmlFor="analysis-to">Tot en met (dd-mm-jjjj)</label>
            <input id="analysis-to" value={value.to} onChange={(event) => set({ to: event.target.value })} />
          </div>
        </>
      ) : null}
    </div>
  );
}
