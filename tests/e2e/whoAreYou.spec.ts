/**
 * Signing in at a shared register: a colleague whose account this register
 * does not know yet says once which colleague they are ("Wie bent u?"), and
 * from then on everything they record is on that name.
 */
import { expect, test, type Browser } from '@playwright/test';
import { recordComplaint, textContrast } from './helpers';
import { fillServer, officeForFile, workstation as officeWorkstation } from './office';

const ADMIN = { name: 'beheerder', password: 'beheer-wachtwoord' };
const MARLOES = { name: 'marloes', password: 'balie-2026', roles: ['receptionist', 'coordinator'] };
const PIETER = { name: 'pieter', password: 'commissie-2026', roles: ['committee'] };
const ELS = { name: 'els', password: 'balie-2027', roles: ['receptionist'] };

const office = officeForFile(ADMIN, [MARLOES, PIETER, ELS]);
const MONDAY = new Date('2026-11-16T10:00:00+01:00');
const workstation = (browser: Browser, staffName: string) => officeWorkstation(browser, office().appUrl, staffName, (page) => page.clock.setFixedTime(MONDAY));

// The second colleague comes to the register the first one shared.
test.describe.configure({ mode: 'serial' });
// Long walks with several sign-ins (each a slow password hash by design) on a shared, loaded machine: no speed claim.
test.setTimeout(120_000);

test('a colleague signing in for the first time chooses their own card once; a wrong password is said next to the field and what was typed stays', async ({ browser }) => {
  const page = await workstation(browser, 'Marloes Balie');
  await fillServer(page, office().appUrl, MARLOES);
  await page.getByRole('button', { name: 'Dit register delen' }).click();
  await expect(page.getByText('Dit register wordt nu gedeeld met het kantoor.')).toBeVisible();

  // The coordinator made the cards of her colleagues before they had accounts.
  await page.getByRole('link', { name: 'Medewerkers' }).click();
  for (const name of ['Pieter de Vries', 'Ans Jansen']) {
    await page.getByRole('button', { name: 'Medewerker toevoegen' }).click();
    await page.getByLabel('Naam medewerker').fill(name);
    await page.getByLabel('Klachtencommissie').check();
    await page.getByRole('button', { name: 'Medewerker opslaan' }).click();
    await expect(page.getByRole('table', { name: 'Medewerkers' }).getByRole('row', { name: new RegExp(name) })).toBeVisible();
  }
  await page.getByRole('banner').getByRole('button', { name: 'Afmelden' }).click();

  await page.getByLabel('Gebruikersnaam').fill(PIETER.name);
  await page.getByLabel('Wachtwoord').fill('commissie-2025');
  await page.getByRole('button', { name: 'Aanmelden' }).click();
  const password = page.getByLabel('Wachtwoord');
  await expect(password).toHaveAccessibleDescription(/De gebruikersnaam of het wachtwoord klopt niet/);
  await expect(password).toBeFocused();
  // A typo is corrected, not typed all over again.
  await expect(page.getByLabel('Gebruikersnaam')).toHaveValue(PIETER.name);
  await expect(password).toHaveValue('commissie-2025');
  await password.fill(PIETER.password);
  await page.getByRole('button', { name: 'Aanmelden' }).click();

  await expect(page.getByRole('heading', { name: 'Wie bent u?' })).toBeVisible();
  await expect(page.getByText('U bent aangemeld als pieter.')).toBeVisible();
  const cards = page.getByRole('list');
  await expect(cards.getByRole('button', { name: /Pieter de Vries/ })).toBeVisible();
  await expect(cards.getByRole('button', { name: /Ans Jansen/ })).toBeVisible();
  // Marloes's card is hers: her account is linked to it, so it is nobody else's to pick.
  await expect(cards.getByRole('button', { name: /Marloes Balie/ })).toHaveCount(0);
  await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toHaveCount(0);
  // Not his card after all? He can still leave: a way out he can read.
  const signOut = page.getByRole('main').getByRole('button', { name: 'Afmelden' });
  await expect(signOut).toBeVisible();
  expect(await textContrast(signOut)).toBeGreaterThanOrEqual(4.5);
  await page.screenshot({ path: 'test-results/screenshots/who-are-you.png', fullPage: true });
  await cards.getByRole('button', { name: /Pieter de Vries/ }).click();

  const whoami = page.getByRole('banner').getByText('Aan het werk:');
  await expect(whoami).toContainText('Pieter de Vries');
  await recordComplaint(page, { name: 'Henk Smit', summary: 'Rekening klopt niet' });
  await expect(page.getByRole('region', { name: 'Voortgang' })).toContainText('door Pieter de Vries');

  // Next time his account is known: straight to work, on his own card.
  await page.getByRole('banner').getByRole('button', { name: 'Afmelden' }).click();
  await page.getByLabel('Gebruikersnaam').fill(PIETER.name);
  await page.getByLabel('Wachtwoord').fill(PIETER.password);
  await page.getByRole('button', { name: 'Aanmelden' }).click();
  await expect(whoami).toContainText('Pieter de Vries');
  await expect(page.getByRole('heading', { name: 'Wie bent u?' })).toHaveCount(0);
});

test('a colleague without a card adds themselves under the name colleagues and customers know, not the account name', async ({ browser }) => {
  const page = await workstation(browser, 'Marloes Balie');
  await fillServer(page, office().appUrl, MARLOES);
  await page.getByRole('button', { name: 'Aansluiten bij het kantoorregister' }).click();
  await expect(page.getByText('Deze computer werkt nu in het kantoorregister.')).toBeVisible({ timeout: 30_000 });
  await page.getByRole('banner').getByRole('button', { name: 'Afmelden' }).click();
  await page.getByLabel('Gebruikersnaam').fill(ELS.name);
  await page.getByLabel('Wachtwoord').fill(ELS.password);
  await page.getByRole('button', { name: 'Aanmelden' }).click();

  await expect(page.getByRole('heading', { name: 'Wie bent u?' })).toBeVisible();
  const form = page.getByRole('form', { name: 'Mijzelf toevoegen' });
  await form.getByRole('button', { name: 'Voeg mij toe' }).click();
  await expect(form.getByLabel('Uw naam')).toHaveAccessibleDescription('Vul uw naam in');
  await form.getByLabel('Uw naam').fill('Els Bakker');
  await form.getByRole('button', { name: 'Voeg mij toe' }).click();
  await expect(page.getByRole('banner').getByText('Aan het werk:')).toContainText('Els Bakker');
  await page.getByRole('link', { name: 'Instellingen', exact: true }).click();
  await page.getByRole('link', { name: 'Medewerkers' }).click();
  await expect(page.getByRole('table', { name: 'Medewerkers' }).getByRole('row', { name: /Els Bakker/ })).toContainText('Balie / telefoon');
});
