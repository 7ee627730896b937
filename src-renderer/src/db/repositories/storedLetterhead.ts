import type { Letterhead } from '../../letters';
import type { KlachtenbalieDb } from '../database';
import { SETTING_KEYS } from '../settingKeys';

/**
 * The letterhead as stored; undefined before the office filled it in. Its own
 * file, so the procedures repository (a preset sets the form of address) reads
 * it without importing the letters repository and its attachments.
 */
export async function storedLetterhead(db: KlachtenbalieDb): Promise<Letterhead | undefined> {
  return (await db.settings.get(SETTING_KEYS.letterhead))?.value as Letterhead | undefined;
}
