import { expect, test } from '@playwright/test';
import { openApp, recordComplaint } from './helpers';
import { tinyPdf, tinyPng } from './fixtures/files';

/**
 * Not an assertion of looks: it leaves PNGs of the main screens in
 * test-results/screenshots so a person can look at them after every run.
 */
test('screenshots of intake, list and card', async ({ page }) => {
  const dir = 'test-results/screenshots';
  await page.goto('./?demo=250#/klachten');
  await page.waitForFunction(() => document.documentElement.dataset.demoSeed === 'done', null, { timeout: 60_000 });
  await openApp(page, '#/klachten');
  await expect(page.getByText('250 klachten')).toBeVisible();
  await page.screenshot({ path: `${dir}/list.png` });

  // A demo complaint in the middle of its procedure.
  await page.getByLabel('Status').selectOption({ label: 'In behandeling' });
  await page.getByRole('table', { name: 'Klachtenlijst' }).getByRole('link').first().click();
  await expect(page.getByRole('region', { name: 'Klachtenregeling' })).toBeVisible();
  await page.screenshot({ path: `${dir}/card-workflow.png`, fullPage: true });

  await page.getByRole('link', { name: 'Instellingen', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Klachtenregeling en termijnen' })).toBeVisible();
  await page.screenshot({ path: `${dir}/settings-procedure.png`, fullPage: true });
  await page.getByRole('button', { name: 'Regeling wijzigen' }).click();
  await page.screenshot({ path: `${dir}/settings-procedure-edit.png`, fullPage: true });
  await page.getByRole('button', { name: 'Annuleren' }).last().click();
  await page.getByRole('link', { name: 'Medewerkers' }).click();
  await page.screenshot({ path: `${dir}/settings-staff.png`, fullPage: true });

  await openApp(page, '#/nieuw');
  await page.getByLabel('Naam', { exact: true }).fill('Anna de Vries');
  await page.getByLabel('Telefoon').fill('06-123');
  await page.getByLabel('Postcode').fill('2801 PN');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByText('Vul een korte samenvatting in')).toBeVisible();
  await page.screenshot({ path: `${dir}/intake-errors.png`, fullPage: true });

  await recordComplaint(page, { name: 'Anna de Vries', phone: '06-12345678', postcode: '2801 PN', summary: 'Monteur kwam niet opdagen' });
  const details = page.getByRole('region', { name: 'Klachtgegevens' });
  await details.getByRole('button', { name: 'Klachtgegevens wijzigen' }).click();
  await details.getByLabel('Omschrijving').fill('Afspraak op dinsdag 10:00, niemand gekomen en niet afgebeld. Klant heeft een vrije dag opgenomen.');
  await details.getByRole('button', { name: 'Opslaan' }).click();
  await expect(details).toContainText('vrije dag');
  await page.getByLabel('Bestanden kiezen').setInputFiles([
    { name: 'klachtbrief.pdf', mimeType: 'application/pdf', buffer: tinyPdf() },
    { name: 'foto-voordeur.png', mimeType: 'image/png', buffer: tinyPng() },
  ]);
  await expect(page.getByRole('table', { name: 'Vastgepinde bestanden' })).toContainText('foto-voordeur.png');
  await page.screenshot({ path: `${dir}/card.png`, fullPage: true });
  await page.getByRole('button', { name: 'klachtbrief.pdf bekijken' }).click();
  await expect(page.getByRole('img', { name: 'Pagina 1 van 1' })).toBeVisible();
  await page.screenshot({ path: `${dir}/preview-pdf.png` });
  await page.keyboard.press('Escape');
  await page.getByRole('list', { name: 'Kerngegevens' }).getByRole('link', { name: 'Anna de Vries' }).click();
  await expect(page.getByRole('table', { name: 'Klachten van deze klant' })).toBeVisible();
  await page.screenshot({ path: `${dir}/customer-card.png`, fullPage: true });
});

test('screenshots of the backup settings and the restore confirmation', async ({ page }) => {
  const dir = 'test-results/screenshots';
  await page.goto('./?demo=120#/klachten');
  await page.waitForFunction(() => document.documentElement.dataset.demoSeed === 'done', null, { timeout: 60_000 });
  await openApp(page, '#/instellingen/back-ups');
  await page.getByRole('button', { name: 'Nu een back-up maken' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Back-up gemaakt en gecontroleerd' })).toBeVisible();
  await page.screenshot({ path: `${dir}/settings-backups.png`, fullPage: true });
  await page.getByRole('table', { name: 'Back-ups in de map' }).getByRole('button', { name: /^Terugzetten/ }).first().click();
  await expect(page.getByRole('dialog', { name: 'Back-up terugzetten' }).getByRole('button', { name: 'Terugzetten' })).toBeVisible();
  await page.screenshot({ path: `${dir}/backup-restore-confirm.png` });
});
