/**
 * The complaint list in the order of a column, a page at a time. Without a
 * term filter every order comes from an index (schema version 13), read by
 * position as the default order is, so a page costs about the same at 100,000
 * complaints; complaints without a value (no open term, no owner) come last,
 * newest first, and are only found as the rest (see restSegment).
 *
 * "Te laat" and "deze week" range over the next deadline, which no other
 * order can share an index with: those lists hold open complaints only, so
 * their records are read and sorted in memory. That is the one order whose
 * cost grows with the list: a working office has a few hundred, but the demo
 * register of 100,000 has 9,226 overdue, which took 4 to 25 s to read and
 * sort on the busy two-core test machine.
 */
import Dexie from 'dexie';
import { COMPLAINT_STATUSES, type ComplaintStatus } from '../../domain/model';
import { sortComplaints, type ListSort, type SortColumn } from '../../domain/listSort';
import type { KlachtenbalieDb } from '../database';
import { earliestDueFirst, hasDeadlineFilter, type ComplaintFilter } from './complaintOrder';
import { indexSegment, pageAcross, restSegment, type Segment } from './segments';

/** The index each order reads, without and with a status in front. */
const INDEX: Record<Exclude<SortColumn, 'status' | 'owner'>, string> = {
  received: 'receivedAt',
  reference: 'createdAt',
  customer: '[customerName+receivedAt]',
  deadline: 'nextDeadline',
};

const statusIndex = (index: string) => `[status+${index.replace(/^\[|\]$/g, '')}]`;

export async function sortedIdsPage(db: KlachtenbalieDb, filter: ComplaintFilter, sort: ListSort, offset: number, limit: number): Promise<string[]> {
  if (hasDeadlineFilter(filter)) return dueSortedPage(db, filter, sort, offset, limit);
  return pageAcross(await segmentsFor(db, filter.status, sort), offset, limit);
}

async function dueSortedPage(db: KlachtenbalieDb, filter: ComplaintFilter, sort: ListSort, offset: number, limit: number): Promise<string[]> {
  if (sort.column === 'deadline') return pageAcross([indexSegment(() => earliestDueFirst(db, filter), sort.direction === 'desc')], offset, limit);
  const [complaints, ownerName] = await Promise.all([earliestDueFirst(db, filter).toArray(), staffNames(db)]);
  return sortComplaints(complaints, sort, (id) => ownerName.get(id))
    .slice(offset, offset + limit)
    .map((complaint) => complaint.id);
}

async function segmentsFor(db: KlachtenbalieDb, status: ComplaintStatus | undefined, sort: ListSort): Promise<Segment[]> {
  const reversed = sort.direction === 'desc';
  if (sort.column === 'status') {
    const statuses = status ? [status] : reversed ? [...COMPLAINT_STATUSES].reverse() : COMPLAINT_STATUSES;
    return statuses.map((each) => indexSegment(() => inOrder(db, each, INDEX.received), reversed));
  }
  if (sort.column === 'owner') return ownerSegments(db, status, reversed);
  const index = INDEX[sort.column];
  const valued = indexSegment(() => inOrder(db, status, index), reversed);
  if (sort.column !== 'deadline') return [valued];
  return [valued, restSegment(() => newestFirst(db, status), () => inOrder(db, status, index).primaryKeys())];
}

/**
 * One part per owner in the order of their names, and within an owner one per
 * status in the workflow's order (the index holds the status's code, whose
 * order means nothing), then the unassigned.
 */
async function ownerSegments(db: KlachtenbalieDb, status: ComplaintStatus | undefined, reversed: boolean): Promise<Segment[]> {
  const byName = [...(await staffNames(db))].sort(([, a], [, b]) => a.localeCompare(b, 'nl')).map(([id]) => id);
  const statuses = status ? [status] : [...COMPLAINT_STATUSES];
  if (reversed) {
    byName.reverse();
    statuses.reverse();
  }
  const ofOwner = (ownerId: string, each: ComplaintStatus) =>
    db.complaints.where('[ownerId+status+receivedAt]').between([ownerId, each, Dexie.minKey], [ownerId, each, Dexie.maxKey]);
  const parts = byName.flatMap((ownerId) => statuses.map((each) => () => ofOwner(ownerId, each)));
  const owned = async () => (await Promise.all(parts.map((part) => part().primaryKeys()))).flat();
  return [...parts.map((part) => indexSegment(part, reversed)), restSegment(() => newestFirst(db, status), owned)];
}

/** An index in ascending order, limited to one status where asked through the same index with the status in front. */
function inOrder(db: KlachtenbalieDb, status: ComplaintStatus | undefined, index: string) {
  return status === undefined
    ? db.complaints.orderBy(index)
    : db.complaints.where(statusIndex(index)).between([status, Dexie.minKey], [status, Dexie.maxKey]);
}

/** Every id newest received first; read forwards (one getAllKeys) and turned, as a backwards read walks a cursor. */
async function newestFirst(db: KlachtenbalieDb, status: ComplaintStatus | undefined): Promise<string[]> {
  return (await inOrder(db, status, INDEX.received).primaryKeys()).reverse();
}

async function staffNames(db: KlachtenbalieDb): Promise<Map<string, string>> {
  return new Map((await db.staff.toArray()).map((member) => [member.id, member.name]));
}
