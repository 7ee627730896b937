/** The desk's complaint lists by desk state, longest waiting first, from `[deskState+receivedAt]`. */
import Dexie from 'dexie';
import type { DeskState } from '../../domain/model';
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

export async function complaintsInState(
  db: KlachtenbalieDb,
  state: DeskState,
  page: DeskPage,
  staffNames: ReadonlyMap<string, string>,
): Promise<DeskComplaintList> {
  const { limit = DESK_LIMIT, offset = 0 } = page;
  const [count, complaints] = await Promise.all([inState(db, state).count(), inState(db, state).offset(offset).limit(limit).toArray()]);
  return { count, rows: complaints.map((complaint) => complaintRow(complaint, staffNames)) };
}
