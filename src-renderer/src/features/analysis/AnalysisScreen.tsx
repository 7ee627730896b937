import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useRepositories } from '../../app/data';
import { analysisTables, periodLabel } from '../../domain/analysis';
import { useToday } from '../card/workflow/useToday';
import { useStaffNames } from '../complaints/useStaffNames';
import { AnnualReportSection } from './AnnualReportSection';
import { ExportButton } from './ExportButton';
import { LazyChart } from './LazyChart';
import { FigureTableView } from './FigureTableView';
import { initialChoice, periodOfChoice } from './periodChoice';
import { PeriodPicker } from './PeriodPicker';

/** Management's and the coordinator's view of a period: every figure beside the period before and a year earlier, each opening its complaints. */
export function AnalysisScreen() {
  const repos = useRepositories();
  const today = useToday();
  const [choice, setChoice] = useState(() => initialChoice(today));
  const period = periodOfChoice(choice);
  const analysis = useLiveQuery(
    async () => (period ? { period, result: await repos.analysis.figures(period, choice.kind, today) } : null),
    [repos, period?.from, period?.to, choice.kind, today],
  );
  const staffNames = useStaffNames();
  const shown = analysis && period && analysis.period.from === period.from && analysis.period.to === period.to ? analysis.result : undefined;
  const tables = shown ? analysisTables(shown, choice.kind, (id) => staffNames.get(id)) : [];
  const title = period ? periodLabel(period, choice.kind) : '';

  return (
    <section className="analysis-screen" aria-labelledby="analysis-title">
      <div className="page-head">
        <h1 id="analysis-title">Analyse</h1>
        <div className="page-actions">{shown ? <ExportButton tables={tables} title={title} /> : null}</div>
      </div>
      <PeriodPicker value={choice} onChange={setChoice} thisYear={Number(today.slice(0, 4))} />
      {!period ? <p className="form-error">Vul een begin- en einddatum in (dd-mm-jjjj); de einddatum ligt niet voor de begindatum.</p> : null}
      <p className="result-count" aria-live="polite" data-analysis-for={shown ? title : undefined}>
        {shown ? `Klachten ontvangen in ${title}, vergeleken met de periode ervoor en dezelfde periode een jaar eerder. Klik op een getal voor de klachten erachter.` : 'Laden…'}
      </p>
      {tables.map((table) => (
        <section key={table.key} className="panel figure-section" aria-labelledby={`figures-${table.key}`}>
          <h2 id={`figures-${table.key}`}>{table.title}</h2>
          <div className="figure-pair">
            <LazyChart table={table} />
            <FigureTableView table={table} />
          </div>
        </section>
      ))}
      <AnnualReportSection today={today} />
    </section>
  );
}
