import { customerLogId } from '../../domain/eventLogs';
import type { ComplaintEvent } from '../../domain/model';
import type { KlachtenbalieDb } from '../database';
import { eventsOfLogs } from './eventStore';

/** Read-only: events are written only together with the change they record. */
export function createEventRepository(db: KlachtenbalieDb) {
  return {
    /** Oldest first: the complaint's own log, one read. */
    listForComplaint(complaintId: string): Promise<ComplaintEvent[]> {
      return eventsOfLogs(db, [complaintId]);
    },

    /**
     * The customer's own events and those of all their complaints, oldest
     * first. After a merge that includes what happened to the merged customer
     * and to the complaints that moved: events are never rewritten, so the
     * merged customer's own events stay in its log.
     */
    listForCustomer(customerId: string): Promise<ComplaintEvent[]> {
      return db.transaction('r', [db.eventLogs, db.customers, db.complaints], async () => {
        const merged = await db.customers.where('mergedIntoId').equals(customerId).primaryKeys();
        const complaintIds = await db.complaints.where('customerId').equals(customerId).primaryKeys();
        return eventsOfLogs(db, [...[customerId, ...merged].map(customerLogId), ...complaintIds]);
      });
    },
  };
}
