/**
 * Reminders of terms that fell due: which are new to the person working, and
 * which they have been told of. Reading what is new writes nothing: a term
 * counts as told only once the person has seen it (a system notification
 * shown, or the in-app reminder opened or closed), so a reload or a closed tab
 * never swallows one.
 */
import Dexie from 'dexie';
import { MAX_SEPARATE_REMINDERS, notifiedId, reminderScope, sortOutReminders, type ReminderBatch, type ReminderScope } from '../../domain/desk';
import type { NotifiedDeadline, OpenDeadline, Staff } from '../../domain/model';
import type { KlachtenbalieDb } from '../database';

const NONE: ReminderBatch = { count: 0, late: 0, terms: [], deadlines: [], stale: [] };

function dueTerms(db: KlachtenbalieDb, scope: Exclude<ReminderScope, null>, today: string): Promise<OpenDeadline[]> {
  if ('all' in scope) return db.openDeadlines.where('dueOn').belowOrEqual(today).toArray();
  return db.openDeadlines.where('[ownerId+dueOn]').between([scope.ownerId, Dexie.minKey], [scope.ownerId, today], true, true).toArray();
}

export function createReminderRepository(db: KlachtenbalieDb) {
  return {
    /**
     * The terms due today or earlier that this person was not yet told of (a
     * coordinator: all; an owner: their own; others: none), most overdue
     * first, and their reminders of terms no longer due (to forget).
     */
    async unsaid(person: Pick<Staff, 'id' | 'roles'>, today: string): Promise<ReminderBatch> {
      const scope = reminderScope(person);
      if (!scope) return NONE;
      return db.transaction('r', [db.openDeadlines, db.notifiedDeadlines, db.complaints], async () => {
        // Dexie's own Promise.all: awaiting a native one here can lose the transaction before bulkGet (see deskRows).
        const [due, said] = await Dexie.Promise.all([dueTerms(db, scope, today), db.notifiedDeadlines.where('id').startsWith(notifiedId(person.id, '')).toArray()]);
        const { fresh, stale } = sortOutReminders(due, new Map(said.map((row) => [row.deadlineId, row.dueOn])));
        const freshIds = new Set(fresh);
        const terms = due.filter((term) => freshIds.has(term.id)).sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.id.localeCompare(b.id));
        const batch: ReminderBatch = {
          count: terms.length,
          late: terms.filter((term) => term.dueOn < today).length,
          terms: [],
          deadlines: terms.map(({ id, dueOn }) => ({ id, dueOn })),
          stale,
        };
        if (terms.length === 0 || terms.length > MAX_SEPARATE_REMINDERS) return batch;
        const complaints = await db.complaints.bulkGet(terms.map((term) => term.complaintId));
        batch.terms = terms.flatMap((term, i) => {
          const complaint = complaints[i];
          return complaint
            ? [{ id: term.id, complaintId: term.complaintId, kind: term.kind, itemId: term.itemId, dueOn: term.dueOn, reference: complaint.reference, customerName: complaint.customerName }]
            : [];
        });
        return batch;
      });
    },

    /** Records that the person was told of these terms, and forgets reminders of terms no longer due. */
    said(personId: string, deadlines: readonly { id: string; dueOn: string }[], stale: readonly string[] = [], now: Date = new Date()): Promise<void> {
      const at = now.toISOString();
      return db.transaction('rw', db.notifiedDeadlines, async () => {
        if (stale.length > 0) await db.notifiedDeadlines.bulkDelete(stale.map((deadlineId) => notifiedId(personId, deadlineId)));
        await db.notifiedDeadlines.bulkPut(
          deadlines.map((term): NotifiedDeadline => ({ id: notifiedId(personId, term.id), staffId: personId, deadlineId: term.id, dueOn: term.dueOn, notifiedAt: at, updatedAt: at })),
        );
      });
    },
  };
}
