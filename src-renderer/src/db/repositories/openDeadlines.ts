/**
 * The open-deadline rows the desk reads (see OpenDeadline). They are derived
 * from the complaint, so they are replaced whenever its terms may have
 * changed, in the transaction that writes the complaint.
 */
import type { OpenDeadline } from '../../domain/model';
import type { KlachtenbalieDb } from '../database';

/** Replaces the rows of these complaints with `rows`: one delete and one bulk write. Inside a 'rw' transaction over openDeadlines. */
export async function replaceOpenDeadlines(db: KlachtenbalieDb, complaintIds: readonly string[], rows: readonly OpenDeadline[]): Promise<void> {
  await db.openDeadlines.where('complaintId').anyOf([...complaintIds]).delete();
  if (rows.length > 0) await db.openDeadlines.bulkPut([...rows]);
}
