import type { KlachtenbalieDb } from '../database';

/**
 * Office settings and form drafts. These are preferences, not case records,
 * so unlike every other write they carry no event: a draft saved at every
 * keystroke must not flood the audit trail.
 */
export function createSettingsRepository(db: KlachtenbalieDb) {
  return {
    async get<T = unknown>(key: string): Promise<T | undefined> {
      return (await db.settings.get(key))?.value as T | undefined;
    },

    async set(key: string, value: unknown): Promise<void> {
      await db.settings.put({ key, value, updatedAt: new Date().toISOString() });
    },

    async remove(key: string): Promise<void> {
      await db.settings.delete(key);
    },
  };
}

export type SettingsRepository = ReturnType<typeof createSettingsRepository>;

const draftKey = (key: string) => `draft:${key}`;

/** What someone typed but did not save yet survives a reload or a crash. */
export function createDraftRepository(settings: SettingsRepository) {
  return {
    save: (key: string, value: unknown): Promise<void> => settings.set(draftKey(key), value),
    load: <T = unknown>(key: string): Promise<T | undefined> => settings.get<T>(draftKey(key)),
    clear: (key: string): Promise<void> => settings.remove(draftKey(key)),
  };
}
