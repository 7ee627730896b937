import { expect, test } from '@playwright/test';
import { openApp, recordComplaint } from './helpers';

test('the list finds a complaint by a phone number typed differently, by a word of the summary and by a postcode, and it survives a reload', async ({ page }) => {
  // Each search below finds a different set, so each step shows a count and a row the step before did not.
  const first = await recordComplaint(page, { name: 'Jan van den Berg', phone: '+31 6 1234 5678', postcode: '3584 BH', summary: 'Verwarming doet het niet' });
  await recordComplaint(page, { name: 'Kees Jansen', postcode: '9711 AB', summary: 'Verwarming maakt lawaai' });
  await recordComplaint(page, { name: 'Sanne Bakker', phone: '020 123 4567', postcode: '3584 BH', summary: 'Factuur klopt niet' });

  await openApp(page, '#/klachten');
  const table = page.getByRole('table', { name: 'Klachtenlijst' });
  const rows = table.getByRole('row');
  const row = (name: string) => table.getByRole('row', { name: new RegExp(name) });
  // Newest first.
  await expect(page.getByText('3 klachten', { exact: true })).toBeVisible();
  await expect(rows.nth(1)).toContainText('Sanne Bakker');
  await expect(rows.nth(2)).toContainText('Kees Jansen');
  await expect(rows.nth(3)).toContainText('Jan van den Berg');

  const search = page.getByLabel('Zoeken');
  await page.keyboard.press('Control+f');
  await expect(search).toBeFocused();
  await page.keyboard.type('06-12345678');
  await expect(page.getByText('1 klacht gevonden', { exact: true })).toBeVisible();
  await expect(rows).toHaveCount(2);
  await expect(row('Jan van den Berg')).toBeVisible();

  // Summary: Kees, whom the phone number left out, comes back beside Jan.
  await search.fill('verwarm');
  await expect(page.getByText('2 klachten gevonden', { exact: true })).toBeVisible();
  await expect(row('Kees Jansen')).toBeVisible();
  await expect(rows).toHaveCount(3);
  await expect(row(first)).toContainText('Jan van den Berg');
  await expect(row('Sanne Bakker')).toHaveCount(0);

  // Postcode, typed without the space: Sanne, whom the summary left out, comes back beside Jan; Kees goes.
  await search.fill('3584bh');
  await expect(row('Sanne Bakker')).toBeVisible();
  await expect(row('Kees Jansen')).toHaveCount(0);
  await expect(page.getByText('2 klachten gevonden', { exact: true })).toBeVisible();
  await expect(rows).toHaveCount(3);
  await expect(row('Jan van den Berg')).toBeVisible();

  await search.fill('geen-bestaand-woord');
  await expect(page.getByText('Geen klachten gevonden voor „geen-bestaand-woord”', { exact: false })).toBeVisible();
  await expect(page.getByText('0 klachten gevonden', { exact: true })).toBeVisible();
  await expect(rows).toHaveCount(1);

  await search.fill(first);
  await expect(page.getByText('1 klacht gevonden', { exact: true })).toBeVisible();
  await expect(row(first)).toBeVisible();
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
