import { z } from 'zod';
import { createWorkingDayCalendar, type OfficeClosingDay, type WorkingDayCalendar } from '../../domain/calendar';
import { parseDateOnly, toDutchDateInput } from '../../domain/dates';
import { validateOrThrow } from '../../domain/errors';
import type { Actor } from '../../domain/model';
import type { KlachtenbalieDb } from '../database';
import { SETTING_KEYS } from '../settingKeys';
import { settingsEvent } from './eventLog';
import { restampNextDeadlines } from './deadlineStamp';
import { appendEvent } from './eventStore';

const closingDaysSchema = z
  .array(
    z.object({
      day: z.string().refine((day) => /^\d{4}-\d{2}-\d{2}$/.test(day) && parseDateOnly(day) !== null, 'Vul een geldige datum in, bijvoorbeeld 27-12-2027'),
      description: z.string().trim().max(100, 'Gebruik hoogstens 100 tekens').default(''),
    }),
  )
  // The same day twice would make the calendar's reason ambiguous; the first description wins.
  .transform((days) => {
    const byDay = new Map<string, OfficeClosingDay>();
    for (const d of days) if (!byDay.has(d.day)) byDay.set(d.day, d);
    return [...byDay.values()].sort((a, b) => a.day.localeCompare(b.day));
  });

/**
 * The office's closing days; read inside a transaction that includes `settings`.
 * A chained Dexie promise rather than an async function: the desk's read
 * transactions are built from these without native awaits (see deskRows).
 */
export function loadClosingDays(db: KlachtenbalieDb): Promise<OfficeClosingDay[]> {
  return db.settings.get(SETTING_KEYS.closingDays).then((setting) => (Array.isArray(setting?.value) ? (setting.value as OfficeClosingDay[]) : []));
}

/** The working-day calendar with the office's closing days: what every term is counted on. */
export function loadCalendar(db: KlachtenbalieDb): Promise<WorkingDayCalendar> {
  return loadClosingDays(db).then((days) => createWorkingDayCalendar(days));
}

function daysText(days: readonly OfficeClosingDay[]): string {
  return days.map((d) => toDutchDateInput(d.day)).join(', ');
}

export function createClosingDayRepository(db: KlachtenbalieDb) {
  return {
    list(): Promise<OfficeClosingDay[]> {
      return loadClosingDays(db);
    },

    /**
     * Replaces the closing days. The calendar is the office's, not part of a
     * procedure version: running complaints' stored next deadlines and
     * open-deadline rows move with it, in the same transaction, so the "te laat"
     * list and the desk stay right.
     */
    async save(days: readonly OfficeClosingDay[], actor: Actor, now: Date = new Date()): Promise<OfficeClosingDay[]> {
      const next = validateOrThrow(closingDaysSchema, days);
      const nowIso = now.toISOString();
      return db.transaction('rw', [db.settings, db.eventLogs, db.complaints, db.openDeadlines, db.procedures], async () => {
        const before = await loadClosingDays(db);
        if (JSON.stringify(before) === JSON.stringify(next)) return before;
        const added = next.filter((d) => !before.some((b) => b.day === d.day));
        const removed = before.filter((b) => !next.some((d) => d.day === b.day));
        const parts = [added.length ? `toegevoegd: ${daysText(added)}` : '', removed.length ? `verwijderd: ${daysText(removed)}` : ''];
        await db.settings.put({ key: SETTING_KEYS.closingDays, value: next, updatedAt: nowIso });
        await restampNextDeadlines(db, createWorkingDayCalendar(next));
        await appendEvent(
          db,
          settingsEvent(
            `Sluitingsdagen gewijzigd${parts.some(Boolean) ? `: ${parts.filter(Boolean).join('; ')}` : ''}`,
            [{ field: SETTING_KEYS.closingDays, old: before, new: next }],
            actor,
            nowIso,
          ),
        );
        return next;
      });
    },

    /** For screens that count terms themselves (previewing an extension's latest day). */
    calendar(): Promise<WorkingDayCalendar> {
      return loadCalendar(db);
    },
  };
}
