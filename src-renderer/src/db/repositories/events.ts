import Dexie from 'dexie';
import type { ComplaintEvent } from '../../domain/model';
import type { KlachtenbalieDb } from '../database';

/** Read-only: events are written only together with the change they record. */
export function createEventRepository(db: KlachtenbalieDb) {
  return {
    /** Oldest first, straight from the [complaintId+at] index. */
    listForComplaint(complaintId: string): Promise<ComplaintEvent[]> {
      return db.events
        .where('[complaintId+at]')
        .between([complaintId, Dexie.minKey], [complaintId, Dexie.maxKey], true, true)
        .toArray();
    },

    /**
     * The customer's own events and those of all their complaints, oldest
     * first. After a merge that includes what happened to the merged customer
     * and to the complaints that moved: events are never rewritten, so those
     * still carry the merged customer's id.
     */
    listForCustomer(customerId: string): Promise<ComplaintEvent[]> {
      return db.transaction('r', [db.events, db.customers, db.complaints], async () => {
        const merged = await db.customers.where('mergedIntoId').equals(customerId).primaryKeys();
        const complaintIds = await db.complaints.where('customerId').equals(customerId).primaryKeys();
        const [ofCustomers, ofComplaints] = await Promise.all([
          db.events.where('customerId').anyOf([customerId, ...merged]).toArray(),
          db.events.where('complaintId').anyOf(complaintIds).toArray(),
        ]);
        const byId = new Map([...ofCustomers, ...ofComplaints].map((event) => [event.id, event]));
        return [...byId.values()].sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
      });
    },
  };
}
