/**
 * Version 2 → 3: the pinboard (attachments, files), the customer card and the
 * contact log. New tables start empty. Existing customers get no
 * representative and are merged into nobody; existing contacts get no
 * direction (it was never asked: null, not a guess) and no follow-up.
 */
import type { Transaction } from 'dexie';
import type { Complaint, Customer } from '../../domain/model';

export async function upgradeToVersion3(tx: Transaction): Promise<void> {
  await tx
    .table<Customer, string>('customers')
    .toCollection()
    .modify((customer) => {
      customer.representative ??= null;
      customer.mergedIntoId ??= null;
    });
  await tx
    .table<Complaint, string>('complaints')
    .filter((complaint) => complaint.workflow.contacts.length > 0)
    .modify((complaint) => {
      complaint.workflow.contacts = complaint.workflow.contacts.map((contact) => ({
        ...contact,
        direction: contact.direction ?? null,
        followUpId: contact.followUpId ?? null,
      }));
    });
}
