import { ANALYSIS_TABLES, keepAnalysisFacts } from './analysisUpkeep';
import type { Actor } from '../../domain/model';
import { formatReference, referenceCounterId } from '../../domain/reference';
import type { KlachtenbalieDb } from '../database';
import { DemoGenerator, demoStaff, type DemoBatch } from '../demo/generate';
import { loadCalendar } from './closingDays';
import { countAddedComplaints, raiseCounter } from './counters';
import { storedCurrentProcedure } from './procedures';
import { addNewLogs } from './eventStore';

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
  /** One complaint in this many has a long file of fifty events, for the bench's cards (db/demo/longFile.ts). */
  longFileEvery?: number;
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
     * The next chunk is made while the last one is written; a complaint
     * registered meanwhile stops the seeding with DEMO_NUMBERS_TAKEN.
     * Works on a database that already holds complaints: numbering continues.
     */
    async seed(count: number, options: SeedOptions = {}): Promise<SeedResult> {
      const { now = new Date(), seed = 1, chunkSize = 2000, actor, onProgress, longFileEvery } = options;
      const nowIso = now.toISOString();
      const { staff, procedure, calendar } = await db.transaction('rw', [db.staff, db.procedures, db.settings], async () => {
        const existing = await db.staff.toArray();
        const found = existing.length > 0 ? existing : demoStaff(nowIso);
        if (existing.length === 0) await db.staff.bulkAdd(found);
        return { staff: found, procedure: await storedCurrentProcedure(db), calendar: await loadCalendar(db) };
      });

      const generator = new DemoGenerator({ count, now, seed, staff, registrar: actor ?? null, procedure, calendar, ...(longFileEvery === undefined ? {} : { longFileEvery }) });
      const counters = await db.counters.where('id').startsWith(REFERENCE_COUNTER_PREFIX).toArray();
      const next = new Map(counters.map((counter) => [counter.id, counter.value]));
      const allocate = (registeredAt: Date) => {
        const year = registeredAt.getFullYear();
        const id = referenceCounterId(year);
        const sequence = (next.get(id) ?? 0) + 1;
        next.set(id, sequence);
        return formatReference(year, sequence);
      };
      const result: SeedResult = { complaints: 0, customers: 0, events: 0 };
      onProgress?.(0, count);
      const nextBatch = (): DemoBatch | null => (generator.remaining > 0 ? generator.batch(chunkSize, allocate) : null);
      let numbered = new Map(next);
      let batch = nextBatch();
      while (batch) {
        const taken = new Map(next);
        const written = writeBatch(db, batch, numbered, taken, nowIso);
        let following: DemoBatch | null;
        try {
          // Dexie starts a transaction a microtask later; one turn of the event loop lets it send every write of
          // this chunk, so the next chunk is made while IndexedDB writes this one.
          await new Promise((resolve) => setTimeout(resolve, 0));
          following = nextBatch();
        } finally {
          await written;
        }
        numbered = taken;
        result.complaints += batch.complaints.length;
        result.customers += batch.customers.length;
        result.events += batch.events.length;
        onProgress?.(result.complaints, count);
        batch = following;
        // Let the window paint the progress between chunks.
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
      return result;
    },
  };
}

export const DEMO_NUMBERS_TAKEN =
  'Tijdens het aanmaken van de demogegevens is er een klacht geregistreerd. Het aanmaken is gestopt; de demoklachten tot nu toe zijn bewaard.';

/**
 * One chunk in one transaction, every write sent at once so IndexedDB is never
 * waiting on this page. References were handed out ahead, from the counters
 * as they stood (`numbered`) to `taken`: if a complaint was registered in
 * between, the counters moved and the chunk stops with a clear message instead
 * of failing on a reference given twice. In the same transaction the counters
 * are raised to the chunk's last numbers (and the complaint total kept up), so
 * a complaint registered after the demo continues after them.
 */
function writeBatch(
  db: KlachtenbalieDb,
  batch: DemoBatch,
  numbered: ReadonlyMap<string, number>,
  taken: ReadonlyMap<string, number>,
  nowIso: string,
): Promise<void> {
  return db.transaction('rw', [db.customers, db.complaints, db.openDeadlines, db.eventLogs, db.counters, db.measures, ...ANALYSIS_TABLES], async () => {
    const years = [...taken.keys()];
    // Checked alongside the writes, not before them, so they are all sent at once; a throw still undoes the chunk.
    const unchanged = db.counters.bulkGet(years).then((stored) => {
      if (years.some((id, i) => (stored[i]?.value ?? 0) !== (numbered.get(id) ?? 0))) throw new Error(DEMO_NUMBERS_TAKEN);
    });
    await Promise.all([
      unchanged,
      db.customers.bulkAdd(batch.customers),
      db.complaints.bulkAdd(batch.complaints),
      db.openDeadlines.bulkAdd(batch.openDeadlines),
      db.measures.bulkAdd(batch.measures),
      keepAnalysisFacts(db, batch.analysisFacts, [], true),
      addNewLogs(db, batch.events),
      ...[...taken].map(([id, value]) => raiseCounter(db, id, value, nowIso)),
      countAddedComplaints(db, batch.complaints.length, nowIso),
    ]);
  });
}
