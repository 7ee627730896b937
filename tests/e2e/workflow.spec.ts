import { expect, test, type Page } from '@playwright/test';
import { FIRST_USER, openApp, recordComplaint } from './helpers';
import { holdWrites } from './holdWrites';
import { addCorrectiveAction } from './walks/steps';

// Monday 16 November 2026, 10:00 in Amsterdam: every date below follows from it.
const MONDAY = new Date('2026-11-16T10:00:00+01:00');

async function addOwner(page: Page, name: string) {
  await page.getByRole('button', { name: 'Medewerker toevoegen' }).click();
  await page.getByLabel('Naam medewerker').fill(name);
  await page.getByLabel('Behandelaar').check();
  await page.getByRole('button', { name: 'Medewerker opslaan' }).click();
  await expect(page.getByRole('table', { name: 'Medewerkers' })).toContainText(name);
}

async function step(page: Page, label: string, fill: (form: ReturnType<Page['getByRole']>) => Promise<void> = async () => undefined) {
  await page.getByRole('group', { name: 'Stappen die nu kunnen' }).getByRole('button', { name: label, exact: true }).click();
  const form = page.getByRole('form', { name: label });
  await fill(form);
  await form.getByRole('button', { name: 'Vastleggen' }).click();
  return form;
}

test('a complaint under the coordinator protocol goes from intake to closing, and is refused closing until the customer agrees', async ({ page }) => {
  await page.clock.setFixedTime(MONDAY);
  await openApp(page, '#/instellingen/medewerkers');
  await addOwner(page, 'Pieter Bakker');
  await addOwner(page, 'Karin Smit');

  await page.getByRole('link', { name: 'Klachtenregeling en termijnen' }).click();
  await page.getByRole('button', { name: 'Andere voorbeeldregeling kiezen' }).click();
  await page.getByRole('button', { name: 'Gebruik Klachtenprotocol met coördinator klachten' }).click();
  await expect(page.getByRole('heading', { name: /Klachtenprotocol met coördinator klachten/ })).toBeVisible();
  await expect(page.getByText('elke 2 weken')).toBeVisible();

  await page.keyboard.press('Control+n');
  await page.getByLabel('Naam', { exact: true }).fill('Greet Hoekstra');
  await page.getByLabel('Samenvatting').fill('Steunzolen knellen na aanpassing');
  await page.getByLabel('Betrokken medewerker(s)').fill('Karin Smit');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('K-2026-0001');

  const workflow = page.getByRole('region', { name: 'Klachtenregeling' });
  const deadlines = workflow.getByRole('table', { name: 'Termijnen' });
  // 5 working days from Monday 16 November: Monday 23 November.
  await expect(deadlines.getByRole('row', { name: /Ontvangstbevestiging/ })).toContainText('23 november 2026');
  await expect(deadlines.getByRole('row', { name: /Ontvangstbevestiging/ })).toContainText('nog 5 werkdagen');

  await step(page, 'Ontvangst bevestigd');
  await expect(deadlines.getByRole('row', { name: /Ontvangstbevestiging/ })).toContainText('gehaald');

  // The coordinator decides who owns the complaint (the protocol does not forbid someone it names).
  await step(page, 'Behandelaar toewijzen', async (form) => {
    await form.getByLabel('Behandelaar', { exact: true }).selectOption({ label: 'Pieter Bakker' });
    await form.getByLabel('Wie neemt contact op met de klant?').selectOption({ label: 'De behandelaar' });
  });
  await expect(page.getByRole('region', { name: 'Voortgang' })).toContainText('Pieter Bakker');
  // The coordinator checks with the owner after 2 weeks: Monday 30 November.
  await expect(deadlines.getByRole('row', { name: /Statuscontrole/ })).toContainText('30 november 2026');

  await step(page, 'Statuscontrole vastleggen', (form) => form.getByLabel('Wat is besproken?').fill('Klant komt donderdag langs voor aanpassing'));
  // No verdict under this protocol: the agreed solution, the evaluation and the customer's agreement close it.
  await expect(page.getByRole('group', { name: 'Stappen die nu kunnen' }).getByRole('button', { name: 'Oordeel vastleggen', exact: true })).toHaveCount(0);
  await addCorrectiveAction(page, { description: 'Meetprotocol voor steunzolen herzien', assignee: 'Pieter Bakker', dueOn: '18-12-2026' });

  const bar = page.getByRole('group', { name: 'Stappen die nu kunnen' });
  await step(page, 'Oplossing afspreken', async (form) => {
    await form.getByLabel('Oplossing', { exact: true }).fill('Nieuwe zolen aangemeten');
    await form.getByLabel('Afgesproken hersteldatum').fill('19-11-2026');
  });
  await step(page, 'Oplossing uitgevoerd');
  await step(page, 'Evaluatie met klant vastleggen', (form) => form.getByLabel('Uitkomst van de evaluatie').fill('Klant tevreden over de snelle aanpassing'));

  // Closing is refused until the customer's agreement is recorded.
  const close = bar.getByRole('button', { name: 'Dossier sluiten' });
  await expect(close).toBeDisabled();
  await expect(page.locator('#why-close')).toContainText('akkoord');

  await step(page, 'Akkoord van klant vastleggen');
  // The measure is still open: it goes on after closing.
  await step(page, 'Dossier sluiten', async (form) => {
    await form.getByLabel('Open vervolgafspraken en maatregelen (1)').selectOption({ label: 'Laten doorlopen na het sluiten' });
  });
  await expect(page.getByRole('list', { name: 'Kerngegevens' })).toContainText('Gesloten');
  await expect(page.getByRole('region', { name: 'Voortgang' })).toContainText(`door ${FIRST_USER}`);
});

