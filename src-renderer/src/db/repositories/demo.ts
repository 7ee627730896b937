import type { Actor } from '../../domain/model';
import { formatReference, referenceCounterId } from '../../domain/reference';
import type { KlachtenbalieDb } from '../database';
import { DemoGenerator, demoStaff } from '../demo/generate';
import { loadCalendar } from './closingDays';
import { countAddedComplaints, raiseCounter } from './counters';
import { storedCurrentProcedure } from './procedures';

export interface SeedOptions {
  /** The moment the data is "made": complaints are spread over the three years before it. */
  now?: Date;
  /** The same seed gives the same names, dates and texts (ids are always fresh UUIDs). */
  seed?: number;
  /** Complaints per transaction. */
  chunkSize?: number;
  /** Who registers the demo complaints and customers; follow-up events are by demo staff. */
  actor?: Actor;
  onProgress?: (done: number, total: number) => void;
}

export interface SeedResult {
  complaints: number;
  customers: number;
  events: number;
}

const REFERENCE_COUNTER_PREFIX = referenceCounterId(0).replace(/0$/, '');

export function createDemoRepository(db: KlachtenbalieDb) {
  return {
    /**
     * Adds `count` demo complaints with their customers and events. Each chunk
     * is one transaction that also moves the reference counters on, so a new
     * complaint continues after the demo ones, even if seeding stops halfway.
     * Works on a database that already holds complaints: numbering continues.
     */
    async seed(count: number, options: SeedOptions = {}): Promise<SeedResult> {
      const { now = new Date(), seed = 1, chunkSize = 2000, actor, onProgress } = options;
      const nowIso = now.toISOString();
      const { staff, procedure, calendar } = await db.transaction('rw', [db.staff, db.procedures, db.settings], async () => {
        const existing = await db.staff.toArray();
        const found = existing.length > 0 ? existing : demoStaff(nowIso);
        if (existing.length === 0) await db.staff.bulkAdd(found);
        return { staff: found, procedure: await storedCurrentProcedure(db), calendar: await loadCalendar(db) };
      });

      const generator = new DemoGenerator({ count, now, seed, staff, registrar: actor ?? null, procedure, calendar });
      const result: SeedResult = { complaints: 0, customers: 0, events: 0 };
      onProgress?.(0, count);
      while (generator.remaining > 0) {
        await db.transaction('rw', [db.customers, db.complaints, db.openDeadlines, db.events, db.counters], async () => {
          const counters = await db.counters.where('id').startsWith(REFERENCE_COUNTER_PREFIX).toArray();
          const next = new Map(counters.map((counter) => [counter.id, counter.value]));
          const batch = generator.batch(chunkSize, (registeredAt) => {
            const year = registeredAt.getFullYear();
            const id = referenceCounterId(year);
            const sequence = (next.get(id) ?? 0) + 1;
            next.set(id, sequence);
            return formatReference(year, sequence);
          });
          await db.customers.bulkAdd(batch.customers);
          await db.complaints.bulkAdd(batch.complaints);
          await db.openDeadlines.bulkAdd(batch.openDeadlines);
          await db.events.bulkAdd(batch.events);
          for (const [id, value] of next) await raiseCounter(db, id, value, nowIso);
          await countAddedComplaints(db, batch.complaints.length, nowIso);
          result.complaints += batch.complaints.length;
          result.customers += batch.customers.length;
          result.events += batch.events.length;
        });
        onProgress?.(result.complaints, count);
        // Let the window paint the progress between chunks.
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
      return result;
    },
  };
}
