/**
 * The coordinator's desk: what is late, what falls due, who owns what, which
 * owner is due a status check and what nobody picked up. Every list reads an
 * index range with a limit and counts through the index, so it costs the same
 * at 100 or 100,000 complaints; only the rows shown are loaded. Days are
 * yyyy-MM-dd and passed in, so a screen (or a test) can move the clock.
 */
import Dexie from 'dexie';
import type { DeskState } from '../../domain/model';
import { canOwnComplaints } from '../../domain/staff';
import type { KlachtenbalieDb } from '../database';
import { countComplaints, deadlineGroups, dueRange, overdueRange, type DeadlineQuery, type DeskDeadlines } from './deskDeadlines';
import { complaintsInState, ownerOpenComplaints, type DeskComplaintList } from './deskLists';
import { DESK_LIMIT, loadDeskContext, loadStaffNames, type DeskPage } from './deskRows';
import { ownerWorkload, ownsOpenComplaints, statusChecksOf, type OwnerStatusChecks, type OwnerWorkload } from './deskWorkload';

/** Long enough that a save, and the card it opens, never wait behind the badge's count. */
const RECOUNT_DELAY_MS = 1000;

export function createDeskRepository(db: KlachtenbalieDb) {
  /**
   * One read transaction per question, so counts and rows agree with each
   * other. `answer` chains Dexie promises and is no async function (see deskRows).
   */
  function read<T>(answer: () => Promise<T>): Promise<T> {
    return db.transaction('r', [db.openDeadlines, db.complaints, db.staff, db.settings], () => answer());
  }

  /**
   * How many complaints are late on a term (only this owner's, when given),
   * each once, counted in the indexes; its transaction holds only the two
   * tables that count.
   */
  function countOverdue(today: string, ownerId?: string): Promise<number> {
    return db.transaction('r', [db.openDeadlines, db.complaints], () => countComplaints(db, overdueRange(today), ownerId));
  }

  function inState(state: DeskState, page: DeskPage): Promise<DeskComplaintList> {
    return read(() => loadStaffNames(db).then((names) => complaintsInState(db, state, page, names)));
  }

  return {
    /** Open terms due before `today`, per group in the procedure's order (empty groups too, count 0), most overdue first; and how many complaints they are. */
    overdue(today: string, query: DeadlineQuery = {}): Promise<DeskDeadlines> {
      return read(() => loadDeskContext(db, today).then((context) => deadlineGroups(db, overdueRange(today), query, context)));
    },

    /** Open terms due from `today` to `untilDay`, both included, per group, earliest first. */
    dueSoon(today: string, untilDay: string, query: DeadlineQuery = {}): Promise<DeskDeadlines> {
      return read(() => loadDeskContext(db, today).then((context) => deadlineGroups(db, dueRange(today, untilDay), query, context)));
    },

    overdueCount: countOverdue,

    /**
     * The overdue count now and again `delayMs` after the open terms last
     * changed (here or in another window), for the menu badge; returns the
     * unsubscribe. Not a live query: a live count() re-runs on every write to
     * the terms it cannot rule out, which is every save (each rewrites its
     * complaint's term rows), and the save then waited a tenth of a second
     * behind a count of 18,000 overdue terms before its card could show. Writes
     * that keep coming still get a count every `delayMs * 5`.
     */
    watchOverdueCount(today: string, ownerId: string | undefined, onCount: (count: number) => void, delayMs = RECOUNT_DELAY_MS): () => void {
      let stopped = false;
      let timer: ReturnType<typeof setTimeout> | undefined;
      let firstPending: number | null = null;
      let latest = 0;
      const count = () => {
        firstPending = null;
        const asked = ++latest;
        countOverdue(today, ownerId).then(
          // A slow count overtaken by a newer one is dropped.
          (n) => !stopped && asked === latest && onCount(n),
          // A failed count leaves the badge as it was; the next change counts again.
          () => undefined,
        );
      };
      const prefix = `idb://${db.name}/openDeadlines/`;
      const onMutated = (parts: Record<string, unknown>) => {
        // 'all': Dexie could not tell what changed (a page restored from the back-forward cache).
        if (!('all' in parts) && !Object.keys(parts).some((part) => part.startsWith(prefix))) return;
        const now = Date.now();
        firstPending ??= now;
        clearTimeout(timer);
        timer = setTimeout(count, Math.max(0, Math.min(delayMs, firstPending + delayMs * 5 - now)));
      };
      Dexie.on('storagemutated', onMutated);
      count();
      return () => {
        stopped = true;
        clearTimeout(timer);
        Dexie.on('storagemutated').unsubscribe(onMutated);
      };
    },

    /** Open complaints nobody owns while handling is still to be done, longest waiting first. */
    unassigned(page: DeskPage = {}): Promise<DeskComplaintList> {
      return inState('unassigned', page);
    },

    /** Taken by phone or at the desk where only a written complaint counts: its terms wait for that. */
    waitingForWrittenComplaint(page: DeskPage = {}): Promise<DeskComplaintList> {
      return inState('awaiting_written_complaint', page);
    },

    /** Handled complaints whose procedure wants the course evaluated with the customer, not yet done. */
    waitingForEvaluation(page: DeskPage = {}): Promise<DeskComplaintList> {
      return inState('awaiting_evaluation', page);
    },

    /** Handled (and evaluated, where asked) complaints whose procedure closes only after the customer agrees. */
    waitingForAgreement(page: DeskPage = {}): Promise<DeskComplaintList> {
      return inState('awaiting_agreement', page);
    },

    /** Complaints with nothing left but closing. */
    readyToClose(page: DeskPage = {}): Promise<DeskComplaintList> {
      return inState('ready_to_close', page);
    },

    /** One owner's open complaints, the list behind their "Open" number: by desk state, then oldest first. */
    ownerOpen(ownerId: string, page: DeskPage = {}): Promise<DeskComplaintList> {
      return read(() => loadStaffNames(db).then((names) => ownerOpenComplaints(db, ownerId, page, names)));
    },

    /**
     * Per active owner, and anyone else who still owns open complaints (a
     * coordinator given one before the owner role counted, a colleague who
     * left): alphabetical; `weekEnd` is the last day of "deze week".
     */
    workload(today: string, weekEnd: string): Promise<OwnerWorkload[]> {
      return read(() =>
        db.staff.toArray().then((staff) =>
          Dexie.Promise.all(staff.map((member) => (canOwnComplaints(member) ? true : ownsOpenComplaints(db, member.id)))).then((carries) => {
            const owners = staff.filter((_, i) => carries[i]).sort((a, b) => a.name.localeCompare(b.name, 'nl'));
            return Dexie.Promise.all(owners.map((owner) => ownerWorkload(db, owner, today, weekEnd)));
          }),
        ),
      );
    },

    /** Owners with complaints whose status check is due today or overdue, the longest overdue first, each with its first `limit` checks. */
    statusChecksDue(today: string, { limit = DESK_LIMIT }: { limit?: number } = {}): Promise<OwnerStatusChecks[]> {
      return read(() =>
        db.staff.toArray().then((staff) =>
          loadDeskContext(db, today, staff).then((context) =>
            statusChecksOf(db, staff, limit, context).then((due) =>
              due.sort((a, b) => a.oldestDueOn.localeCompare(b.oldestDueOn) || a.ownerName.localeCompare(b.ownerName, 'nl')),
            ),
          ),
        ),
      );
    },
  };
}

export type { DeadlineQuery, DeskDeadlineGroup, DeskDeadlines } from './deskDeadlines';
export type { DeskComplaintList } from './deskLists';
export type { DeskComplaintRow, DeskDeadlineRow, DeskPage } from './deskRows';
export type { OwnerStatusChecks, OwnerWorkload } from './deskWorkload';
export { DESK_LIMIT };