test('a next step opened while the last one is still being saved stays open', async ({ page }) => {
  await page.clock.setFixedTime(MONDAY);
  await recordComplaint(page, { name: 'Anna Visser', summary: 'Factuur dubbel verstuurd' });
  await expect(page.getByRole('heading', { level: 1 })).toContainText('K-2026-0001');

  const bar = page.getByRole('group', { name: 'Stappen die nu kunnen' });
  await bar.getByRole('button', { name: 'Ontvangst bevestigd', exact: true }).click();
  const release = await holdWrites(page);
  await page.getByRole('form', { name: 'Ontvangst bevestigd' }).getByRole('button', { name: 'Vastleggen' }).click();
  await bar.getByRole('button', { name: 'Behandelaar toewijzen', exact: true }).click();
  const assign = page.getByRole('form', { name: 'Behandelaar toewijzen' });
  await expect(assign).toBeVisible();
  await release();

  await expect(page.getByRole('table', { name: 'Termijnen' }).getByRole('row', { name: /Ontvangstbevestiging/ })).toContainText('gehaald');
  await expect(assign).toBeVisible();
  await expect(assign.getByLabel('Behandelaar')).toBeFocused();
});

test('the card badges and the list filter "te laat" follow the clock', async ({ page }) => {
  await page.clock.setFixedTime(MONDAY);
  await recordComplaint(page, { name: 'Willem Dekker', summary: 'Niemand belt terug' });
  await expect(page.getByRole('heading', { level: 1 })).toContainText('K-2026-0001');
  const row = page.getByRole('table', { name: 'Termijnen' }).getByRole('row', { name: /Ontvangstbevestiging/ });
  await expect(row).toContainText('nog 5 werkdagen');

  await page.goto('./#/klachten');
  await page.getByLabel('Termijn', { exact: true }).selectOption({ label: 'Te laat' });
  await expect(page.getByText('0 klachten')).toBeVisible();

  // Two weeks later nothing has been sent: the acknowledgement is overdue.
  await page.clock.setFixedTime(new Date('2026-11-30T10:00:00+01:00'));
  await page.reload();
  await page.getByLabel('Termijn', { exact: true }).selectOption({ label: 'Te laat' });
  const list = page.getByRole('table', { name: 'Klachtenlijst' });
  await expect(list).toContainText('Willem Dekker');
  await expect(list).toContainText('te laat');
  await list.getByRole('link', { name: 'K-2026-0001' }).click();
  await expect(row).toContainText('5 werkdagen te laat');
});

test('a complaint submitted after the 12-month limit is flagged at intake and can be accepted anyway with a reason', async ({ page }) => {
  await page.clock.setFixedTime(MONDAY);
  await openApp(page, '#/instellingen/klachtenregeling');
  await page.getByRole('button', { name: 'Andere voorbeeldregeling kiezen' }).click();
  await page.getByRole('button', { name: /Gebruik .*klachtencommissie/i }).click();
  await page.keyboard.press('Control+n');
  await page.getByLabel('Naam', { exact: true }).fill('Ruud Peters');
  await page.getByLabel('Samenvatting').fill('Website twee jaar geleden slecht opgeleverd');
  await page.getByLabel('Probleem ontstaan op').fill('01-09-2025');
  await expect(page.getByRole('status').filter({ hasText: 'na de termijn van 12 maanden' })).toBeVisible();
  await page.keyboard.press('Control+Enter');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('K-2026-0001');

  const bar = page.getByRole('group', { name: 'Stappen die nu kunnen' });
  await expect(bar.getByRole('button', { name: 'Niet-ontvankelijk verklaren' })).toBeVisible();
  await step(page, 'Toch in behandeling nemen', (form) => form.getByLabel('Waarom wordt de late klacht toch behandeld?').fill('Klant was lang in het buitenland'));
  await expect(page.getByRole('region', { name: 'Afhandeling' })).toContainText('Klant was lang in het buitenland');
  await expect(bar.getByRole('button', { name: 'Niet-ontvankelijk verklaren' })).toHaveCount(0);

  // The committee judges; the customer appeals; the appeal committee's 8 weeks run from receipt of the appeal.
  const judgement = await step(page, 'Oordeel vastleggen', async (form) => {
    await form.getByLabel('Oordeel', { exact: true }).selectOption({ label: 'Ongegrond' });
    await form.getByLabel('Motivering').fill('De oplevering voldeed aan de afspraken.');
    await expect(form.getByLabel('Beoordeeld door')).toHaveValue(/NC Jansen/);
  });
  await expect(judgement).toBeHidden();
  await step(page, 'Schriftelijke reactie verstuurd');
  await step(page, 'Escaleren', async (form) => {
    await form.getByLabel('Naar').selectOption({ label: 'Beroepscommissie (onafhankelijk voorzitter CR Makarawung)' });
    await form.getByLabel('Ontvangen door instantie op').fill('16-11-2026');
  });
  const escalations = page.getByRole('list', { name: 'Escalaties' });
  await expect(escalations).toContainText('besluit uiterlijk 11 januari 2027');
  await expect(page.getByRole('list', { name: 'Kerngegevens' })).toContainText('Geëscaleerd');
  await escalations.getByLabel('Besluit van de instantie').fill('Beroep ongegrond');
  await escalations.getByRole('button', { name: 'Besluit vastleggen' }).click();
  await expect(escalations).toContainText('Beroep ongegrond');
});
