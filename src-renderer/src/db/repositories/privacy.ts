/**
 * Retention carried out: the ended files whose term has passed, and their
 * anonymisation or deletion with an entry in the removal register. A removal
 * is one transaction: the complaint, its log, letters and files, the customer
 * when nothing else of theirs remains, and the register entry go together or
 * not at all. Deletes in shared tables reach the office's other workstations
 * through the journal (a tombstone without content). The bytes leave the disk
 * only after the transaction committed: the caller removes `freedHashes`.
 */
import { ANALYSIS_TABLES, keepAnalysisFacts } from './analysisUpkeep';
import { localDay } from '../../domain/dates';
import { appendSealed, customerLogId } from '../../domain/eventLogs';
import { RecordNotFoundError, ValidationError } from '../../domain/errors';
import { newId } from '../../domain/ids';
import type { Actor, Attachment, Complaint, RegisterKind, RemovalCounts, RemovalKind, RemovalRecord, StaffRole } from '../../domain/model';
import type { Procedure } from '../../domain/procedure';
import { endedOn } from '../../domain/workflow';
import {
  REMOVAL_REFUSED,
  anonymisedComplaint,
  anonymisedEvent,
  customersLeftWithout,
  hashesFreed,
  mayRemovePersonalData,
  removalCounts,
  retentionLapsed,
  retentionRule,
} from '../../domain/privacy';
import type { KlachtenbalieDb } from '../database';
import { countAddedComplaints } from './counters';
import { makeEvent } from './eventLog';
import { newSalt } from './eventStore';
import { replaceOpenDeadlines } from './openDeadlines';
import { markFilesLeaving } from './sharedFiles';

export interface LapsedFile {
  id: string;
  reference: string;
  /** The day handling ended: closed, withdrawn or declared inadmissible. */
  endedOn: string | null;
  retentionUntil: string;
}

export interface LapsedGroup {
  procedureId: string;
  procedureName: string;
  rule: string;
  files: LapsedFile[];
}

export interface RemovalPlan {
  kind: RemovalKind;
  counts: RemovalCounts;
}

export interface RemovalOutcome extends RemovalPlan {
  /** Hashes no record pins any more: the caller removes their bytes from the store. */
  freedHashes: string[];
}

/** A procedure version the register no longer holds (never expected): said in Dutch, not by its id. */
const UNKNOWN_PROCEDURE = 'Onbekende klachtenregeling';
const ruleText = (procedure: Procedure | undefined) => (procedure ? retentionRule(procedure) : 'Bewaartermijn van de klachtenregeling');

export const REMOVAL_GONE = 'Een van deze dossiers is er niet meer of is al geanonimiseerd. Vernieuw het overzicht.';

/** What goes with these complaints: their attachments, and the customers left with no other complaint (with their own files and duplicates). */
export interface Scope {
  complaints: Complaint[];
  attachments: Attachment[];
  customerIds: string[];
}

/** Every table a removal writes, for its 'rw' transaction. */
export function removalTables(db: KlachtenbalieDb) {
  return [db.complaints, db.openDeadlines, db.eventLogs, db.attachments, db.files, db.customers, db.counters, db.removals, db.procedures, db.sharedRevisions, ...ANALYSIS_TABLES];
}

/**
 * What removing these complaints takes along. `alsoCustomers` go too even
 * with no complaint among them (a person erased at their own request).
 */
export async function scopeOf(db: KlachtenbalieDb, complaints: Complaint[], alsoCustomers: readonly string[] = []): Promise<Scope> {
  const removedIds = new Set(complaints.map((c) => c.id));
  const complaintsOf = new Map<string, string[]>();
  for (const customerId of new Set(complaints.map((c) => c.customerId).filter((id) => id !== ''))) {
    complaintsOf.set(customerId, (await db.complaints.where('customerId').equals(customerId).primaryKeys()) as string[]);
  }
  const leaving = [...new Set([...customersLeftWithout(removedIds, complaintsOf), ...alsoCustomers])];
  const duplicates = leaving.length > 0 ? ((await db.customers.where('mergedIntoId').anyOf(leaving).primaryKeys()) as string[]) : [];
  const customerIds = [...leaving, ...duplicates];
  const onComplaints = await db.attachments.where('complaintId').anyOf([...removedIds]).toArray();
  const onCustomers = (await db.attachments.where('customerId').anyOf(customerIds).toArray()).filter((a) => a.complaintId === null);
  return { complaints, attachments: [...onComplaints, ...onCustomers], customerIds };
}

