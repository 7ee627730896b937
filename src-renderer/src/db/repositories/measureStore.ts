/**
 * The one write path of the measures register. A measure is stored with the
 * copy of it on each complaint it came from rewritten (their terms and desk
 * rows with them) and a line in each of those complaints' histories, in the
 * transaction of the caller, which must span MEASURE_WRITE_TABLES.
 */
import { measureEventText, withMeasures } from '../../domain/measures';
import type { Actor, Measure } from '../../domain/model';
import { ANALYSIS_TABLES } from './analysisUpkeep';
import type { KlachtenbalieDb } from '../database';
import { loadCalendar } from './closingDays';
import { storeComplaint } from './complaintStore';
import { makeEvent } from './eventLog';
import { appendEvents } from './eventStore';
import { procedureVersion } from './procedures';

// A complaint written here keeps its analysis fact up to date too (analysisUpkeep).
export const MEASURE_WRITE_TABLES = ['measures', 'complaints', 'openDeadlines', 'eventLogs', 'procedures', 'settings', ...ANALYSIS_TABLES] as const;

/**
 * Stores `after` and brings every linked complaint's copy in step, except
 * `skipComplaintId`: a card step that changed its own copy stores that
 * complaint itself.
 */
export async function storeMeasure(
  db: KlachtenbalieDb,
  before: Measure | null,
  after: Measure,
  actor: Actor,
  nowIso: string,
  skipComplaintId: string | null = null,
): Promise<void> {
  await db.measures.put(after);
  const calendar = await loadCalendar(db);
  const summary = measureEventText(before, after);
  const events = [];
  for (const complaintId of after.complaintIds) {
    if (complaintId === skipComplaintId) continue;
    const complaint = await db.complaints.get(complaintId);
    // Erased under the retention rules (or on another workstation): the measure keeps its id as a number, nothing more.
    if (!complaint) continue;
    const linked = await db.measures.where('complaintIds').equals(complaintId).toArray();
    const next = { ...withMeasures(complaint, linked), updatedAt: nowIso };
    const procedure = await procedureVersion(db, complaint.workflow.procedureVersionId);
    await storeComplaint(db, next, procedure, calendar);
    const changes = [{ field: 'workflow.correctiveActions', old: complaint.workflow.correctiveActions, new: next.workflow.correctiveActions }];
    events.push(makeEvent({ type: 'step_recorded', complaintId, customerId: complaint.customerId, summary, changes }, actor, nowIso));
  }
  await appendEvents(db, events);
}
