import { expect, test, type Page } from '@playwright/test';
import { recordComplaint } from './helpers';

// A Monday morning: the acknowledgement term of a complaint received now runs this week.
const MONDAY = new Date('2026-11-23T10:00:00+01:00');
const COMMITTEE_PROCEDURE = 'Klachtenregeling dienstverlener met klachtencommissie en beroepscommissie';
const COORDINATOR = 'Sanne de Balie';
const COMMITTEE_MEMBER = 'Karin de Commissie';
const RECEPTIONIST = 'Bas van de Balie';
const CUSTOMER = 'Anouk Verbeek';
const SUMMARY = 'Dossier besproken in de wachtkamer';

async function firstStart(page: Page) {
  await page.goto('./#/klachten');
  await page.getByLabel('Naam medewerker').fill(COORDINATOR);
  await page.getByLabel('Klachtenregeling', { exact: true }).selectOption({ label: COMMITTEE_PROCEDURE });
  await page.getByRole('button', { name: 'Beginnen' }).click();
  await expect(page.getByText(`Aan het werk: ${COORDINATOR}`)).toBeVisible();
}

async function addColleague(page: Page, name: string, role: string) {
  await page.goto('./#/instellingen/medewerkers');
  await page.getByRole('button', { name: 'Medewerker toevoegen' }).click();
  await page.getByLabel('Naam medewerker').fill(name);
  await page.getByLabel('Behandelaar').uncheck();
  await page.getByLabel(role).check();
  await page.getByRole('button', { name: 'Medewerker opslaan' }).click();
  await expect(page.getByRole('table', { name: 'Medewerkers' }).getByRole('row', { name: new RegExp(name) })).toContainText(role);
}

async function workAs(page: Page, name: string) {
  await page.getByRole('button', { name: 'Wisselen' }).click();
  await page.getByRole('button', { name: new RegExp(name) }).click();
  await expect(page.getByText(`Aan het werk: ${name}`)).toBeVisible();
}

test('a confidential complaint opens for the committee member, logged on its history, and stays closed to the front desk in the list, search, desk and card', async ({ page }) => {
  await page.clock.setFixedTime(MONDAY);
  await firstStart(page);
  await addColleague(page, COMMITTEE_MEMBER, 'Klachtencommissie');
  await addColleague(page, RECEPTIONIST, 'Balie / telefoon');
  // Under this regeling every complaint is confidential: the intake ticks the box itself.
  const reference = await recordComplaint(page, { name: CUSTOMER, channel: 'E-mail', summary: SUMMARY, confidentialProposed: true });

  await workAs(page, RECEPTIONIST);
  await page.goto('./#/klachten');
  const list = page.getByRole('table', { name: 'Klachtenlijst' });
  const row = list.getByRole('row', { name: new RegExp(reference) });
  await expect(row).toContainText('Vertrouwelijke klacht');
  await expect(list).not.toContainText(CUSTOMER);
  await expect(list).not.toContainText('wachtkamer');
  const search = page.getByRole('searchbox');
  for (const query of ['Verbeek', 'wachtkamer']) {
    await search.fill(query);
    await expect(page.getByText(`Geen klachten gevonden voor „${query}”`)).toBeVisible();
  }
  await search.fill(reference);
  await expect(row).toContainText('Vertrouwelijke klacht');
  await page.screenshot({ path: 'test-results/screenshots/confidential-list-closed.png' });

  await page.goto('./#/bureau');
  const desk = page.getByRole('main');
  await expect(desk.getByRole('row', { name: new RegExp(reference) }).first()).toContainText('Vertrouwelijke klacht');
  await expect(desk).not.toContainText(CUSTOMER);
  await page.screenshot({ path: 'test-results/screenshots/confidential-desk-closed.png', fullPage: true });

  await desk.getByRole('link', { name: reference }).first().click();
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toContainText(`${reference}Vertrouwelijke klacht`);
  await expect(page.getByRole('table', { name: 'Termijnen' })).toContainText('Ontvangstbevestiging');
  const card = page.getByRole('article');
  await expect(card).not.toContainText(CUSTOMER);
  await expect(card).not.toContainText('wachtkamer');
  await expect(page.getByRole('region', { name: 'Voortgang' })).toHaveCount(0);
  await page.screenshot({ path: 'test-results/screenshots/confidential-card-closed.png' });

  await workAs(page, COMMITTEE_MEMBER);
  await page.goto('./#/klachten');
  await list.getByRole('link', { name: reference }).click();
  await expect(heading).toContainText(SUMMARY);
  await expect(page.getByRole('list', { name: 'Kerngegevens' })).toContainText(CUSTOMER);
  const history = page.getByRole('region', { name: 'Voortgang' });
  await expect(history).toContainText(`Vertrouwelijk dossier geopend door ${COMMITTEE_MEMBER}`);
  // Once per opening, not per re-render (a note saved redraws the card); the receptionist's look at the closed card was no opening.
  await page.getByRole('group', { name: 'Stappen die nu kunnen' }).getByRole('button', { name: 'Notitie toevoegen', exact: true }).click();
  const note = page.getByRole('form', { name: 'Notitie toevoegen' });
  await note.getByLabel('Notitie').fill('Commissie vergadert donderdag');
  await note.getByRole('button', { name: 'Vastleggen' }).click();
  await expect(history).toContainText('Commissie vergadert donderdag');
  await expect(history.getByText(`Vertrouwelijk dossier geopend door ${COMMITTEE_MEMBER}`, { exact: true })).toHaveCount(1);
  await expect(history).not.toContainText(RECEPTIONIST);
  await page.screenshot({ path: 'test-results/screenshots/confidential-card-open.png' });
});
