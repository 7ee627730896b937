/**
 * Keeps the analysis's fact of each complaint and the tally of each day of
 * receipt in step with the complaints (schema version 14), in the same
 * transaction as the write that changes them: a change takes the complaint's
 * old keys off its old day and puts its new keys on its new day, so a year's
 * figures are a read of 365 small records, never of its complaints.
 */
import type { Table } from 'dexie';
import { applyKeys, keysOf, type AnalysisDay, type AnalysisFact } from '../../domain/analysis';
import type { KlachtenbalieDb } from '../database';

/** The tables a transaction that writes complaints must include for this upkeep. */
export const ANALYSIS_TABLES = ['analysisFacts', 'analysisDays'] as const;

type TableOf<T> = Pick<Table<T, string>, 'bulkGet' | 'bulkPut' | 'bulkDelete'>;

/** The database's tables, or an upgrade's own. */
export interface AnalysisTables {
  analysisFacts: TableOf<AnalysisFact>;
  analysisDays: TableOf<AnalysisDay>;
}

const sameFact = (a: AnalysisFact, b: AnalysisFact) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Stores `facts` (new or changed complaints) and removes the facts of
 * `removedIds` (complaints deleted), with the day tallies they touch. Inside a
 * 'rw' transaction over ANALYSIS_TABLES. `allNew`: the complaints were just
 * added (the demo's bulk writes), so there are no old facts to read.
 */
export async function keepAnalysisFacts(tables: AnalysisTables, facts: readonly AnalysisFact[], removedIds: readonly string[] = [], allNew = false): Promise<void> {
  const ids = [...facts.map((fact) => fact.id), ...removedIds];
  if (ids.length === 0) return;
  const stored = allNew ? [] : await tables.analysisFacts.bulkGet(ids);
  const changes = new Map<string, { keys: string[]; sign: 1 | -1 }[]>();
  const change = (day: string, keys: string[], sign: 1 | -1) => changes.set(day, [...(changes.get(day) ?? []), { keys, sign }]);
  const written: AnalysisFact[] = [];
  ids.forEach((id, i) => {
    const old = stored[i];
    const next = facts[i];
    if (old && next && sameFact(old, next)) return;
    if (old) change(old.receivedOn, keysOf(old), -1);
    if (next) {
      change(next.receivedOn, keysOf(next), 1);
      written.push(next);
    }
  });
  if (changes.size === 0) return;
  const dayIds = [...changes.keys()];
  const days = await tables.analysisDays.bulkGet(dayIds);
  const kept: AnalysisDay[] = [];
  const emptied: string[] = [];
  dayIds.forEach((id, i) => {
    const day: AnalysisDay = days[i] ?? { id, tally: {} };
    for (const { keys, sign } of changes.get(id) ?? []) applyKeys(day.tally, keys, sign);
    if (Object.keys(day.tally).length === 0) emptied.push(id);
    else kept.push(day);
  });
  await Promise.all([
    tables.analysisDays.bulkPut(kept),
    emptied.length > 0 ? tables.analysisDays.bulkDelete(emptied) : undefined,
    written.length > 0 ? tables.analysisFacts.bulkPut(written) : undefined,
    removedIds.length > 0 ? tables.analysisFacts.bulkDelete([...removedIds]) : undefined,
  ]);
}

/** The facts of complaints that moved to another customer (a merge), with their days' repeat counts. */
export async function moveAnalysisCustomer(db: KlachtenbalieDb, complaintIds: readonly string[], customerId: string): Promise<void> {
  const stored = await db.analysisFacts.bulkGet([...complaintIds]);
  const moved = stored.flatMap((fact) => (fact && fact.customerId !== customerId ? [{ ...fact, customerId }] : []));
  await keepAnalysisFacts(db, moved);
}
