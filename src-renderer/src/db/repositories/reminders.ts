/**
 * Reminders of terms that fell due: which are new to the person working, said
 * once. Reading what is due and writing what was said happen in one
 * transaction, so a reminder can never be claimed twice.
 */
import Dexie from 'dexie';
import { MAX_SEPARATE_REMINDERS, notifiedId, reminderScope, sortOutReminders, type ReminderBatch, type ReminderScope } from '../../domain/desk';
import type { NotifiedDeadline, OpenDeadline, Staff } from '../../domain/model';
import type { KlachtenbalieDb } from '../database';

const NONE: ReminderBatch = { count: 0, late: 0, terms: [] };

function dueTerms(db: KlachtenbalieDb, scope: Exclude<ReminderScope, null>, today: string): Promise<OpenDeadline[]> {
  if ('all' in scope) return db.openDeadlines.where('dueOn').belowOrEqual(today).toArray();
  return db.openDeadlines.where('[ownerId+dueOn]').between([scope.ownerId, Dexie.minKey], [scope.ownerId, today], true, true).toArray();
}

export function createReminderRepository(db: KlachtenbalieDb) {
  return {
    /**
     * The terms due today or earlier that this person was not yet reminded
     * of (a coordinator: all; an owner: their own; others: none), recorded as
     * reminded. Reminders of terms no longer due are dropped, so the table
     * holds only what is due now. Only the claim itself writes, and only its
     * own table: the desk and the list keep reading while it runs.
     */
    async claimDue(person: Pick<Staff, 'id' | 'roles'>, today: string, now: Date = new Date()): Promise<ReminderBatch> {
      const scope = reminderScope(person);
      if (!scope) return NONE;
      const due = await dueTerms(db, scope, today);
      const terms = await db.transaction('rw', db.notifiedDeadlines, async () => {
        const said = await db.notifiedDeadlines.where('id').startsWith(notifiedId(person.id, '')).toArray();
        const { fresh, stale } = sortOutReminders(due, new Map(said.map((row) => [row.deadlineId, row.dueOn])));
        if (stale.length > 0) await db.notifiedDeadlines.bulkDelete(stale.map((deadlineId) => notifiedId(person.id, deadlineId)));
        const freshIds = new Set(fresh);
        const claimed = due.filter((term) => freshIds.has(term.id)).sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.id.localeCompare(b.id));
        const at = now.toISOString();
        await db.notifiedDeadlines.bulkPut(
          claimed.map((term): NotifiedDeadline => ({ id: notifiedId(person.id, term.id), staffId: person.id, deadlineId: term.id, dueOn: term.dueOn, notifiedAt: at, updatedAt: at })),
        );
        return claimed;
      });
      const batch: ReminderBatch = { count: terms.length, late: terms.filter((term) => term.dueOn < today).length, terms: [] };
      if (terms.length === 0 || terms.length > MAX_SEPARATE_REMINDERS) return batch;
      const complaints = await db.complaints.bulkGet(terms.map((term) => term.complaintId));
      batch.terms = terms.flatMap((term, i) => {
        const complaint = complaints[i];
        return complaint
          ? [{ complaintId: term.complaintId, kind: term.kind, itemId: term.itemId, dueOn: term.dueOn, reference: complaint.reference, customerName: complaint.customerName }]
          : [];
      });
      return batch;
    },
  };
}
