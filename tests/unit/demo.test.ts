import type { DBCore } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { KlachtenbalieDb } from '../../src-renderer/src/db/database';
import { createRepositories } from '../../src-renderer/src/db/repositories';
import { COMPLAINT_STATUSES } from '../../src-renderer/src/domain/model';
import { parseReference } from '../../src-renderer/src/domain/reference';
import { complaintInputSchema, customerInputSchema } from '../../src-renderer/src/domain/validation';
import { DEMO_NUMBERS_TAKEN } from '../../src-renderer/src/db/repositories/demo';
import { ACTOR, freshDb, intake, NOW } from './support/db';

/** The register's tables that grow with every complaint: the demo writes them in bulk and never reads them back. */
const GROWING = ['customers', 'complaints', 'openDeadlines', 'eventLogs'] as const;

interface Traffic {
  writeTransactions: number;
  /** Per table: write requests and the records they carry. */
  writes: Map<string, { requests: number; records: number }>;
  /** Per table: records read (a cursor counts as a whole table). */
  reads: Map<string, number>;
}

const newTraffic = (): Traffic => ({ writeTransactions: 0, writes: new Map(), reads: new Map() });

/** Counts what reaches the database below the repositories, in a Dexie middleware. */
function countTraffic(down: DBCore, traffic: Traffic): DBCore {
  const read = (table: string, records: number) => traffic.reads.set(table, (traffic.reads.get(table) ?? 0) + records);
  return {
    ...down,
    transaction(stores, mode, options) {
      if (mode === 'readwrite') traffic.writeTransactions += 1;
      return down.transaction(stores, mode, options);
    },
    table(name) {
      const table = down.table(name);
      return {
        ...table,
        mutate(req) {
          const written = traffic.writes.get(name) ?? { requests: 0, records: 0 };
          written.requests += 1;
          written.records += 'values' in req ? req.values.length : 'keys' in req && req.keys ? req.keys.length : 0;
          traffic.writes.set(name, written);
          return table.mutate(req);
        },
        async get(req) {
          const res = await table.get(req);
          if (res !== undefined) read(name, 1);
          return res;
        },
        async getMany(req) {
          const res = await table.getMany(req);
          read(name, res.filter((r) => r !== undefined).length);
          return res;
        },
        async query(req) {
          const res = await table.query(req);
          read(name, res.result.length);
          return res;
        },
        openCursor(req) {
          read(name, 1_000_000);
          return table.openCursor(req);
        },
      };
    },
  };
}

const withoutIds = <T extends { id: string }>(records: T[]) => records.map(({ id: _id, ...rest }) => rest);

