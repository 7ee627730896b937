import Dexie from 'dexie';
import type { Complaint, ComplaintStatus } from '../../domain/model';
import type { KlachtenbalieDb } from '../database';

export interface ComplaintFilter {
  status?: ComplaintStatus;
}

/** Complaints newest received first, straight from an index; take keys from it to stay cheap. */
export function newestReceivedFirst(db: KlachtenbalieDb, { status }: ComplaintFilter) {
  const ordered =
    status === undefined
      ? db.complaints.orderBy('receivedAt')
      : db.complaints.where('[status+receivedAt]').between([status, Dexie.minKey], [status, Dexie.maxKey], true, true);
  return ordered.reverse();
}

export const byNewestReceipt = (a: Complaint, b: Complaint) =>
  a.receivedAt < b.receivedAt ? 1 : a.receivedAt > b.receivedAt ? -1 : 0;
