/**
 * Version 11 → 12 indexes the day a file may be kept until and adds the
 * removal register (no data moves for those). It also puts complaints that
 * wait for their written version (taken by phone where the regeling counts
 * only a written complaint) in their own desk state: a register that reached
 * version 10 before that state existed still holds them as unassigned, and
 * nothing else restamps them until their next save. Only those complaints are
 * counted again. Not journalled, as version 10: each workstation upgrades its
 * own copy.
 */
import type { Transaction } from 'dexie';
import { awaitsWrittenComplaint } from '../../domain/deadlines/terms';
import type { Complaint } from '../../domain/model';
import { restampComplaints } from '../repositories/deadlineStamp';
import { termsContext } from './termsContext';

export async function upgradeToVersion12(tx: Transaction): Promise<void> {
  const { procedures, calendar } = await termsContext(tx);
  const complaints = tx.table<Complaint, string>('complaints');
  const waiting = await complaints
    .filter((stored) => {
      const procedure = procedures.get(stored.workflow.procedureVersionId);
      return stored.deskState !== 'awaiting_written_complaint' && procedure !== undefined && awaitsWrittenComplaint(stored, procedure);
    })
    .toArray();
  if (waiting.length === 0) return;
  await restampComplaints({ complaints, openDeadlines: tx.table('openDeadlines') }, waiting.map((stored) => ({ stored, current: stored })), procedures, calendar);
}
