import { diffRecords } from '../../domain/diff';
import { RecordNotFoundError, validateOrThrow } from '../../domain/errors';
import { eventText } from '../../domain/eventText';
import { newId } from '../../domain/ids';
import type { Actor, Customer } from '../../domain/model';
import {
  applyPatch,
  EDITABLE_CUSTOMER_FIELDS,
  newCustomerRecord,
  pickFields,
  withComplaintSearchTerms,
  withCustomerSearchTerms,
} from '../../domain/records';
import { matchesSearch } from '../../domain/search';
import { customerInputSchema, type CustomerInput, type CustomerInputOutput } from '../../domain/validation';
import type { KlachtenbalieDb } from '../database';
import { customerCreatedEvent, makeEvent } from './eventLog';
import { prepareQuery } from './lookup';

export type CustomerPatch = Partial<CustomerInput>;

export const CUSTOMER_NOT_FOUND = 'Deze klant bestaat niet (meer). Misschien is hij op een andere werkplek verwijderd.';

export function createCustomerRepository(db: KlachtenbalieDb) {
  return {
    get(id: string): Promise<Customer | undefined> {
      return db.customers.get(id);
    },

    /** For the intake: customers whose name, phone, postcode, customer number ... match what is typed. */
    async find(query: string, limit = 8): Promise<Customer[]> {
      const prepared = prepareQuery(query);
      if (!prepared) return [];
      const found = await db.customers
        .where('searchTerms')
        .startsWith(prepared.lookup)
        .distinct()
        .filter((customer) => matchesSearch(customer.searchTerms, prepared.tokens))
        .limit(limit)
        .toArray();
      return found.sort((a, b) => a.name.localeCompare(b.name, 'nl'));
    },

    /**
     * Changes a customer and, in the same transaction, the name and search terms
     * every complaint of this customer carries, so the list and search never show the old name.
     */
    update(id: string, patch: CustomerPatch, actor: Actor, now: Date = new Date()): Promise<Customer> {
      const nowIso = now.toISOString();
      return db.transaction('rw', [db.customers, db.complaints, db.events], async () => {
        const existing = await db.customers.get(id);
        if (!existing) throw new RecordNotFoundError(CUSTOMER_NOT_FOUND);
        const input = validateOrThrow(customerInputSchema, applyPatch(pickFields(existing, EDITABLE_CUSTOMER_FIELDS), patch));
        const next = withCustomerSearchTerms({ ...existing, ...input, updatedAt: nowIso });
        const changes = diffRecords(existing, next);
        if (changes.length === 0) return existing;

        await db.customers.put(next);
        await db.events.add(
          makeEvent(
            { type: 'customer_updated', complaintId: null, customerId: id, summary: eventText.customerUpdated(changes), changes },
            actor,
            nowIso,
          ),
        );
        await db.complaints
          .where('customerId')
          .equals(id)
          .modify((complaint) => {
            const refreshed = withComplaintSearchTerms(complaint, next);
            complaint.customerName = refreshed.customerName;
            complaint.searchTerms = refreshed.searchTerms;
            complaint.updatedAt = nowIso;
          });
        return next;
      });
    },
  };
}

/**
 * Adds a validated customer with its 'customer_created' event. Call inside a
 * 'rw' transaction over customers and events (the intake's).
 */
export async function insertCustomer(
  db: KlachtenbalieDb,
  input: CustomerInputOutput,
  actor: Actor,
  nowIso: string,
): Promise<Customer> {
  const customer = newCustomerRecord(newId(), input, nowIso);
  await db.customers.add(customer);
  await db.events.add(customerCreatedEvent(customer, actor, nowIso));
  return customer;
}
