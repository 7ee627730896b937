/**
 * Choosing between two values that two workstations gave one field while
 * apart (see domain/sharing/merge). The choice is written like any edit: the
 * field set, the conflict gone, the terms recomputed and an event saying who chose what.
 */
import { ANALYSIS_TABLES } from './analysisUpkeep';
import { RecordNotFoundError } from '../../domain/errors';
import { FIELD_LABELS } from '../../domain/labels';
import type { Actor, Complaint } from '../../domain/model';
import { sameValue, valueAt, type EditConflict } from '../../domain/sharing/merge';
import type { KlachtenbalieDb } from '../database';
import { loadCalendar } from './closingDays';
import { storeComplaint } from './complaintStore';
import { COMPLAINT_NOT_FOUND } from './complaintWorkflow';
import { makeEvent } from './eventLog';
import { appendEvent } from './eventStore';
import { procedureVersion } from './procedures';
import { withComplaintSearchTerms } from '../../domain/records';

export const CONFLICT_GONE = 'Deze tegenstrijdige wijziging is al opgelost, misschien op een andere werkplek.';

export function createComplaintConflicts(db: KlachtenbalieDb) {
  return {
    /** Keeps `value` (one of the two the conflict on `path` holds) for the field. */
    resolveConflict(id: string, path: string, value: unknown, actor: Actor, now: Date = new Date()): Promise<Complaint> {
      const nowIso = now.toISOString();
      return db.transaction('rw', [db.complaints, db.openDeadlines, db.customers, db.eventLogs, db.procedures, db.settings, ...ANALYSIS_TABLES], async () => {
        const existing = await db.complaints.get(id);
        if (!existing) throw new RecordNotFoundError(COMPLAINT_NOT_FOUND);
        const conflicts = existing.conflicts ?? [];
        const conflict = conflicts.find((c) => c.path === path && (sameValue(c.kept, value) || sameValue(c.other, value)));
        if (!conflict) throw new RecordNotFoundError(CONFLICT_GONE);
        const before = valueAt(existing, path);
        const rest = conflicts.filter((c) => c !== conflict);
        const chosen = withValueAt({ ...existing, updatedAt: nowIso }, path, value);
        const { conflicts: _dropped, ...withoutConflicts } = chosen;
        const record: Complaint = rest.length > 0 ? { ...withoutConflicts, conflicts: rest } : withoutConflicts;
        const customer = (await db.customers.get(existing.customerId)) ?? null;
        const procedure = await procedureVersion(db, existing.workflow.procedureVersionId);
        const next = await storeComplaint(db, withComplaintSearchTerms(record, customer), procedure, await loadCalendar(db));
        const label = FIELD_LABELS[path] ?? path;
        await appendEvent(
          db,
          makeEvent(
            {
              type: 'updated',
              complaintId: id,
              customerId: existing.customerId,
              summary: `Tegenstrijdige wijziging van ${label.toLowerCase()} opgelost: ${sameValue(before, value) ? 'de getoonde waarde blijft' : 'de andere waarde gekozen'}`,
              changes: sameValue(before, value) ? [] : [{ field: path, old: before, new: value }],
            },
            actor,
            nowIso,
          ),
        );
        return next;
      });
    },
  };
}

function withValueAt<T extends object>(record: T, path: string, value: unknown): T {
  const [head, ...rest] = path.split('.');
  if (!head) return record;
  const current = (record as Record<string, unknown>)[head];
  const next = rest.length === 0 ? value : withValueAt(typeof current === 'object' && current !== null ? (current as object) : {}, rest.join('.'), value);
  return { ...record, [head]: next };
}

export type { EditConflict };
