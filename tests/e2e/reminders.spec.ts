import { expect, test } from '@playwright/test';
import { recordComplaint } from './helpers';

// Monday 16 November 2026: the acknowledgement of a complaint received today is due Monday 23 November.
const MONDAY = new Date('2026-11-16T10:00:00+01:00');
const DUE_DAY = new Date('2026-11-23T09:00:00+01:00');
const TWO_WEEKS_LATER = new Date('2026-11-30T10:00:00+01:00');

test('a coordinator is reminded once of a term that fell due (in the window, in the browser build), and the reminder opens the card at that step', async ({ page }) => {
  await page.clock.setFixedTime(MONDAY);
  const reference = await recordComplaint(page, { name: 'Willem Dekker', summary: 'Niemand belt terug' });
  const reminders = page.getByRole('region', { name: 'Herinneringen' });
  const checked = (day: string) => page.waitForFunction((d) => document.documentElement.dataset.remindersCheckedFor === d, day, { timeout: 15_000 });
  await checked('2026-11-16');
  await expect(reminders).toHaveCount(0);

  // Next week's start of the app.
  await page.clock.setFixedTime(DUE_DAY);
  await page.goto('./#/klachten');
  await page.reload();
  const dueToday = reminders.getByRole('region', { name: 'Termijn vandaag: Ontvangstbevestiging' });
  await expect(dueToday).toContainText(`${reference}, Willem Dekker. Uiterlijk vandaag.`, { timeout: 15_000 });
  await page.screenshot({ path: 'test-results/screenshots/reminder-in-app.png' });

  await dueToday.getByRole('button', { name: 'Openen' }).click();
  await expect(page).toHaveURL(/#\/klacht\/[0-9a-f-]{36}\?stap=acknowledgement$/);
  await expect(page.getByRole('region', { name: 'Klachtenregeling' })).toBeFocused();
  await expect(reminders).toHaveCount(0);

  // Not on every start: the next start the same day, and the day it turns overdue, stay quiet about it.
  await page.reload();
  await checked('2026-11-23');
  await expect(reminders).toHaveCount(0);
  await page.clock.setFixedTime(TWO_WEEKS_LATER);
  await page.reload();
  await checked('2026-11-30');
  await expect(reminders).toHaveCount(0);
  // The desk still lists it as late: the reminder is said once, the term stays watched.
  await page.goto('./#/bureau');
  await expect(page.getByRole('region', { name: 'Te laat', exact: true })).toContainText(reference);
});

test('a reminder can be closed without opening it', async ({ page }) => {
  await page.clock.setFixedTime(MONDAY);
  await recordComplaint(page, { name: 'Fatima el Amrani', summary: 'Rekening klopt niet' });
  await page.clock.setFixedTime(TWO_WEEKS_LATER);
  await page.goto('./#/klachten');
  await page.reload();
  const late = page.getByRole('region', { name: 'Termijn verlopen: Ontvangstbevestiging' });
  await expect(late).toContainText('Fatima el Amrani. Uiterlijk 23-11-2026.', { timeout: 15_000 });
  // Not yet read: a reload brings it back rather than losing it.
  await page.reload();
  await expect(late).toContainText('Uiterlijk 23-11-2026.', { timeout: 15_000 });
  await page.getByRole('button', { name: 'Herinnering sluiten: Termijn verlopen: Ontvangstbevestiging' }).click();
  await expect(late).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Klachten');
  // Closed is read: the next start stays quiet.
  await page.reload();
  await page.waitForFunction(() => document.documentElement.dataset.remindersCheckedFor === '2026-11-30', null, { timeout: 15_000 });
  await expect(late).toHaveCount(0);
});
