import type { DBCore } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeAll, describe, expect, it } from 'vitest';
import { KlachtenbalieDb } from '../../src-renderer/src/db/database';
import { createRepositories, type Repositories } from '../../src-renderer/src/db/repositories';
import { openDeadlineRecords } from '../../src-renderer/src/domain/deadlines';
import { DESK_GROUPS, deskStateOf } from '../../src-renderer/src/domain/desk';
import type { Complaint, OpenDeadline } from '../../src-renderer/src/domain/model';
import type { Procedure } from '../../src-renderer/src/domain/procedure';
import { NOW } from './support/db';

const COUNT = 5000;
const TODAY = '2026-03-10';
const WEEK_END = '2026-03-13';

/**
 * Records handed out by the database, counted below the repositories: what the desk really loads. The two tables
 * that grow with the register are counted; a cursor over either would walk it record by record, which the desk must
 * never need, so it counts as a whole register read.
 */
const GROWING = ['complaints', 'openDeadlines'] as const;
type Growing = (typeof GROWING)[number];
const reads: Record<Growing, number> = { complaints: 0, openDeadlines: 0 };
const WHOLE_TABLE = 1_000_000;

function countRecordReads(down: DBCore): DBCore {
  return {
    ...down,
    table(name) {
      const table = down.table(name);
      if (!(GROWING as readonly string[]).includes(name)) return table;
      const counted = name as Growing;
      return {
        ...table,
        async query(req) {
          const res = await table.query(req);
          if (req.values) reads[counted] += res.result.length;
          return res;
        },
        async getMany(req) {
          const res = await table.getMany(req);
          reads[counted] += res.filter(Boolean).length;
          return res;
        },
        async get(req) {
          const res = await table.get(req);
          if (res) reads[counted] += 1;
          return res;
        },
        openCursor(req) {
          reads[counted] += WHOLE_TABLE;
          return table.openCursor(req);
        },
      };
    },
  };
}

/**
 * The demo register at a few thousand complaints: the desk's answers equal a
 * full scan computed by the domain, while it loads only the rows it shows.
 */
describe('the desk on a larger register', () => {
  let db: KlachtenbalieDb;
  let repos: Repositories;
  let all: Complaint[];
  let rows: OpenDeadline[];

  beforeAll(async () => {
    db = new KlachtenbalieDb('desk-scale', { indexedDB: new IDBFactory(), IDBKeyRange });
    db.use({ stack: 'dbcore', name: 'countRecordReads', create: countRecordReads });
    await db.open();
    repos = createRepositories(db);
    await repos.demo.seed(COUNT, { now: NOW, seed: 9 });
    all = await db.complaints.toArray();
    rows = await db.openDeadlines.toArray();
  }, 120_000);

  it('stores exactly the open terms and desk state the domain computes for every complaint', async () => {
    const procedures = new Map((await db.procedures.toArray()).map((p): [string, Procedure] => [p.id, p]));
    const calendar = await repos.closingDays.calendar();
    const expected: OpenDeadline[] = [];
    for (const complaint of all) {
      const procedure = procedures.get(complaint.workflow.procedureVersionId);
      if (!procedure) throw new Error('procedure missing');
      expected.push(...openDeadlineRecords(complaint, procedure, calendar));
      expect(complaint.deskState).toBe(deskStateOf(complaint, procedure));
    }
    const byId = (a: OpenDeadline, b: OpenDeadline) => a.id.localeCompare(b.id);
    expect([...rows].sort(byId)).toEqual(expected.sort(byId));
    // The demo has every list to show.
    for (const state of ['unassigned', 'in_handling', 'awaiting_evaluation', 'ready_to_close'] as const) {
      expect(all.filter((c) => c.deskState === state).length).toBeGreaterThan(0);
    }
  });

  it('answers the whole desk with exact counts, loading only the rows it shows', async () => {
    reads.complaints = 0;
    reads.openDeadlines = 0;
    const [overdue, soon, workload, checks, unassigned, evaluation] = await Promise.all([
      repos.desk.overdue(TODAY, { limit: 10 }),
      repos.desk.dueSoon(TODAY, WEEK_END, { limit: 10 }),
      repos.desk.workload(TODAY, WEEK_END),
      repos.desk.statusChecksDue(TODAY, { limit: 5 }),
      repos.desk.unassigned({ limit: 10 }),
      repos.desk.waitingForEvaluation({ limit: 10 }),
    ]);
    console.log(`desk on ${COUNT} complaints (${rows.length} open terms): ${reads.complaints} complaint and ${reads.openDeadlines} term records read`);

    const overdueRows = rows.filter((r) => r.dueOn < TODAY);
    const soonRows = rows.filter((r) => r.dueOn >= TODAY && r.dueOn <= WEEK_END);
    for (const group of DESK_GROUPS) {
      const inGroup = (r: OpenDeadline) => group.kinds.includes(r.kind);
      const late = overdue.groups.find((g) => g.key === group.key);
      expect(late?.count).toBe(overdueRows.filter(inGroup).length);
      expect(late?.rows.length).toBe(Math.min(10, late?.count ?? 0));
      expect(late?.rows.map((r) => r.dueOn)).toEqual(late?.rows.map((r) => r.dueOn).sort());
      expect(soon.groups.find((g) => g.key === group.key)?.count).toBe(soonRows.filter(inGroup).length);
    }
    expect(overdue.groups.reduce((n, g) => n + g.count, 0)).toBeGreaterThan(50);
    // Complaints, each once, however many of its terms are in range.
    const complaintsOf = (terms: OpenDeadline[]) => new Set(terms.map((r) => r.complaintId)).size;
    expect(overdue.complaints).toBe(complaintsOf(overdueRows));
    expect(overdue.complaints).toBeLessThan(overdueRows.length);
    expect(soon.complaints).toBe(complaintsOf(soonRows));

    for (const owner of workload) {
      expect(owner.overdue).toBe(complaintsOf(overdueRows.filter((r) => r.ownerId === owner.ownerId)));
      expect(owner.dueThisWeek).toBe(complaintsOf(soonRows.filter((r) => r.ownerId === owner.ownerId)));
      const open = all.filter((c) => c.ownerId === owner.ownerId && c.deskState);
      expect(owner.open).toBe(open.length);
      expect(owner.oldestOpen?.receivedAt ?? null).toBe(open.map((c) => c.receivedAt).sort()[0] ?? null);
    }
    const checksDue = rows.filter((r) => r.kind === 'status_check' && r.dueOn <= TODAY);
    expect(checks.reduce((n, o) => n + o.count, 0)).toBe(checksDue.length);
    expect(unassigned.count).toBe(all.filter((c) => c.deskState === 'unassigned').length);
    expect(evaluation.count).toBe(all.filter((c) => c.deskState === 'awaiting_evaluation').length);

    // Shown rows (at most 10 per group and list, 5 per owner) plus each owner's oldest per desk state: never the register.
    expect(reads.complaints).toBeLessThan(2 * 9 * 10 + 10 + 10 + checks.length * 5 + workload.length * 5 + 1);
    // Terms: at most 10 per kind and range (a group of two kinds reads 10 of each before merging), 5 per owner's checks.
    const kinds = DESK_GROUPS.flatMap((group) => group.kinds).length;
    expect(reads.openDeadlines).toBeLessThanOrEqual(2 * kinds * 10 + checks.length * 5);
    expect(reads.openDeadlines).toBeLessThan(rows.length / 4);
  });
});