export function planOf(kind: RemovalKind, scope: Scope): RemovalPlan {
  return { kind, counts: removalCounts(scope.complaints.length, scope.attachments, scope.customerIds.length) };
}

/**
 * Inside a 'rw' transaction over removalTables: erases or anonymises the
 * scope's complaints, removes its files and customers, and writes the
 * register entries. Returns the hashes whose bytes may now leave the disk.
 */
export async function removeScope(
  db: KlachtenbalieDb,
  scope: Scope,
  kind: RemovalKind,
  entries: readonly RemovalRecord[],
  actor: Actor,
  nowIso: string,
  anonymisedSummary: string,
): Promise<string[]> {
  const removedIds = new Set(scope.complaints.map((c) => c.id));
  const goingIds = new Set(scope.attachments.map((a) => a.id));
  const sameHash = await db.attachments.where('sha256').anyOf([...new Set(scope.attachments.map((a) => a.sha256))]).toArray();
  const freedHashes = hashesFreed(scope.attachments, sameHash.filter((a) => !goingIds.has(a.id)));
  for (const complaint of scope.complaints) {
    if (kind === 'erase') {
      await db.complaints.delete(complaint.id);
      await db.eventLogs.delete(complaint.id);
    } else {
      await db.complaints.put(anonymisedComplaint(complaint, nowIso));
      // The log loses its text and gains the anonymisation in one write (this transaction holds the log).
      const log = await db.eventLogs.get(complaint.id);
      const anonymised = makeEvent({ type: 'anonymised', complaintId: complaint.id, customerId: null, summary: anonymisedSummary, changes: [] }, actor, nowIso);
      await db.eventLogs.put(appendSealed(log && { ...log, events: log.events.map(anonymisedEvent) }, complaint.id, [anonymised], newSalt));
    }
  }
  if (kind === 'erase') {
    await replaceOpenDeadlines(db, [...removedIds], []);
    // An anonymised file keeps its place in the figures; an erased one leaves them.
    await keepAnalysisFacts(db, [], [...removedIds]);
    await countAddedComplaints(db, -removedIds.size, nowIso);
  }
  await db.attachments.bulkDelete([...goingIds]);
  await db.files.bulkDelete(freedHashes);
  await markFilesLeaving(db, freedHashes);
  await db.customers.bulkDelete(scope.customerIds);
  await db.eventLogs.bulkDelete(scope.customerIds.map(customerLogId));
  // Written last, so it is shared last: a workstation that takes in the register entry has the removed records in too, and compacts them away.
  await db.removals.bulkAdd([...entries]);
  return freedHashes;
}

