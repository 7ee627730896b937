import { expect, test } from '@playwright/test';
import { openApp, recordComplaint } from './helpers';

test('the list finds a complaint by a phone number typed differently and by a word of the summary, and it survives a reload', async ({ page }) => {
  const first = await recordComplaint(page, { name: 'Jan van den Berg', phone: '+31 6 1234 5678', postcode: '3584 BH', summary: 'Verwarming doet het niet' });
  await recordComplaint(page, { name: 'Sanne Bakker', phone: '020 123 4567', summary: 'Factuur klopt niet' });

  await openApp(page, '#/klachten');
  const table = page.getByRole('table', { name: 'Klachtenlijst' });
  // Newest first.
  const rows = table.getByRole('row');
  await expect(rows.nth(1)).toContainText('Sanne Bakker');
  await expect(rows.nth(2)).toContainText('Jan van den Berg');

  const search = page.getByLabel('Zoeken');
  await page.keyboard.press('Control+f');
  await expect(search).toBeFocused();
  await page.keyboard.type('06-12345678');
  await expect(page.getByText('1 klacht gevonden')).toBeVisible();
  await expect(table).toContainText('Jan van den Berg');
  await expect(table).not.toContainText('Sanne Bakker');

  await search.fill('verwarm');
  await expect(page.getByText('1 klacht gevonden')).toBeVisible();
  await expect(table).toContainText(first);

  await search.fill('3584bh');
  await expect(table).toContainText('Jan van den Berg');

  await search.fill('geen-bestaand-woord');
  await expect(page.getByText('Geen klachten gevonden')).toBeVisible();

  await search.fill(first);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(first);
  await expect(page.getByRole('region', { name: 'Klachtgegevens' })).toContainText('Verwarming doet het niet');

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(first);
  await expect(page.getByRole('region', { name: 'Klant' })).toContainText('Jan van den Berg');
});

test('the list filters by status and tells what to do when empty', async ({ page }) => {
  await openApp(page, '#/klachten');
  await expect(page.getByText('Nog geen klachten')).toBeVisible();
  await recordComplaint(page, { name: 'Els Visser', summary: 'Lange wachttijd' });
  await openApp(page, '#/klachten');
  await page.getByLabel('Status').selectOption({ label: 'Gesloten' });
  await expect(page.getByText('0 klachten')).toBeVisible();
  await page.getByLabel('Status').selectOption({ label: 'Geregistreerd' });
  await expect(page.getByRole('table', { name: 'Klachtenlijst' })).toContainText('Els Visser');
});

test('a long list scrolls by keyboard to its oldest complaint, which opens', async ({ page }) => {
  // The demo spreads complaints over the three years before today: a fixed today fixes their references.
  await page.clock.setFixedTime(new Date('2026-11-21T10:00:00+01:00'));
  await page.goto('./?demo=450#/klachten');
  await page.waitForFunction(() => document.documentElement.dataset.demoSeed === 'done', null, { timeout: 60_000 });
  await openApp(page, '#/klachten');
  await expect(page.getByText('450 klachten', { exact: true })).toBeVisible();
  const table = page.getByRole('table', { name: 'Klachtenlijst' });
  await expect(table.getByRole('row').nth(1)).toContainText('K-2026-');

  // End scrolls to the last row, far past the first page of ids the list reads.
  await page.getByTestId('list-scroll').focus();
  await page.keyboard.press('End');
  const last = table.locator('[aria-rowindex="451"]');
  await expect(last).toContainText(/K-2023-\d{4}/);
  await last.getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/K-2023-\d{4}/);
});
