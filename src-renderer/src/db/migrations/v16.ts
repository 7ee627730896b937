/**
 * Version 15 → 16 builds the analysis's facts and day tallies from the
 * complaints already stored, a page at a time, counted on the office
 * calendar and each complaint's own procedure version as a save would.
 * A complaint whose procedure version is missing is left out of the figures
 * until its next save. Not journalled: the tables are derived, never shared.
 */
import type { Transaction } from 'dexie';
import { analysisFactOf } from '../../domain/analysis';
import type { Complaint } from '../../domain/model';
import { keepAnalysisFacts, type AnalysisTables } from '../repositories/analysisUpkeep';
import { forEachPage } from './pages';
import { termsContext } from './termsContext';

const PAGE = 500;

export async function upgradeToVersion16(tx: Transaction): Promise<void> {
  const { procedures, calendar } = await termsContext(tx);
  const tables = { analysisFacts: tx.table('analysisFacts'), analysisDays: tx.table('analysisDays') } as AnalysisTables;
  await forEachPage(tx.table<Complaint, string>('complaints'), PAGE, (page) =>
    keepAnalysisFacts(
      tables,
      page.flatMap((complaint) => {
        const procedure = procedures.get(complaint.workflow.procedureVersionId);
        return procedure ? [analysisFactOf(complaint, procedure, calendar)] : [];
      }),
    ),
  );
}