export function createPrivacyRepository(db: KlachtenbalieDb) {
  /** Ended files whose term has passed by `today`, as the index holds them; anonymising clears the day, which takes a file out. */
  const pastTerm = (today: string) => db.complaints.where('workflow.retentionUntil').below(today);

  /** The procedure versions these complaints ran under, each read once. */
  async function proceduresOf(complaints: readonly Complaint[]): Promise<Map<string, Procedure>> {
    const ids = [...new Set(complaints.map((c) => c.workflow.procedureVersionId))];
    const found = await db.procedures.bulkGet(ids);
    return new Map(found.flatMap((procedure) => (procedure ? [[procedure.id, procedure] as const] : [])));
  }

  /** Ended, past its term, not yet anonymised: read through the index, checked on the record. */
  async function lapsedComplaints(ids: readonly string[], today: string): Promise<Complaint[]> {
    const found = await db.complaints.bulkGet([...ids]);
    if (found.some((c) => !c || !retentionLapsed(c, today))) throw new RecordNotFoundError(REMOVAL_GONE);
    return found as Complaint[];
  }

  return {
    /** How many ended files are past their term, for the desk: one index count. */
    lapsedCount(today: string): Promise<number> {
      return pastTerm(today).count();
    },

    /** Ended files past their term, per procedure version, the longest overdue first. */
    async lapsed(today: string): Promise<LapsedGroup[]> {
      return db.transaction('r', [db.complaints, db.procedures], async () => {
        const complaints = (await pastTerm(today).toArray()).filter((c) => retentionLapsed(c, today));
        const procedures = await proceduresOf(complaints);
        const groups = new Map<string, LapsedGroup>();
        for (const complaint of complaints) {
          const procedureId = complaint.workflow.procedureVersionId;
          let group = groups.get(procedureId);
          if (!group) {
            const procedure = procedures.get(procedureId);
            group = { procedureId, procedureName: procedure?.name ?? UNKNOWN_PROCEDURE, rule: ruleText(procedure), files: [] };
            groups.set(procedureId, group);
          }
          group.files.push({ id: complaint.id, reference: complaint.reference, endedOn: endedOn(complaint.workflow), retentionUntil: complaint.workflow.retentionUntil ?? '' });
        }
        for (const group of groups.values()) group.files.sort((a, b) => a.retentionUntil.localeCompare(b.retentionUntil) || a.reference.localeCompare(b.reference));
        return [...groups.values()].sort((a, b) => a.procedureName.localeCompare(b.procedureName));
      });
    },

    /** Exactly what removing these files would take, for the confirmation. */
    plan(ids: readonly string[], kind: RemovalKind, today: string): Promise<RemovalPlan> {
      return db.transaction('r', [db.complaints, db.customers, db.attachments], async () => planOf(kind, await scopeOf(db, await lapsedComplaints(ids, today))));
    },

    /**
     * Anonymises or deletes these files, all in one transaction, and writes one
     * register entry per file. Refused unless `roles` hold the coordinator's.
     */
    async remove(ids: readonly string[], kind: RemovalKind, actor: Actor, roles: readonly StaffRole[], now: Date = new Date()): Promise<RemovalOutcome> {
      if (!mayRemovePersonalData(roles)) throw new ValidationError({ roles: REMOVAL_REFUSED }, REMOVAL_REFUSED);
      if (ids.length === 0) return { kind, counts: removalCounts(0, [], 0), freedHashes: [] };
      const nowIso = now.toISOString();
      return db.transaction('rw', removalTables(db), async () => {
        const scope = await scopeOf(db, await lapsedComplaints(ids, localDay(now)));
        const procedures = await proceduresOf(scope.complaints);
        // A customer leaving with several of their complaints is counted once, on the first.
        const uncounted = new Set(scope.customerIds);
        const entries = scope.complaints.map((complaint) => {
          const own = scope.attachments.filter((a) => a.complaintId === complaint.id);
          const ownCustomer = uncounted.delete(complaint.customerId) ? 1 : 0;
          const rule = ruleText(procedures.get(complaint.workflow.procedureVersionId));
          return registerEntry(complaint.reference, kind, removalCounts(1, own, ownCustomer), rule, actor, nowIso);
        });
        const freedHashes = await removeScope(db, scope, kind, entries, actor, nowIso, 'Geanonimiseerd: de bewaartermijn is verstreken');
        return { ...planOf(kind, scope), freedHashes };
      });
    },

    /** The removal register, newest first. */
    removals(limit = 200): Promise<RemovalRecord[]> {
      return db.removals.orderBy('at').reverse().limit(limit).toArray();
    },
  };
}

export function registerEntry(reference: string, kind: RegisterKind, removed: RemovalCounts, rule: string, actor: Actor, nowIso: string): RemovalRecord {
  return {
    id: newId(),
    at: nowIso,
    reference,
    kind,
    actorId: actor.id,
    actorName: actor.name,
    removed,
    rule,
    updatedAt: nowIso,
  };
}
