import type { Transaction } from 'dexie';
import { createWorkingDayCalendar, type OfficeClosingDay, type WorkingDayCalendar } from '../../domain/calendar';
import type { Procedure } from '../../domain/procedure';
import { SETTING_KEYS } from '../settingKeys';

/** The office calendar as the upgrade's own settings table holds it; closing days that are no list count as none. */
export async function upgradeCalendar(tx: Transaction): Promise<WorkingDayCalendar> {
  const closingDays = (await tx.table('settings').get(SETTING_KEYS.closingDays))?.value as OfficeClosingDay[] | undefined;
  return createWorkingDayCalendar(Array.isArray(closingDays) ? closingDays : []);
}

/** What an upgrade counts a complaint's terms with: every stored procedure version by id, and the office calendar. */
export async function termsContext(tx: Transaction): Promise<{ procedures: Map<string, Procedure>; calendar: WorkingDayCalendar }> {
  const procedures = new Map((await tx.table<Procedure, string>('procedures').toArray()).map((p): [string, Procedure] => [p.id, p]));
  return { procedures, calendar: await upgradeCalendar(tx) };
}
