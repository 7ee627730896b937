import { ANALYSIS_TABLES, moveAnalysisCustomer } from './analysisUpkeep';
import { diffRecords } from '../../domain/diff';
import { MERGE_SELF, complaintMovedText, customersMergedText, mergedDetails, type CustomerMergeChoices } from '../../domain/customerMerge';
import { RecordNotFoundError, ValidationError, validateOrThrow } from '../../domain/errors';
import { eventText } from '../../domain/eventText';
import { newId } from '../../domain/ids';
import type { Actor, Complaint, ComplaintEvent, Customer, FieldChange } from '../../domain/model';
import {
  applyPatch,
  EDITABLE_CUSTOMER_FIELDS,
  newCustomerRecord,
  pickFields,
  withComplaintSearchTerms,
  withCustomerSearchTerms,
} from '../../domain/records';
import { matchesSearch, searchKeysOf } from '../../domain/search';
import { customerInputSchema, type CustomerInput, type CustomerInputOutput } from '../../domain/validation';
import type { KlachtenbalieDb } from '../database';
import { customerCreatedEvent, makeEvent } from './eventLog';
import { prepareQuery } from './lookup';
import { appendEvent, appendEvents } from './eventStore';

export type CustomerPatch = Partial<CustomerInput>;
export type { CustomerMergeChoices };

export const CUSTOMER_NOT_FOUND = 'Deze klant bestaat niet (meer). Misschien is hij op een andere werkplek verwijderd.';
export const CUSTOMER_MERGED = 'Deze klant is samengevoegd met een andere klant. Open de klantenkaart van die klant.';

/** The customer, or the one it was merged into: where new complaints and files of a stale screen belong. */
export function liveCustomer(db: KlachtenbalieDb, id: string): Promise<Customer | undefined> {
  // Chained on Dexie's own promise, not an async function: it keeps the caller's transaction alive.
  return db.customers.get(id).then((customer) => (customer?.mergedIntoId ? db.customers.get(customer.mergedIntoId) : customer));
}

/** A customer that exists and was not merged away, for a change to it. */
function customerToChange(db: KlachtenbalieDb, id: string): Promise<Customer> {
  return db.customers.get(id).then((customer) => {
    if (!customer) throw new RecordNotFoundError(CUSTOMER_NOT_FOUND);
    if (customer.mergedIntoId) throw new RecordNotFoundError(CUSTOMER_MERGED);
    return customer;
  });
}

type MovedComplaint = Pick<Complaint, 'id' | 'reference' | 'customerId' | 'customerName'>;

/**
 * Gives every complaint of customer `fromId` to `to` (the same customer after
 * an edit, or the kept one of a merge) with its name and search terms, so the
 * list and search never show the old ones. Returns the complaints as they were.
 */
async function repointComplaints(db: KlachtenbalieDb, fromId: string, to: Customer, nowIso: string): Promise<MovedComplaint[]> {
  const before: MovedComplaint[] = [];
  await db.complaints
    .where('customerId')
    .equals(fromId)
    .modify((complaint) => {
      const { id, reference, customerId, customerName } = complaint;
      before.push({ id, reference, customerId, customerName });
      const refreshed = withComplaintSearchTerms({ ...complaint, customerId: to.id }, to);
      complaint.customerId = to.id;
      complaint.customerName = refreshed.customerName;
      complaint.searchTerms = refreshed.searchTerms;
      complaint.searchKeys = searchKeysOf(refreshed);
      complaint.updatedAt = nowIso;
    });
  return before;
}

