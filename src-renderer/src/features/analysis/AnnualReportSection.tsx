import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useRepositories } from '../../app/data';
import { useNotice } from '../../app/notice';
import { useProfile } from '../../app/profile';
import { errorText } from '../../components/errorText';
import { formatDateTime } from '../../components/format';
import { analysisTables, measuresEffect, periodAround, topCauses, type MeasureInput } from '../../domain/analysis';
import { platform } from '../../platform';
import { useStaffNames } from '../complaints/useStaffNames';
import { annualReportDocx } from './report/annualReportDocx';
import { chartPng, type ChartImage } from './report/chartPng';

/**
 * Measures come from the measures register (issue 16, built apart): until it
 * is wired here the report's section says no measures were recorded.
 */
const MEASURES: MeasureInput[] = [];

/** The annual report: a year's figures on the letterhead, with management's own conclusions and plans, kept in a list of reports. */
export function AnnualReportSection({ today }: { today: string }) {
  const repos = useRepositories();
  const notify = useNotice();
  const { actor } = useProfile();
  const staffNames = useStaffNames();
  const thisYear = Number(today.slice(0, 4));
  const [year, setYear] = useState(thisYear - 1);
  const [conclusions, setConclusions] = useState('');
  const [plans, setPlans] = useState('');
  const [busy, setBusy] = useState(false);
  const reports = useLiveQuery(() => repos.reports.list(), [repos]);

  const make = async () => {
    setBusy(true);
    try {
      const period = periodAround('year', `${year}-01-01`);
      const [analysis, openEscalations, letterhead] = await Promise.all([repos.analysis.figures(period, 'year', today), repos.analysis.openEscalations(), repos.letters.letterhead()]);
      const tables = analysisTables(analysis, 'year', (id) => staffNames.get(id));
      const charts: Partial<Record<string, ChartImage>> = {};
      for (const table of tables) {
        const image = await chartPng(table);
        if (image) charts[table.key] = image;
      }
      const bytes = await annualReportDocx({ year, madeOn: today, letterhead, tables, charts, openEscalations, measures: measuresEffect(MEASURES, period), causes: topCauses(MEASURES), conclusions, plans });
      const stored = await platform().putAttachment(bytes);
      const name = `Jaarverslag klachten ${year}.docx`;
      await repos.reports.add({ name, year, sha256: stored.sha256, size: stored.size }, actor);
      const result = await platform().saveFile({ suggestedName: name, bytes: bytes as Uint8Array<ArrayBuffer> });
      if (result.saved) notify({ text: `„${name}” gemaakt en opgeslagen; het staat ook in de lijst met verslagen.`, tone: 'success' });
    } catch (error) {
      notify({ text: `Het jaarverslag is niet gemaakt: ${errorText(error)}`, tone: 'error' });
    } finally {
      setBusy(false);
    }
  };

  const saveAgain = async (sha256: string, name: string) => {
    try {
      const bytes = await platform().getAttachment(sha256);
      await platform().saveFile({ suggestedName: name, bytes: bytes as Uint8Array<ArrayBuffer> });
    } catch (error) {
      notify({ text: `Het verslag is niet opgeslagen: ${errorText(error)}`, tone: 'error' });
    }
  };

  return (
    <section className="panel" aria-labelledby="annual-report-title">
      <h2 id="annual-report-title">Jaarverslag klachten</h2>
      <p>De cijfers van een jaar naast het jaar ervoor, met grafieken, de openstaande escalaties en de maatregelen, als Word-document op het briefpapier. Vul eerst de eigen tekst van de directie in.</p>
      <div className="field">
        <label htmlFor="report-year">Jaar</label>
        <select id="report-year" value={year} onChange={(event) => setYear(Number(event.target.value))}>
          {Array.from({ length: 8 }, (_, i) => thisYear - i).map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="report-conclusions">Conclusies van de directie</label>
        <textarea id="report-conclusions" rows={4} value={conclusions} onChange={(event) => setConclusions(event.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="report-plans">Plannen en verbeteringen</label>
        <textarea id="report-plans" rows={4} value={plans} onChange={(event) => setPlans(event.target.value)} />
      </div>
      <button type="button" onClick={() => void make()} disabled={busy}>
        {busy ? 'Bezig…' : 'Jaarverslag maken (Word)'}
      </button>
      <h3>Gemaakte verslagen</h3>
      {reports && reports.length > 0 ? (
        <table className="figure-table">
          <thead>
            <tr>
              <th scope="col">Verslag</th>
              <th scope="col">Gemaakt</th>
              <th scope="col">Door</th>
              <th scope="col">
                <span className="visually-hidden">Opslaan</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {reports.map((report) => (
              <tr key={report.attachmentId}>
                <td>{report.name}</td>
                <td>{formatDateTime(report.madeAt)}</td>
                <td>{report.madeBy}</td>
                <td>
                  <button type="button" className="secondary" onClick={() => void saveAgain(report.sha256, report.name)} aria-label={`${report.name} opslaan`}>
                    Opslaan
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>Nog geen verslagen gemaakt.</p>
      )}
    </section>
  );
}
