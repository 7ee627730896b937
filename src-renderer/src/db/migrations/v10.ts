/**
 * Version 9 → 10: a term in days, weeks, months or years now counts from the
 * day of receipt itself, and only its last day moves to a working day
 * (Algemene termijnenwet); before, its first day moved as well. What a
 * complaint stores from its terms was counted the old way, and a desk reads
 * those stored days: every complaint is counted again as a closing-day change
 * counts them (restampComplaints), a page at a time, and only what moved is
 * written. Not journalled: the app opens the register before it shares it, and
 * each workstation upgrades its own copy.
 */
import type { Transaction } from 'dexie';
import type { WorkingDayCalendar } from '../../domain/calendar';
import type { Complaint, ComplaintWorkflow, Escalation } from '../../domain/model';
import type { Procedure } from '../../domain/procedure';
import { endedOn } from '../../domain/workflow';
import { restampComplaints, type StampTables } from '../repositories/deadlineStamp';
import { forEachPage } from './pages';
import { termsContext } from './termsContext';

const PAGE = 500;

export async function upgradeToVersion10(tx: Transaction): Promise<void> {
  const { procedures, calendar } = await termsContext(tx);
  // The upgrade's own tables: they have the schema being upgraded to, whatever later versions make of it.
  const complaints = tx.table<Complaint, string>('complaints');
  const tables: StampTables = { complaints, openDeadlines: tx.table('openDeadlines') };

  await forEachPage(complaints, PAGE, (page) =>
    restampComplaints(
      tables,
      page.map((stored) => {
        const procedure = procedures.get(stored.workflow.procedureVersionId);
        return { stored, current: procedure ? { ...stored, workflow: recountedWorkflow(stored.workflow, procedure, calendar) } : stored };
      }),
      procedures,
      calendar,
    ),
  );
}

/**
 * The due days a step stored, counted again. An escalation's `dueOn` and a
 * file's `retentionUntil` were counted once, when the step was recorded, from
 * a day the step recorded and a term of the complaint's procedure version
 * (which never changes); nobody typed them, so the old count is no fact to
 * keep and the new rule gives what the regeling gives. What the office typed
 * stays as it is: an extension's `newDueOn` (the response's or a body's), an
 * agreed repair day, the days of follow-ups and corrective actions. So do the
 * events, which tell what was said at the time.
 */
function recountedWorkflow(workflow: ComplaintWorkflow, procedure: Procedure, calendar: WorkingDayCalendar): ComplaintWorkflow {
  const escalations = workflow.escalations.map((escalation) => recountedEscalation(escalation, procedure, calendar));
  const retentionUntil = recountedRetention(workflow, procedure, calendar);
  if (retentionUntil === workflow.retentionUntil && escalations.every((escalation, i) => escalation === workflow.escalations[i])) return workflow;
  return { ...workflow, escalations, retentionUntil };
}

function recountedEscalation(escalation: Escalation, procedure: Procedure, calendar: WorkingDayCalendar): Escalation {
  const term = procedure.escalations.find((body) => body.id === escalation.bodyId)?.decisionTerm;
  if (!term || escalation.dueOn === null) return escalation;
  const dueOn = calendar.dueDay(escalation.receivedOn, term);
  return dueOn === escalation.dueOn ? escalation : { ...escalation, dueOn };
}

/** Closing, withdrawal and inadmissibility each set it from their own day (retentionFrom); only one of those stands at a time. */
function recountedRetention(workflow: ComplaintWorkflow, procedure: Procedure, calendar: WorkingDayCalendar): string | null {
  const ended = endedOn(workflow);
  const term = procedure.terms.retention;
  return workflow.retentionUntil && ended && term ? calendar.dueDay(ended, term) : workflow.retentionUntil;
}