export function createCustomerRepository(db: KlachtenbalieDb) {
  return {
    /** As stored, also a customer merged into another one (`mergedIntoId` says which). */
    get(id: string): Promise<Customer | undefined> {
      return db.customers.get(id);
    },

    /** For the intake: customers whose name, phone, postcode, customer number ... match what is typed. */
    async find(query: string, limit = 8): Promise<Customer[]> {
      const prepared = prepareQuery(query);
      if (!prepared) return [];
      // By name or by details: two indexes (schema version 8), each read until `limit` match.
      const under = (index: 'nameTerms' | 'detailTerms') =>
        db.customers
          .where(index)
          .startsWith(prepared.lookup)
          .distinct()
          .filter((customer) => matchesSearch(customer.searchTerms, prepared.tokens))
          .limit(limit)
          .toArray();
      const [byName, byDetails] = await Promise.all([under('nameTerms'), under('detailTerms')]);
      const found = [...new Map([...byName, ...byDetails].map((customer) => [customer.id, customer])).values()];
      return found.sort((a, b) => a.name.localeCompare(b.name, 'nl')).slice(0, limit);
    },

    /** The customer's complaints, newest received first (the same minute: the one registered last first). */
    async complaints(customerId: string): Promise<Complaint[]> {
      const complaints = await db.complaints.where('customerId').equals(customerId).toArray();
      return complaints.sort((a, b) => b.receivedAt.localeCompare(a.receivedAt) || b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));
    },

    /**
     * Changes a customer (contact details, representative) and, in the same
     * transaction, the name and search terms every complaint of this customer
     * carries, so the list and search never show the old name.
     */
    update(id: string, patch: CustomerPatch, actor: Actor, now: Date = new Date()): Promise<Customer> {
      const nowIso = now.toISOString();
      return db.transaction('rw', [db.customers, db.complaints, db.eventLogs], async () => {
        const existing = await customerToChange(db, id);
        const input = validateOrThrow(customerInputSchema, applyPatch(pickFields(existing, EDITABLE_CUSTOMER_FIELDS), patch));
        const next = withCustomerSearchTerms({ ...existing, ...input, updatedAt: nowIso });
        const changes = diffRecords(existing, next);
        if (changes.length === 0) return existing;

        await db.customers.put(next);
        await appendEvent(
          db,
          makeEvent(
            { type: 'customer_updated', complaintId: null, customerId: id, summary: eventText.customerUpdated(changes), changes },
            actor,
            nowIso,
          ),
        );
        // Complaints carry the customer's name (shown in lists, searched), none of the other details.
        if (next.name !== existing.name) await repointComplaints(db, id, next, nowIso);
        return next;
      });
    },

    /**
     * Merges the duplicate `mergeId` into `keepId`, in one transaction: the
     * kept customer gets the chosen details (see mergedDetails), every
     * complaint and file of the duplicate moves to it, and the duplicate stays
     * as a record marked `mergedIntoId`, without search terms, so search no
     * longer finds it. Events are not rewritten: a 'customers_merged' event on
     * the kept customer lists what moved and which details changed, and each
     * moved complaint gets one of its own.
     */
    merge(keepId: string, mergeId: string, choices: CustomerMergeChoices, actor: Actor, now: Date = new Date()): Promise<Customer> {
      if (keepId === mergeId) return Promise.reject(new ValidationError({ mergeId: MERGE_SELF }, MERGE_SELF));
      const nowIso = now.toISOString();
      return db.transaction('rw', [db.customers, db.complaints, db.attachments, db.eventLogs, ...ANALYSIS_TABLES], async () => {
        const keep = await customerToChange(db, keepId);
        const merged = await customerToChange(db, mergeId);
        const input = validateOrThrow(customerInputSchema, mergedDetails(keep, merged, choices));
        const kept = withCustomerSearchTerms({ ...keep, ...input, updatedAt: nowIso });
        const details = diffRecords(keep, kept);

        await db.customers.put(kept);
        await db.customers.put({ ...merged, mergedIntoId: keepId, searchTerms: [], nameTerms: [], detailTerms: [], updatedAt: nowIso });
        // Customers merged into the duplicate earlier now point at the kept one too: one step, never a chain.
        await db.customers.where('mergedIntoId').equals(mergeId).modify({ mergedIntoId: keepId, updatedAt: nowIso });
        if (kept.name !== keep.name) await repointComplaints(db, keepId, kept, nowIso);
        const moved = await repointComplaints(db, mergeId, kept, nowIso);
        await moveAnalysisCustomer(db, moved.map((complaint) => complaint.id), keepId);
        // Collected while moving them, as repointComplaints does: one pass over the duplicate's files.
        const shownNames: string[] = [];
        await db.attachments
          .where('customerId')
          .equals(mergeId)
          .modify((file) => {
            if (file.removedAt === null) shownNames.push(file.name);
            file.customerId = keepId;
            file.updatedAt = nowIso;
          });

        const summary = customersMergedText({ merged, kept, complaints: moved.length, attachments: shownNames.length, details });
        const changes: FieldChange[] = [
          ...details,
          { field: 'mergedCustomerId', old: null, new: mergeId },
          { field: 'mergedCustomerName', old: null, new: merged.name },
          ...(moved.length > 0 ? [{ field: 'complaints', old: null, new: moved.map((c) => c.reference) }] : []),
          ...(shownNames.length > 0 ? [{ field: 'attachments', old: null, new: shownNames }] : []),
        ];
        const events: ComplaintEvent[] = [
          makeEvent({ type: 'customers_merged', complaintId: null, customerId: keepId, summary, changes }, actor, nowIso),
          ...moved.map((complaint) =>
            makeEvent(
              {
                type: 'customers_merged',
                complaintId: complaint.id,
                customerId: keepId,
                summary: complaintMovedText(merged, kept),
                changes: diffRecords(complaint, { ...complaint, customerId: keepId, customerName: kept.name }),
              },
              actor,
              nowIso,
            ),
          ),
        ];
        await appendEvents(db, events);
        return kept;
      });
    },
  };
}

/**
 * Adds a validated customer with its 'customer_created' event. Call inside a
 * 'rw' transaction over customers and eventLogs (the intake's).
 */
export async function insertCustomer(
  db: KlachtenbalieDb,
  input: CustomerInputOutput,
  actor: Actor,
  nowIso: string,
): Promise<Customer> {
  const customer = newCustomerRecord(newId(), input, nowIso);
  await db.customers.add(customer);
  await appendEvent(db, customerCreatedEvent(customer, actor, nowIso));
  return customer;
}
