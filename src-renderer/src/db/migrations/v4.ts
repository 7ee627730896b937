/**
 * Version 3 → 4: the coordinator's desk. Every complaint gets its desk state
 * (null once ended) and, where it has open terms, its rows in the new
 * `openDeadlines` table, counted on the office calendar as the app counts
 * them; the next deadline is restamped with them so the two agree. Read and
 * written a page at a time, so an office with years of complaints never holds
 * them all at once.
 */
import type { Transaction } from 'dexie';
import { openDeadlineRecords } from '../../domain/deadlines';
import { withIndexedFields } from '../../domain/desk';
import type { Complaint, OpenDeadline } from '../../domain/model';
import { forEachPage } from './pages';
import { termsContext } from './termsContext';

const PAGE = 500;

export async function upgradeToVersion4(tx: Transaction): Promise<void> {
  const { procedures, calendar } = await termsContext(tx);
  const complaints = tx.table<Complaint, string>('complaints');
  const openDeadlines = tx.table<OpenDeadline, string>('openDeadlines');

  await forEachPage(complaints, PAGE, async (page) => {
    const stamped: Complaint[] = [];
    const rows: OpenDeadline[] = [];
    for (const complaint of page) {
      const procedure = procedures.get(complaint.workflow.procedureVersionId);
      // Version 2 stored every complaint's procedure version; without it the terms are unknown, so the complaint is left as it was.
      if (!procedure) continue;
      const next = withIndexedFields(complaint, procedure, calendar);
      stamped.push(next);
      rows.push(...openDeadlineRecords(next, procedure, calendar));
    }
    await complaints.bulkPut(stamped);
    await openDeadlines.bulkAdd(rows);
  });
}
