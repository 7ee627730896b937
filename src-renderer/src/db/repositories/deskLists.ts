/** The desk's complaint lists by desk state, longest waiting first, from `[deskState+receivedAt]`. */
import Dexie from 'dexie';
import { DESK_STATES, type DeskState } from '../../domain/model';
import type { KlachtenbalieDb } from '../database';
import { complaintRow, DESK_LIMIT, type DeskComplaintRow, type DeskPage } from './deskRows';

export interface DeskComplaintList {
  /** Exact, however few rows are loaded. */
  count: number;
  rows: DeskComplaintRow[];
}

function inState(db: KlachtenbalieDb, state: DeskState) {
  return db.complaints.where('[deskState+receivedAt]').between([state, Dexie.minKey], [state, Dexie.maxKey], true, true);
}

export function complaintsInState(db: KlachtenbalieDb, state: DeskState, page: DeskPage, staffNames: ReadonlyMap<string, string>): Promise<DeskComplaintList> {
  const { limit = DESK_LIMIT, offset = 0 } = page;
  return Dexie.Promise.all([inState(db, state).count(), inState(db, state).offset(offset).limit(limit).toArray()]).then(([count, complaints]) => ({
    count,
    rows: complaints.map((complaint) => complaintRow(complaint, staffNames)),
  }));
}

export function ownerInState(db: KlachtenbalieDb, ownerId: string, state: DeskState) {
  return db.complaints.where('[ownerId+deskState+receivedAt]').between([ownerId, state, Dexie.minKey], [ownerId, state, Dexie.maxKey], true, true);
}

/** Which part of each list a page over the lists one after another covers: per list an offset and a limit. */
export function pageAcross<K>(lists: readonly { key: K; count: number }[], { limit = DESK_LIMIT, offset = 0 }: DeskPage): { key: K; offset: number; limit: number }[] {
  const slices: { key: K; offset: number; limit: number }[] = [];
  let skip = offset;
  let wanted = limit;
  for (const { key, count } of lists) {
    if (wanted <= 0) break;
    if (skip >= count) {
      skip -= count;
      continue;
    }
    const take = Math.min(wanted, count - skip);
    slices.push({ key, offset: skip, limit: take });
    wanted -= take;
    skip = 0;
  }
  return slices;
}

/**
 * An owner's open complaints: the list behind "Open" in the workload. By desk
 * state in DESK_STATES order (handling first, then what waits on the
 * customer), oldest first within a state. Paged across the states by their
 * index counts, so only the rows of the page are loaded.
 */
export function ownerOpenComplaints(db: KlachtenbalieDb, ownerId: string, page: DeskPage, staffNames: ReadonlyMap<string, string>): Promise<DeskComplaintList> {
  return Dexie.Promise.all(DESK_STATES.map((state) => ownerInState(db, ownerId, state).count())).then((counts) => {
    const lists = DESK_STATES.map((state, i) => ({ key: state, count: counts[i] ?? 0 }));
    const slices = pageAcross(lists, page).map(({ key, offset, limit }) => ownerInState(db, ownerId, key).offset(offset).limit(limit).toArray());
    return Dexie.Promise.all(slices).then((found) => ({
      count: counts.reduce((sum, n) => sum + n, 0),
      rows: found.flat().map((complaint) => complaintRow(complaint, staffNames)),
    }));
  });
}
