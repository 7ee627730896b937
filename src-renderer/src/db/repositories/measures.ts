/** The measures register: adding, carrying out, checking and linking measures, and reading them for the card, the register and the desk. */
import { localDay } from '../../domain/dates';
import { RecordNotFoundError } from '../../domain/errors';
import {
  cancelMeasure,
  checkDue,
  cleanCauseCategories,
  DEFAULT_CAUSE_CATEGORIES,
  linkComplaint,
  markDone,
  matchesFilter,
  newMeasure,
  recordCheck,
  registerOrder,
  type CheckInput,
  type MeasureFilter,
  type MeasureInput,
} from '../../domain/measures';
import type { Actor, Measure } from '../../domain/model';
import type { KlachtenbalieDb } from '../database';
import { SETTING_KEYS } from '../settingKeys';
import { MEASURE_WRITE_TABLES, storeMeasure } from './measureStore';

export const MEASURE_NOT_FOUND = 'Deze maatregel bestaat niet (meer).';

export function createMeasureRepository(db: KlachtenbalieDb) {
  /** Reads the measure, makes its next version and stores it with every linked complaint, in one transaction. */
  function change(id: string, actor: Actor, now: Date, next: (measure: Measure, today: string, nowIso: string) => Measure): Promise<Measure> {
    return db.transaction('rw', [...MEASURE_WRITE_TABLES], async () => {
      const before = await db.measures.get(id);
      if (!before) throw new RecordNotFoundError(MEASURE_NOT_FOUND);
      const after = next(before, localDay(now), now.toISOString());
      await storeMeasure(db, before, after, actor, now.toISOString());
      return after;
    });
  }

  return {
    get: (id: string): Promise<Measure | undefined> => db.measures.get(id),

    add(input: MeasureInput, actor: Actor, now: Date = new Date()): Promise<Measure> {
      return db.transaction('rw', [...MEASURE_WRITE_TABLES], async () => {
        const measure = newMeasure(input, now.toISOString());
        const found = await db.complaints.bulkGet(measure.complaintIds);
        if (found.some((complaint) => !complaint)) throw new RecordNotFoundError('Een van de klachten bij deze maatregel bestaat niet (meer).');
        await storeMeasure(db, null, measure, actor, now.toISOString());
        return measure;
      });
    },

    link: (id: string, complaintId: string, actor: Actor, now: Date = new Date()) =>
      change(id, actor, now, (measure, _today, nowIso) => linkComplaint(measure, complaintId, nowIso)),

    markDone: (id: string, on: string, actor: Actor, now: Date = new Date()) =>
      change(id, actor, now, (measure, today, nowIso) => markDone(measure, on, today, nowIso)),

    cancel: (id: string, on: string, reason: string, actor: Actor, now: Date = new Date()) =>
      change(id, actor, now, (measure, today, nowIso) => cancelMeasure(measure, on, reason, today, nowIso)),

    recordCheck: (id: string, input: CheckInput, actor: Actor, now: Date = new Date()) =>
      change(id, actor, now, (measure, today, nowIso) => recordCheck(measure, input, today, nowIso)),

    /** The measures a complaint came to, oldest first. */
    async ofComplaint(complaintId: string): Promise<Measure[]> {
      const linked = await db.measures.where('complaintIds').equals(complaintId).toArray();
      return linked.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    },

    /** Measures still running that this complaint is not linked to yet: the ones "koppelen" offers. */
    async linkable(complaintId: string): Promise<Measure[]> {
      const open = await db.measures.where('[status+dueOn]').between(['open', ''], ['open', '\uffff']).toArray();
      return open.filter((measure) => !measure.complaintIds.includes(complaintId));
    },

    /**
     * The register, filtered. Measures are few next to complaints (one per
     * cause found, not per complaint), so the filters on cause and owner run
     * over what the view's index range gives.
     */
    async list(filter: MeasureFilter, today: string): Promise<Measure[]> {
      const candidates =
        filter.view === 'overdue'
          ? await db.measures.where('[status+dueOn]').between(['open', ''], ['open', today]).toArray()
          : filter.view === 'check_due'
            ? await db.measures.where('check.dueOn').belowOrEqual(today).toArray()
            : await db.measures.toArray();
      return candidates.filter((measure) => matchesFilter(measure, filter, today)).sort(registerOrder);
    },

    /** The references of the complaints these measures came from, by complaint id; an erased complaint is left out. */
    async references(measures: readonly Measure[]): Promise<Map<string, string>> {
      const ids = [...new Set(measures.flatMap((measure) => measure.complaintIds))];
      const complaints = await db.complaints.bulkGet(ids);
      return new Map(complaints.flatMap((complaint) => (complaint ? [[complaint.id, complaint.reference] as const] : [])));
    },

    /** Who carries out measures, for the register's owner filter. */
    async owners(): Promise<string[]> {
      return (await db.measures.orderBy('owner').uniqueKeys()).map(String);
    },

    /** For the desk: open measures due by `until`, and checks due by then. */
    async due(until: string): Promise<{ measures: Measure[]; checks: Measure[] }> {
      const measures = await db.measures.where('[status+dueOn]').between(['open', ''], ['open', until], true, true).toArray();
      const checks = (await db.measures.where('check.dueOn').belowOrEqual(until).toArray()).filter((measure) => checkDue(measure, until));
      return { measures, checks: checks.sort(registerOrder) };
    },

    async causeCategories(): Promise<string[]> {
      const stored = (await db.settings.get(SETTING_KEYS.causeCategories))?.value;
      return Array.isArray(stored) ? stored.map(String) : [...DEFAULT_CAUSE_CATEGORIES];
    },

    async setCauseCategories(list: readonly string[]): Promise<string[]> {
      const clean = cleanCauseCategories(list);
      if (clean.length === 0) throw new Error('Houd minstens één oorzaak over');
      await db.settings.put({ key: SETTING_KEYS.causeCategories, value: clean, updatedAt: new Date().toISOString() });
      return clean;
    },
  };
}

export type MeasureRepository = ReturnType<typeof createMeasureRepository>;
