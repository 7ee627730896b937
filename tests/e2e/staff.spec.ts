import { expect, test } from '@playwright/test';
import { FIRST_PROCEDURE, FIRST_USER, openApp } from './helpers';

test('the first start adds the first staff member; colleagues are added, edited and deactivated in the settings', async ({ page, context }) => {
  await page.goto('./#/klachten');
  await expect(page.getByRole('heading', { name: 'Welkom bij Klachtenbalie' })).toBeVisible();
  await page.getByRole('button', { name: 'Beginnen' }).click();
  await expect(page.getByText('Vul de naam van de medewerker in')).toBeVisible();
  await page.getByLabel('Naam medewerker').fill(FIRST_USER);
  await page.getByLabel('Klachtenregeling', { exact: true }).selectOption({ label: FIRST_PROCEDURE });
  await page.getByRole('button', { name: 'Beginnen' }).click();
  await expect(page.getByText(`Aan het werk: ${FIRST_USER}`)).toBeVisible();

  await page.getByRole('link', { name: 'Instellingen', exact: true }).click();
  await page.getByRole('link', { name: 'Medewerkers' }).click();
  await page.getByRole('button', { name: 'Medewerker toevoegen' }).click();
  await page.getByLabel('Naam medewerker').fill('Pieter Bakker');
  await page.getByLabel('Behandelaar').check();
  await page.getByRole('button', { name: 'Medewerker opslaan' }).click();
  const table = page.getByRole('table', { name: 'Medewerkers' });
  await expect(table.getByRole('row', { name: /Pieter Bakker/ })).toContainText('Behandelaar');

  await table.getByRole('button', { name: 'Pieter Bakker wijzigen' }).click();
  await page.getByLabel('Directie').check();
  await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
  await expect(table.getByRole('row', { name: /Pieter Bakker/ })).toContainText('Directie');

  await page.getByRole('button', { name: 'Medewerker toevoegen' }).click();
  await page.getByLabel('Naam medewerker').fill('Oud Collega');
  // Ctrl+Enter saves, as in every form.
  await page.keyboard.press('Control+Enter');
  await expect(table.getByRole('row', { name: /Oud Collega/ })).toBeVisible();
  await table.getByRole('button', { name: 'Oud Collega op inactief zetten' }).click();
  const dialog = page.getByRole('dialog', { name: /Oud Collega op inactief zetten/ });
  await dialog.getByRole('button', { name: 'Inactief maken' }).click();
  await expect(table.getByRole('row', { name: /Oud Collega/ })).toContainText('Inactief');

  // A restart (a new window) asks who is working; inactive staff are not offered.
  const second = await context.newPage();
  await second.goto(page.url().replace(/#.*$/, '#/klachten'));
  await expect(second.getByRole('heading', { name: 'Wie werkt er?' })).toBeVisible();
  await expect(second.getByRole('button', { name: /Oud Collega/ })).toHaveCount(0);
  await second.getByRole('button', { name: /Pieter Bakker/ }).click();
  await expect(second.getByText('Aan het werk: Pieter Bakker')).toBeVisible();
  await second.getByRole('button', { name: 'Wisselen' }).click();
  await expect(second.getByRole('heading', { name: 'Wie werkt er?' })).toBeVisible();
});

test('events record who did them', async ({ page }) => {
  await openApp(page, '#/nieuw');
  await page.getByLabel('Naam', { exact: true }).fill('Henk Jansen');
  await page.getByLabel('Samenvatting').fill('Pakket beschadigd');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByRole('region', { name: 'Voortgang' })).toContainText(`door ${FIRST_USER}`);
});
