import { useState } from 'react';
import { useRepositories } from '../../app/data';
import { errorText } from '../../components/errorText';
import type { JournalReport } from '../../db/repositories';
import { dutchNumber } from '../../domain/dutchNumber';
import { journalReportText } from './journalCheckText';

type Run = { state: 'idle' } | { state: 'running'; checked: number; total: number } | { state: 'done'; report: JournalReport } | { state: 'failed'; text: string };

/** Whether anyone rewrote the journal: every log checked against its chain (see domain/journal). */
export function JournalCheckSection() {
  const repos = useRepositories();
  const [run, setRun] = useState<Run>({ state: 'idle' });

  const check = async () => {
    setRun({ state: 'running', checked: 0, total: 0 });
    try {
      const report = await repos.journal.check((checked, total) => setRun({ state: 'running', checked, total }));
      setRun({ state: 'done', report });
    } catch (error) {
      setRun({ state: 'failed', text: `Het logboek is niet gecontroleerd: ${errorText(error)}` });
    }
  };

  return (
    <section className="panel" aria-labelledby="journal-check-title">
      <h2 id="journal-check-title">Logboek controleren</h2>
      <p>
        Elke gebeurtenis in een logboek is verzegeld met die ervoor. De controle gaat alle logboeken na en noemt de eerste plek waar een gebeurtenis achteraf is
        gewijzigd, verwijderd of in een andere volgorde gezet.
      </p>
      <button type="button" onClick={() => void check()} disabled={run.state === 'running'}>
        {run.state === 'running' ? 'Bezig met controleren…' : 'Logboek controleren'}
      </button>
      {run.state === 'running' ? (
        <p>
          <label htmlFor="journal-check-progress">Logboeken gecontroleerd</label>{' '}
          <progress id="journal-check-progress" max={run.total || 1} value={run.checked} /> {dutchNumber(run.checked)} van {dutchNumber(run.total)}
        </p>
      ) : null}
      {run.state === 'done' ? (
        <p role={run.report.first ? 'alert' : 'status'} className={run.report.first ? 'error-box' : 'info'}>
          {journalReportText(run.report)}
        </p>
      ) : null}
      {run.state === 'failed' ? (
        <p role="alert" className="error-box">
          {run.text}
        </p>
      ) : null}
    </section>
  );
}
