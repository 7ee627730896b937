/**
 * The workflow side of the complaint repository: running an action of the
 * domain's state machine and reading the complaint's terms, each against the
 * procedure version the complaint started under and the office calendar.
 */
import { ANALYSIS_TABLES } from './analysisUpkeep';
import { computeDeadlines } from '../../domain/deadlines';
import { RecordNotFoundError } from '../../domain/errors';
import type { Actor, Complaint, Deadline, Staff, StaffRole } from '../../domain/model';
import type { Procedure } from '../../domain/procedure';
import {
  applyAction,
  availableActions,
  procedureChecklist,
  WorkflowError,
  type AvailableAction,
  type ChecklistItem,
  type WorkflowAction,
} from '../../domain/workflow';
import type { KlachtenbalieDb } from '../database';
import { loadCalendar } from './closingDays';
import { storeComplaint } from './complaintStore';
import { makeEvent } from './eventLog';
import { procedureVersion } from './procedures';
import { appendEvent } from './eventStore';

export const COMPLAINT_NOT_FOUND = 'Deze klacht bestaat niet (meer). Misschien is hij op een andere werkplek verwijderd.';
export const OWNER_NOT_ACTIVE = 'Kies een actieve medewerker als behandelaar';

export interface WorkflowState {
  complaint: Complaint;
  procedure: Procedure;
  deadlines: Deadline[];
  checklist: ChecklistItem[];
  actions: AvailableAction[];
  /** Active staff, for choosing an owner. */
  staff: Staff[];
}

/** The owner's name as the staff list has it, not as a form sent it: the involved check compares that name. */
async function withStoredOwnerName(db: KlachtenbalieDb, action: WorkflowAction): Promise<WorkflowAction> {
  if (action.type !== 'assign_owner') return action;
  const owner = action.ownerId ? await db.staff.get(action.ownerId) : undefined;
  if (!owner?.active) throw new WorkflowError(OWNER_NOT_ACTIVE, 'ownerId');
  return { ...action, ownerName: owner.name };
}

export function createComplaintWorkflow(db: KlachtenbalieDb) {
  async function load(id: string) {
    const complaint = await db.complaints.get(id);
    if (!complaint) return null;
    const procedure = await procedureVersion(db, complaint.workflow.procedureVersionId);
    return { complaint, procedure, calendar: await loadCalendar(db) };
  }

  return {
    /**
     * Runs one workflow action: guards, the new complaint with its next
     * deadline, desk state and open-deadline rows recomputed, and its event,
     * in one transaction. A refusal throws the domain's WorkflowError
     * unchanged (Dutch message, field).
     */
    applyAction(id: string, action: WorkflowAction, actor: Actor, now: Date = new Date()): Promise<Complaint> {
      return db.transaction('rw', [db.complaints, db.openDeadlines, db.eventLogs, db.procedures, db.settings, db.staff, ...ANALYSIS_TABLES], async () => {
        const loaded = await load(id);
        if (!loaded) throw new RecordNotFoundError(COMPLAINT_NOT_FOUND);
        const { complaint, procedure, calendar } = loaded;
        const result = applyAction(complaint, procedure, await withStoredOwnerName(db, action), { now, actor, calendar });
        const next = await storeComplaint(db, result.complaint, procedure, calendar);
        await appendEvent(db, makeEvent({ ...result.event, complaintId: id, customerId: complaint.customerId }, actor, now.toISOString()));
        return next;
      });
    },

    /** The complaint's terms for the card, counted from `today`; none when the complaint is gone. */
    deadlines(id: string, today: string): Promise<Deadline[]> {
      return db.transaction('r', [db.complaints, db.procedures, db.settings], async () => {
        const loaded = await load(id);
        return loaded ? computeDeadlines(loaded.complaint, loaded.procedure, loaded.calendar, today) : [];
      });
    },

    /** Everything the card's workflow panel shows, read at once: terms, checklist and the actions possible now. */
    workflowState(id: string, today: string, roles?: readonly StaffRole[]): Promise<WorkflowState | undefined> {
      return db.transaction('r', [db.complaints, db.procedures, db.settings, db.staff], async () => {
        const loaded = await load(id);
        if (!loaded) return undefined;
        const { complaint, procedure, calendar } = loaded;
        const staff: Staff[] = await db.staff.filter((member) => member.active).toArray();
        return {
          complaint,
          procedure,
          deadlines: computeDeadlines(complaint, procedure, calendar, today),
          checklist: procedureChecklist(complaint, procedure),
          actions: availableActions(complaint, procedure, { today, calendar, staff, roles }),
          staff,
        };
      });
    },
  };
}