describe('demo data', () => {
  it('seeds N complaints with unique references, several per some customers, and valid fields', async () => {
    const { db, repos } = await freshDb();
    const progress: number[] = [];
    const result = await repos.demo.seed(600, { now: NOW, seed: 7, chunkSize: 250, onProgress: (done) => progress.push(done) });

    expect(result.complaints).toBe(600);
    expect(await db.complaints.count()).toBe(600);
    expect(progress).toEqual([0, 250, 500, 600]);
    const complaints = await db.complaints.toArray();
    expect(new Set(complaints.map((c) => c.reference)).size).toBe(600);
    expect(await db.customers.count()).toBeLessThan(600);
    expect(new Set(complaints.map((c) => c.status)).size).toBeGreaterThan(4);
    expect(complaints.every((c) => COMPLAINT_STATUSES.includes(c.status))).toBe(true);

    const received = complaints.map((c) => Date.parse(c.receivedAt));
    expect(Math.max(...received)).toBeLessThanOrEqual(NOW.getTime());
    expect(Math.min(...received)).toBeLessThan(NOW.getTime() - 2.5 * 365 * 86_400_000);

    for (const complaint of complaints.slice(0, 100)) {
      expect(complaintInputSchema.safeParse(complaint).success).toBe(true);
      const events = await repos.events.listForComplaint(complaint.id);
      expect(events.length).toBeGreaterThanOrEqual(1);
      expect(events.every((event) => Date.parse(event.at) <= NOW.getTime())).toBe(true);
      // A file that got as far as acknowledged shows that step on its timeline, as one recorded through the card would.
      if (complaint.workflow.acknowledgement) expect(events.some((event) => event.summary.startsWith('Ontvangstbevestiging verstuurd op'))).toBe(true);
    }
    // The bench's 100,000 complaints come with 500,000 events: five per complaint, counting the customer's own.
    expect(result.events / result.complaints).toBeGreaterThanOrEqual(5);
    for (const customer of (await db.customers.toArray()).slice(0, 100)) {
      expect(customerInputSchema.safeParse(customer).success).toBe(true);
    }
  });

  it('fills the measures register from the complaints\' corrective actions, some measures shared, and gives handled files a satisfaction answer', async () => {
    const { db, repos } = await freshDb();
    await repos.demo.seed(400, { now: NOW, seed: 11, chunkSize: 200 });
    const measures = await db.measures.toArray();
    const complaints = await db.complaints.toArray();
    expect(measures.length).toBeGreaterThan(10);
    // Every measure is on each card it came from, and every card's measure is in the register.
    const byId = new Map(complaints.map((complaint) => [complaint.id, complaint]));
    for (const measure of measures) {
      expect(measure.causeCategory).not.toBe('');
      for (const id of measure.complaintIds) expect(byId.get(id)?.workflow.correctiveActions.map((a) => a.id)).toContain(measure.id);
    }
    const inRegister = new Set(measures.map((m) => m.id));
    expect(complaints.flatMap((c) => c.workflow.correctiveActions).every((a) => inRegister.has(a.id))).toBe(true);
    expect(measures.some((m) => m.complaintIds.length > 1)).toBe(true);
    expect(measures.some((m) => m.check?.result === 'effective')).toBe(true);
    const answers = complaints.flatMap((c) => (c.satisfaction ? [c.satisfaction] : []));
    expect(answers.some((a) => a.answer === 'given' && a.score !== null && a.solved !== null)).toBe(true);
    expect(answers.some((a) => a.answer === 'not_asked')).toBe(true);
    expect(complaints.filter((c) => c.satisfaction && !['resolved', 'evaluated', 'closed'].includes(c.status))).toEqual([]);
  });

  it('numbers each year from 0001 in order of registration, and new complaints continue after them', async () => {
    const { db, repos } = await freshDb();
    await repos.demo.seed(300, { now: NOW, seed: 3, chunkSize: 100 });
    const thisYear = (await db.complaints.toArray())
      .map((c) => ({ created: c.createdAt, parsed: parseReference(c.reference) }))
      .filter((c) => c.parsed?.year === 2026)
      .sort((a, b) => (a.parsed?.sequence ?? 0) - (b.parsed?.sequence ?? 0));
    expect(thisYear.length).toBeGreaterThan(0);
    expect(thisYear.map((c) => c.parsed?.sequence)).toEqual(thisYear.map((_, i) => i + 1));
    expect(thisYear.map((c) => c.created)).toEqual(thisYear.map((c) => c.created).sort());

    const { complaint } = await repos.complaints.create(intake(), ACTOR, NOW);
    expect(parseReference(complaint.reference)).toEqual({ year: 2026, sequence: thisYear.length + 1 });
  });

  it('continues numbering when seeded into a register that already has complaints', async () => {
    const { db, repos } = await freshDb();
    await repos.complaints.create(intake(), ACTOR, NOW);
    await repos.demo.seed(100, { now: NOW, seed: 1 });
    await repos.demo.seed(100, { now: NOW, seed: 1 });
    const references = (await db.complaints.toArray()).map((c) => c.reference);
    expect(new Set(references).size).toBe(201);
    expect(await db.staff.count()).toBeGreaterThan(0);
  });

  it('gives one complaint in `longFileEvery` in handling a long file of fifty mixed events, leaving the others as they were', async () => {
    const seedWith = async (longFileEvery: number) => {
      const { db, repos } = await freshDb();
      await repos.demo.seed(300, { now: NOW, seed: 5, longFileEvery });
      const complaints = await db.complaints.toArray();
      const logs = new Map((await db.eventLogs.bulkGet(complaints.map((c) => c.id))).map((log, i) => [complaints[i]?.reference, log?.events ?? []]));
      return { complaints, logs };
    };
    const long = await seedWith(10);
    const plain = await seedWith(0);
    const files = [...long.logs].filter(([, events]) => events.length >= 50);
    expect(files.length).toBeGreaterThan(2);
    for (const [reference, events] of files) {
      expect(events).toHaveLength(50);
      expect((parseReference(reference ?? '')?.sequence ?? 1) % 10).toBe(0);
      const types = new Set(events.map((event) => event.type));
      for (const type of ['contact', 'letter_made', 'attachment_added', 'status_changed', 'customers_merged', 'note']) expect(types).toContain(type);
      expect(events.every((event) => Date.parse(event.at) <= NOW.getTime())).toBe(true);
    }
    // The long files draw on a random stream of their own: the register is otherwise the same.
    const shape = (complaints: typeof long.complaints) => complaints.map(({ reference, status, summary, receivedAt }) => ({ reference, status, summary, receivedAt })).sort((a, b) => a.reference.localeCompare(b.reference));
    expect(shape(long.complaints)).toEqual(shape(plain.complaints));
    for (const [reference, events] of plain.logs) if (!files.some(([long]) => long === reference)) expect(long.logs.get(reference)).toHaveLength(events.length);
  });

  it('gives the same data for the same seed', async () => {
    const strip = async (seed: number) => {
      const { db, repos } = await freshDb();
      await repos.demo.seed(50, { now: NOW, seed });
      const customers = (await db.customers.toArray()).sort((a, b) => a.name.localeCompare(b.name));
      return withoutIds(customers).map(({ name, phone, postcode, street }) => ({ name, phone, postcode, street }));
    };
    expect(await strip(11)).toEqual(await strip(11));
    expect(await strip(11)).not.toEqual(await strip(12));
  });
});

