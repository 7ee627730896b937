import type { WorkingDayCalendar } from '../../domain/calendar';
import { indexedRecords } from '../../domain/desk';
import type { Complaint, OpenDeadline, SearchKey } from '../../domain/model';
import type { Procedure } from '../../domain/procedure';
import type { KlachtenbalieDb } from '../database';
import { slices } from './slices';

/** Complaints restamped per step: bounded memory at any register size. */
const RESTAMP_SLICE = 500;

/**
 * The tables a restamp reads and writes: the open database's, or those of an
 * upgrade's transaction (a schema upgrade counts terms again with them).
 */
export type StampTables = Pick<KlachtenbalieDb, 'complaints' | 'openDeadlines'>;

/**
 * Recomputes the stored next deadline and the open-deadline rows of every
 * complaint that has an open term, after the calendar changed. Inside a 'rw'
 * transaction over complaints, openDeadlines and procedures. Only complaints
 * with an open term can move: a calendar never meets or opens a term, so the
 * rest have nothing to recompute.
 */
export async function restampNextDeadlines(db: KlachtenbalieDb, calendar: WorkingDayCalendar): Promise<void> {
  const procedures = new Map((await db.procedures.toArray()).map((p): [string, Procedure] => [p.id, p]));
  const ids = await db.complaints.where('nextDeadline').aboveOrEqual('').primaryKeys();
  for (const slice of slices(ids, RESTAMP_SLICE)) {
    const stored = (await db.complaints.bulkGet(slice)).filter((complaint): complaint is Complaint => complaint !== undefined);
    await restampComplaints(db, stored.map((complaint) => ({ stored: complaint, current: complaint })), procedures, calendar);
  }
}

/**
 * A complaint as stored, and as its terms are to be counted now: the same
 * record, or one whose recorded due days were counted again (a schema upgrade).
 */
interface Restamp {
  stored: Complaint;
  current: Complaint;
}

/**
 * Stores each complaint's indexed fields and open-deadline rows as counted on
 * `calendar`, writing only the complaints and rows that moved: a calendar
 * change moves few terms, and at 100,000 complaints rewriting every record
 * with its index entries is what would keep the office waiting. A complaint
 * whose procedure version is unknown is left as it is: its terms are unknown.
 */
export async function restampComplaints(
  tables: StampTables,
  complaints: readonly Restamp[],
  procedures: ReadonlyMap<string, Procedure>,
  calendar: WorkingDayCalendar,
): Promise<void> {
  const changed: Complaint[] = [];
  const rows = new Map<string, OpenDeadline>();
  const counted: string[] = [];
  for (const { stored, current } of complaints) {
    const procedure = procedures.get(current.workflow.procedureVersionId);
    if (!procedure) continue;
    const next = indexedRecords(current, procedure, calendar);
    if (!sameStamp(stored, next.complaint)) changed.push(next.complaint);
    // Rows are written with the next deadline, from one count: a complaint stored without one has none to look up.
    if (stored.nextDeadline !== null || next.openDeadlines.length > 0) counted.push(stored.id);
    for (const row of next.openDeadlines) rows.set(row.id, row);
  }
  if (changed.length > 0) await tables.complaints.bulkPut(changed);
  // One lookup per complaint rather than anyOf: a cursor jumping over 500 keys is many times slower here.
  const found = await Promise.all(counted.map((id) => tables.openDeadlines.where('complaintId').equals(id).toArray()));
  const before = new Map(found.flat().map((row): [string, OpenDeadline] => [row.id, row]));
  const gone = [...before.keys()].filter((id) => !rows.has(id));
  const moved = [...rows.values()].filter((row) => !sameRow(row, before.get(row.id)));
  if (gone.length > 0) await tables.openDeadlines.bulkDelete(gone);
  if (moved.length > 0) await tables.openDeadlines.bulkPut(moved);
}

/** indexedRecords keeps the workflow object unless something in it was counted again, so identity tells. */
function sameStamp(a: Complaint, b: Complaint): boolean {
  return (
    a.workflow === b.workflow &&
    a.nextDeadline === b.nextDeadline &&
    a.nextDeadlineKind === b.nextDeadlineKind &&
    a.deskState === b.deskState &&
    sameSearchKeys(a.searchKeys, b.searchKeys)
  );
}

function sameSearchKeys(a: readonly SearchKey[] | undefined, b: readonly SearchKey[]): boolean {
  return a !== undefined && a.length === b.length && a.every(([term, at], i) => term === b[i]![0] && at === b[i]![1]);
}

function sameRow(a: OpenDeadline, b: OpenDeadline | undefined): boolean {
  return b !== undefined && a.complaintId === b.complaintId && a.kind === b.kind && a.itemId === b.itemId && a.dueOn === b.dueOn && a.ownerId === b.ownerId;
}
