/**
 * A person's rights from the customer card: everything stored about them
 * (AVG art. 15 and 20), and erasure at their request (art. 17) through the
 * same removal as retention (privacy.ts). Both are written in the removal
 * register under a reference that names no one (personReference).
 */
import { customerLogId } from '../../domain/eventLogs';
import { RecordNotFoundError, ValidationError } from '../../domain/errors';
import type { Actor, Complaint, Customer, RemovalCounts, StaffRole } from '../../domain/model';
import type { Procedure } from '../../domain/procedure';
import {
  ERASURE_RULE,
  EXPORT_RULE,
  erasureDecision,
  handedOutText,
  mayRemovePersonalData,
  personReference,
  type ErasureDecision,
  type PersonRecords,
} from '../../domain/privacy';
import { localDay } from '../../domain/dates';
import type { KlachtenbalieDb } from '../database';
import { CUSTOMER_NOT_FOUND } from './customers';
import { makeEvent } from './eventLog';
import { appendEvents, eventsOfLogs } from './eventStore';
import { planOf, registerEntry, removalTables, removeScope, scopeOf, type RemovalOutcome } from './privacy';

export const PERSON_RIGHTS_REFUSED = 'Alleen de klachtencoördinator mag de gegevens van een klant opvragen of wissen.';
export const NOTHING_TO_ERASE = 'Er kan nu niets worden gewist: alles van deze klant moet nog bewaard blijven.';

export interface PersonData extends PersonRecords {
  /** Staff by id, for the owner and coordinator fields of the readable document. */
  staffNames: Record<string, string>;
}

export interface ErasurePlan extends Omit<ErasureDecision, 'erasable'> {
  /** The references that will lose the person (anonymised). */
  erasable: string[];
  counts: RemovalCounts;
}

export interface ErasureOutcome extends RemovalOutcome {
  kept: ErasureDecision['kept'];
}

function refuseUnlessAllowed(roles: readonly StaffRole[]): void {
  if (!mayRemovePersonalData(roles)) throw new ValidationError({ roles: PERSON_RIGHTS_REFUSED }, PERSON_RIGHTS_REFUSED);
}

export function createPersonRightsRepository(db: KlachtenbalieDb) {
  /** The customer as they stand now; a duplicate merged away has its rights exercised on the kept one. */
  async function liveOne(customerId: string): Promise<Customer> {
    const customer = await db.customers.get(customerId);
    if (!customer || customer.mergedIntoId) throw new RecordNotFoundError(CUSTOMER_NOT_FOUND);
    return customer;
  }

  /** Their own record and its duplicates, and every complaint registered on any of them. */
  async function personOf(customerId: string): Promise<{ customer: Customer; duplicates: Customer[]; complaints: Complaint[] }> {
    const customer = await liveOne(customerId);
    const duplicates = await db.customers.where('mergedIntoId').equals(customerId).toArray();
    const complaints = await db.complaints.where('customerId').anyOf([customerId, ...duplicates.map((d) => d.id)]).toArray();
    return { customer, duplicates, complaints };
  }

  async function decisionFor(complaints: Complaint[], today: string): Promise<ErasureDecision> {
    const ids = [...new Set(complaints.map((c) => c.workflow.procedureVersionId))];
    const procedures = (await db.procedures.bulkGet(ids)).filter((p): p is Procedure => p !== undefined);
    return erasureDecision(complaints, new Map(procedures.map((p) => [p.id, p])), today);
  }

  async function erasureScope(customerId: string, today: string) {
    const person = await personOf(customerId);
    const decision = await decisionFor(person.complaints, today);
    const scope = await scopeOf(db, decision.erasable, decision.customerKept === null ? [customerId] : []);
    const reference = personReference(person.customer.customerNumber, person.complaints.map((c) => c.reference).sort());
    return { decision, scope, reference };
  }

  return {
    /** Everything stored about the person, read in one transaction so the export is one moment's truth. */
    data(customerId: string): Promise<PersonData> {
      return db.transaction('r', [db.customers, db.complaints, db.eventLogs, db.attachments, db.staff], async () => {
        const { customer, duplicates, complaints } = await personOf(customerId);
        const personIds = [customerId, ...duplicates.map((d) => d.id)];
        const complaintIds = complaints.map((c) => c.id);
        const events = await eventsOfLogs(db, [...personIds.map(customerLogId), ...complaintIds]);
        const onCard = await db.attachments.where('customerId').anyOf(personIds).toArray();
        const onComplaints = await db.attachments.where('complaintId').anyOf(complaintIds).toArray();
        const attachments = [...new Map([...onCard, ...onComplaints].map((a) => [a.id, a])).values()];
        const staffNames = Object.fromEntries((await db.staff.toArray()).map((s) => [s.id, s.name]));
        return { customer, duplicates, complaints, events, attachments, staffNames };
      });
    },

    /** Writes that the person's data was handed out: in the register when, by whom, how much, no name, no content; on the customer's history the same. */
    async recordExport(customerId: string, counts: RemovalCounts, actor: Actor, roles: readonly StaffRole[], now: Date = new Date()): Promise<void> {
      refuseUnlessAllowed(roles);
      const nowIso = now.toISOString();
      await db.transaction('rw', [db.customers, db.complaints, db.removals, db.eventLogs], async () => {
        const { customer, complaints } = await personOf(customerId);
        const reference = personReference(customer.customerNumber, complaints.map((c) => c.reference).sort());
        await db.removals.add(registerEntry(reference, 'export', counts, EXPORT_RULE, actor, nowIso));
        await appendEvents(db, [makeEvent({ type: 'data_handed_out', complaintId: null, customerId, summary: handedOutText(counts), changes: [] }, actor, nowIso)]);
      });
    },

    /** What erasing the person would remove now, and what must stay with the reason. */
    erasurePlan(customerId: string, today: string): Promise<ErasurePlan> {
      return db.transaction('r', [db.customers, db.complaints, db.attachments, db.procedures], async () => {
        const { decision, scope } = await erasureScope(customerId, today);
        return { erasable: decision.erasable.map((c) => c.reference).sort(), kept: decision.kept, customerKept: decision.customerKept, counts: planOf('anonymise', scope).counts };
      });
    },

    /**
     * Anonymises the complaints that may lose the person, and removes the
     * customer with their files when nothing of theirs must be kept, in one
     * transaction with one register entry. The caller removes `freedHashes` from disk.
     */
    async erase(customerId: string, actor: Actor, roles: readonly StaffRole[], now: Date = new Date()): Promise<ErasureOutcome> {
      refuseUnlessAllowed(roles);
      const nowIso = now.toISOString();
      return db.transaction('rw', removalTables(db), async () => {
        const { decision, scope, reference } = await erasureScope(customerId, localDay(now));
        if (scope.complaints.length === 0 && scope.customerIds.length === 0) throw new ValidationError({ customerId: NOTHING_TO_ERASE }, NOTHING_TO_ERASE);
        const plan = planOf('anonymise', scope);
        const entry = registerEntry(reference, 'anonymise', plan.counts, ERASURE_RULE, actor, nowIso);
        const freedHashes = await removeScope(db, scope, 'anonymise', [entry], actor, nowIso, 'Geanonimiseerd op verzoek van de klant (AVG art. 17)');
        return { ...plan, freedHashes, kept: decision.kept };
      });
    },
  };
}
