/**
 * A new office (issue 14): the regeling is chosen at the first start, never
 * assumed, and a checklist stays on the desk until the office has set up what
 * every complaint relies on.
 */
import { expect, test } from '@playwright/test';

const SHOTS = 'test-results/screenshots';

test('the first start asks for the regeling, and the desk keeps a checklist until staff, letterhead and a backup are set up', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { name: 'Welkom bij Klachtenbalie' })).toBeVisible();
  await page.getByLabel('Naam medewerker').fill('Els Voet');
  const procedure = page.getByLabel('Klachtenregeling', { exact: true });
  // Nothing is preselected: the office chooses.
  await expect(procedure).toHaveValue('');
  await page.getByRole('button', { name: 'Beginnen' }).click();
  await expect(page.getByText('Kies de klachtenregeling die uw kantoor volgt')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Welkom bij Klachtenbalie' })).toBeVisible();
  await procedure.selectOption({ label: 'Klachtenprotocol met coördinator klachten' });
  await page.getByRole('button', { name: 'Beginnen' }).click();

  await expect(page.getByRole('heading', { name: 'Bureau', level: 1 })).toBeVisible();
  const checklist = page.getByRole('region', { name: /Eerste start/ });
  await expect(checklist.getByRole('heading')).toHaveText('Eerste start: nog 3 stappen');
  await expect(checklist).toContainText('Gedaan: De klachtenregeling is gekozen.');
  await expect(checklist.getByRole('link', { name: 'Klachtenregeling kiezen' })).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/first-start-checklist.png` });

  await checklist.getByRole('link', { name: 'Behandelaars toevoegen' }).click();
  await page.getByRole('button', { name: 'Medewerker toevoegen' }).click();
  await page.getByLabel('Naam medewerker').fill('Ruud Leest');
  await page.getByRole('button', { name: 'Medewerker opslaan' }).click();
  await expect(page.getByRole('table', { name: 'Medewerkers' })).toContainText('Ruud Leest');

  await page.getByRole('link', { name: 'Bureau' }).click();
  await expect(checklist.getByRole('heading')).toHaveText('Eerste start: nog 2 stappen');
  await checklist.getByRole('link', { name: 'Briefpapier invullen' }).click();
  await page.getByLabel('Naam kantoor').fill('Voetzorg Voet');
  await page.getByLabel('Adres').fill('Markt 1\n2801 AA Gouda');
  await page.getByRole('button', { name: 'Briefpapier opslaan' }).click();
  await expect(page.getByRole('status').filter({ hasText: /opgeslagen/ })).toBeVisible();

  await page.getByRole('link', { name: 'Bureau' }).click();
  await expect(checklist.getByRole('heading')).toHaveText('Eerste start: nog één stap');
  await checklist.getByRole('link', { name: 'Back-up instellen' }).click();
  await page.getByRole('button', { name: 'Nu een back-up maken' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Back-up gemaakt en gecontroleerd' })).toBeVisible();

  await page.getByRole('link', { name: 'Bureau' }).click();
  await expect(page.getByRole('region', { name: 'Te laat' })).toBeVisible();
  await expect(checklist).toHaveCount(0);

  // The regeling new complaints run under is the one chosen, not the assumed default.
  await page.goto('./#/instellingen/klachtenregeling');
  await expect(page.getByRole('heading', { name: /Klachtenprotocol met coördinator klachten/ })).toBeVisible();
});