describe('registering a complaint while demo data is being made', () => {
  it('stops the demo with a clear message instead of giving a reference twice, keeping what was made', async () => {
    const { db, repos } = await freshDb();
    let registered: Promise<unknown> | null = null;
    const seeding = repos.demo.seed(600, {
      now: NOW,
      seed: 3,
      chunkSize: 100,
      // After the first chunk someone registers a complaint of this year, whose numbers the demo's last chunks already use.
      onProgress: (done) => {
        if (done === 100) registered = repos.complaints.create(intake({ customer: { name: 'Tussendoor' } }), ACTOR, NOW);
      },
    });
    await expect(seeding).rejects.toThrow(DEMO_NUMBERS_TAKEN);
    await registered;
    const complaints = await db.complaints.toArray();
    expect(new Set(complaints.map((c) => c.reference)).size).toBe(complaints.length);
    expect(complaints.length).toBeGreaterThan(100);
    expect(complaints.length).toBeLessThan(601);
    expect(complaints.some((c) => c.customerName === 'Tussendoor')).toBe(true);
    expect(await repos.complaints.count({})).toBe(complaints.length);
  });
});

describe('demo workflows', () => {
  it('match each complaint’s status, with next deadlines spread around now', async () => {
    const { db, repos } = await freshDb();
    await repos.demo.seed(800, { now: NOW, seed: 5 });
    const complaints = await db.complaints.toArray();
    const procedure = await repos.procedures.current();
    const rank = ['registered', 'acknowledged', 'in_progress', 'judged', 'resolved', 'evaluated', 'closed'];
    for (const c of complaints) {
      expect(c.workflow.procedureVersionId).toBe(procedure.id);
      const reached = rank.indexOf(c.status === 'escalated' ? 'judged' : c.status);
      if (reached >= 1) expect(c.workflow.acknowledgement).not.toBeNull();
      if (reached >= 2) expect(c.ownerId).not.toBeNull();
      if (reached >= 3) expect(c.workflow.judgement).not.toBeNull();
      if (reached >= 4) expect(c.workflow.solution?.carriedOutOn).toBeTruthy();
      if (reached >= 5) expect(c.workflow.evaluation).not.toBeNull();
      if (c.status === 'closed') expect(c.workflow.closedOn).not.toBeNull();
      if (c.status === 'settled') expect(c.workflow.informalSettlement).not.toBeNull();
      if (c.status === 'escalated') expect(c.workflow.escalations.filter((e) => e.status === 'open')).toHaveLength(1);
      if (c.status === 'closed' || c.status === 'withdrawn') expect(c.workflow.retentionUntil).not.toBeNull();
      // Every date the workflow holds lies between receipt and now.
      for (const day of JSON.stringify(c.workflow).match(/\d{4}-\d{2}-\d{2}/g) ?? []) {
        if (day === c.workflow.retentionUntil || c.workflow.correctiveActions.some((a) => a.effectivenessCheckDueOn === day || a.dueOn === day)) continue;
        if (c.workflow.solution?.agreedRepairOn === day || c.workflow.escalations.some((e) => e.dueOn === day)) continue;
        expect(day <= '2026-03-10').toBe(true);
      }
    }
    const today = '2026-03-10';
    const overdue = await repos.complaints.count({ overdue: today });
    const soon = await repos.complaints.count({ dueWithin: { from: today, to: '2026-03-17' } });
    expect(overdue).toBeGreaterThan(5);
    expect(soon).toBeGreaterThan(5);
    // What is stored is what the domain computes.
    for (const c of complaints.slice(0, 50)) {
      const next = (await repos.complaints.deadlines(c.id, today)).filter((d) => d.metOn === null && d.kind !== 'retention').map((d) => d.dueOn).sort()[0];
      expect(c.nextDeadline).toBe(next ?? null);
    }
  });

  it('seeds 10,000 complaints in a few bulk writes per chunk, reading back none of what it writes', async () => {
    const traffic = newTraffic();
    const db = new KlachtenbalieDb('demo-traffic', { indexedDB: new IDBFactory(), IDBKeyRange });
    db.use({ stack: 'dbcore', name: 'countTraffic', create: (down) => countTraffic(down, traffic) });
    await db.open();
    const repos = createRepositories(db);
    const openingTransactions = traffic.writeTransactions;

    const result = await repos.demo.seed(10_000, { now: NOW, seed: 2 });

    expect(result.complaints).toBe(10_000);
    expect(await db.complaints.count()).toBe(10_000);
    // The default chunk is 2,000 complaints: five chunks, each one write transaction, and one to read the staff and procedure.
    const chunks = 5;
    expect(traffic.writeTransactions - openingTransactions).toBe(chunks + 1);
    for (const table of GROWING) {
      // One bulk request per chunk and table, whatever the number of records in it…
      expect(traffic.writes.get(table)?.requests, table).toBe(chunks);
      // …and not one record of the register read back: the work grows with the chunks, not with what is already stored.
      expect(traffic.reads.get(table) ?? 0, table).toBe(0);
    }
    expect(traffic.writes.get('complaints')?.records).toBe(10_000);
    // The counters: per chunk the numbers checked in one read and each year's counter raised, and the complaint total.
    expect(traffic.writes.get('counters')?.requests).toBeLessThanOrEqual(chunks * 5);
  }, 120_000);
});
