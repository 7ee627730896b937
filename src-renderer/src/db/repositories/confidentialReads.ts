/**
 * Who opened a confidential complaint, and when: an event in the complaint's
 * own log, so the history shows every reader beside what was done.
 */
import { eventText } from '../../domain/eventText';
import type { Actor } from '../../domain/model';
import type { KlachtenbalieDb } from '../database';
import { makeEvent } from './eventLog';
import { appendEvents } from './eventStore';

export function createConfidentialReadRepository(db: KlachtenbalieDb) {
  return {
    /** Logs that `actor` opened the card; nothing for a complaint that is not (or no longer) confidential. */
    opened(complaintId: string, actor: Actor, now: Date = new Date()): Promise<void> {
      return db.transaction('rw', [db.complaints, db.eventLogs], async () => {
        const complaint = await db.complaints.get(complaintId);
        if (!complaint?.confidential) return;
        const summary = eventText.confidentialOpened(actor.name);
        const event = makeEvent({ type: 'confidential_opened', complaintId, customerId: complaint.customerId, summary, changes: [] }, actor, now.toISOString());
        await appendEvents(db, [event]);
      });
    },
  };
}
