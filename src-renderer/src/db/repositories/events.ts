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

    /** The customer's own events and those of all their complaints, oldest first. */
    listForCustomer(customerId: string): Promise<ComplaintEvent[]> {
      return db.events.where('customerId').equals(customerId).sortBy('at');
    },
  };
}
