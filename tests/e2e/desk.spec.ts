import { expect, test, type Locator, type Page } from '@playwright/test';
import { FIRST_USER, openApp } from './helpers';
import { chooseProcedure } from './walks/steps';

// Monday 16 November 2026, 10:00 in Amsterdam: complaints come in today.
const MONDAY = new Date('2026-11-16T10:00:00+01:00');
// Two weeks later: acknowledgements (due Monday 23 November) are 5 working days late,
// two-weekly status checks of owners assigned on the 16th fall due today.
const TWO_WEEKS_LATER = new Date('2026-11-30T10:00:00+01:00');

async function addStaff(page: Page, name: string, role = 'Behandelaar') {
  await page.getByRole('button', { name: 'Medewerker toevoegen' }).click();
  await page.getByLabel('Naam medewerker').fill(name);
  // A new colleague starts as owner; someone for the front desk only is not.
  if (role !== 'Behandelaar') await page.getByLabel('Behandelaar').uncheck();
  await page.getByLabel(role).check();
  await page.getByRole('button', { name: 'Medewerker opslaan' }).click();
  await expect(page.getByRole('table', { name: 'Medewerkers' })).toContainText(name);
}

async function useCoordinatorProtocol(page: Page) {
  await page.goto('./#/instellingen/klachtenregeling');
  await page.getByRole('button', { name: 'Andere voorbeeldregeling kiezen' }).click();
  await page.getByRole('button', { name: 'Gebruik Klachtenprotocol met coördinator klachten' }).click();
  await expect(page.getByRole('heading', { name: /Klachtenprotocol met coördinator klachten/ })).toBeVisible();
}

async function newComplaint(page: Page, name: string, summary: string, involved?: string): Promise<string> {
  await page.goto('./#/nieuw');
  await page.getByLabel('Naam', { exact: true }).fill(name);
  await page.getByLabel('Samenvatting').fill(summary);
  if (involved) await page.getByLabel('Betrokken medewerker(s)').fill(involved);
  await page.keyboard.press('Control+Enter');
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toContainText(/K-2026-\d{4}/);
  return /K-2026-\d{4}/.exec((await heading.textContent()) ?? '')?.[0] ?? '';
}

// The desk runs a dozen live queries at once; a read falling out of its transaction shows up as a console error first.
let consoleErrors: string[] = [];
test.beforeEach(({ page }) => {
  consoleErrors = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
});
test.afterEach(() => {
  expect(consoleErrors).toEqual([]);
});

const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

/** Assigns from the desk's "Niet toegewezen" list; returns the row's form so a refusal can be read. */
async function assignFromDesk(list: Locator, reference: string, owner: string, contactBy?: string): Promise<Locator> {
  const form = list.getByRole('form', { name: `Behandelaar toewijzen voor ${reference}` });
  if (!(await form.isVisible())) await list.getByRole('button', { name: `Toewijzen ${reference}` }).click();
  await form.getByLabel('Behandelaar').selectOption({ label: owner });
  if (contactBy) await form.getByLabel('Wie neemt contact op met de klant?').selectOption({ label: contactBy });
  await form.getByRole('button', { name: 'Toewijzen', exact: true }).click();
  return form;
}

test('a coordinator sees an overdue acknowledgement at the top, opens it, records it, and it leaves the list', async ({ page }) => {
  await page.clock.setFixedTime(MONDAY);
  await openApp(page, '#/nieuw');
  const reference = await newComplaint(page, 'Willem Dekker', 'Niemand belt terug');

  await page.goto('./#/bureau');
  const overdue = region(page, 'Te laat');
  await expect(overdue).toContainText('Niets te laat');
  await expect(page.getByRole('link', { name: 'Bureau', exact: true })).toBeVisible();
  await expect(page).toHaveTitle('Klachtenbalie');

  await page.clock.setFixedTime(TWO_WEEKS_LATER);
  await page.reload();
  const first = overdue.getByRole('table').first();
  await expect(first).toHaveAccessibleName(/^Ontvangstbevestiging 1$/);
  const row = first.getByRole('row', { name: new RegExp(reference) });
  await expect(row).toContainText('Willem Dekker');
  await expect(row).toContainText('niemand');
  await expect(row).toContainText('23 nov. 2026');
  await expect(row).toContainText('5 werkdagen te laat');
  // The reminder: a badge on "Bureau" and the count in the window title.
  await expect(page.getByRole('link', { name: 'Bureau (1 klacht te laat)' })).toBeVisible();
  await expect(page).toHaveTitle('(1) Klachtenbalie');

  // One click opens the card at the step: the workflow panel in view and focused, the term marked.
  await row.getByRole('cell', { name: 'Willem Dekker' }).click();
  await expect(page).toHaveURL(/#\/klacht\/[0-9a-f-]{36}\?stap=acknowledgement$/);
  const workflow = region(page, 'Klachtenregeling');
  await expect(workflow).toBeFocused();
  await expect(workflow.getByRole('row', { name: /Ontvangstbevestiging/ })).toHaveAttribute('aria-current', 'step');
  await page.screenshot({ path: 'test-results/screenshots/desk-card-at-step.png' });
  await workflow.getByRole('group', { name: 'Stappen die nu kunnen' }).getByRole('button', { name: 'Ontvangst bevestigd', exact: true }).click();
  await page.getByRole('form', { name: 'Ontvangst bevestigd' }).getByRole('button', { name: 'Vastleggen' }).click();
  await expect(workflow.getByRole('row', { name: /Ontvangstbevestiging/ })).toContainText('gehaald');

  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Bureau' })).toBeVisible();
  await expect(overdue.getByRole('table', { name: /Ontvangstbevestiging/ })).toHaveCount(0);
  await expect(overdue).toContainText('Niets te laat');
  await expect(page.getByRole('link', { name: 'Bureau', exact: true })).toBeVisible();
  await expect(page).toHaveTitle('Klachtenbalie');
});

test('assigning from the desk refuses an employee the complaint is about, then accepts a colleague', async ({ page }) => {
  await page.clock.setFixedTime(MONDAY);
  await openApp(page, '#/instellingen/medewerkers');
  await addStaff(page, 'Pieter Bakker');
  await addStaff(page, 'Karin Smit');
  // Under the DOKh regeling a non-involved employee judges, so the owner may not be someone the complaint names.
  await chooseProcedure(page, 'Klachtenregeling zorg en welzijn (aangesloten bij DOKh)');
  const reference = await newComplaint(page, 'Greet Hoekstra', 'Steunzolen knellen na aanpassing', 'Karin Smit');

  await page.goto('./#/bureau');
  const unassigned = region(page, 'Niet toegewezen');
  await expect(unassigned.getByRole('heading', { level: 2 })).toHaveText('Niet toegewezen 1');
  const refused = await assignFromDesk(unassigned, reference, 'Karin Smit');
  await expect(refused.getByRole('alert')).toHaveText('Karin Smit is betrokken bij deze klacht en mag hem niet behandelen');
  await page.screenshot({ path: 'test-results/screenshots/desk-assign-refused.png' });
  await expect(unassigned.getByRole('link', { name: reference })).toBeVisible();

  await assignFromDesk(unassigned, reference, 'Pieter Bakker');
  await expect(page.getByRole('status')).toContainText(`${reference}: behandelaar Pieter Bakker.`);
  await expect(unassigned).toContainText('Elke open klacht heeft een behandelaar.');
  const pieter = region(page, 'Behandelaars').getByRole('row', { name: /Pieter Bakker/ });
  await expect(pieter.getByRole('cell').first()).toHaveText('1');

  // The card tells the same story, by the coordinator who assigned it.
  await page.goto('./#/klachten');
  await page.getByRole('table', { name: 'Klachtenlijst' }).getByRole('link', { name: reference }).click();
  await expect(page.getByRole('region', { name: 'Voortgang' })).toContainText('Behandelaar: Pieter Bakker');
  await expect(page.getByRole('region', { name: 'Voortgang' })).toContainText(`door ${FIRST_USER}`);
});

test('the owner workload numbers match the lists behind them, and a status check is recorded from the desk', async ({ page }) => {
  await page.clock.setFixedTime(MONDAY);
  await openApp(page, '#/instellingen/medewerkers');
  await addStaff(page, 'Pieter Bakker');
  await addStaff(page, 'Karin Smit');
  await useCoordinatorProtocol(page);
  const one = await newComplaint(page, 'Greet Hoekstra', 'Steunzolen knellen');
  const two = await newComplaint(page, 'Willem Dekker', 'Niemand belt terug');
  const three = await newComplaint(page, 'Anna de Vries', 'Rekening te hoog');

  await page.goto('./#/bureau');
  const unassigned = region(page, 'Niet toegewezen');
  // 004: whoever assigns agrees who contacts the customer, on the desk as on the card.
  const unagreed = await assignFromDesk(unassigned, one, 'Pieter Bakker');
  await expect(unagreed.getByRole('alert')).toHaveText('Kies wie contact opneemt met de klant');
  await assignFromDesk(unassigned, one, 'Pieter Bakker', 'De behandelaar');
  await expect(unassigned.getByRole('link', { name: one })).toHaveCount(0);
  await assignFromDesk(unassigned, two, 'Pieter Bakker', 'De coördinator klachten');
  await expect(unassigned.getByRole('link', { name: two })).toHaveCount(0);
  await assignFromDesk(unassigned, three, 'Karin Smit', 'De behandelaar');
  await expect(unassigned).toContainText('Elke open klacht heeft een behandelaar.');

  await page.clock.setFixedTime(TWO_WEEKS_LATER);
  await page.reload();
  const owners = region(page, 'Behandelaars');
  const cells = owners.getByRole('row', { name: /Pieter Bakker/ }).getByRole('cell');
  // Open, te laat (both acknowledgements), deze week (both status checks, due today), oldest open.
  await expect(cells.nth(0)).toHaveText('2');
  await expect(cells.nth(1)).toHaveText('2');
  await expect(cells.nth(2)).toHaveText('2');
  await expect(cells.nth(3)).toContainText('16 nov. 2026');
  const numbers = { open: Number(await cells.nth(0).textContent()), overdue: Number(await cells.nth(1).textContent()), week: Number(await cells.nth(2).textContent()) };

  await owners.getByRole('link', { name: 'Pieter Bakker' }).click();
  await expect(page).toHaveURL(/#\/bureau\?behandelaar=[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bureau Pieter Bakker');
  await expect(region(page, 'Open klachten').locator('tbody tr')).toHaveCount(numbers.open);
  await expect(region(page, 'Te laat').locator('tbody tr')).toHaveCount(numbers.overdue);
  await expect(region(page, 'Deze week').locator('tbody tr')).toHaveCount(numbers.week);
  await expect(region(page, 'Open klachten')).not.toContainText('Anna de Vries');
  await expect(region(page, 'Te laat')).toContainText(one);
  await expect(region(page, 'Te laat')).toContainText(two);
  await page.screenshot({ path: 'test-results/screenshots/desk-owner.png', fullPage: true });

  // Back on the whole desk: both owners are due their two-weekly check; record one right here.
  await page.getByRole('link', { name: 'Hele bureau tonen' }).click();
  const checks = region(page, 'Statuscontroles');
  await expect(checks.getByRole('table', { name: /Pieter Bakker/ })).toHaveAccessibleName('Pieter Bakker 2');
  await expect(checks.getByRole('table', { name: /Karin Smit/ })).toHaveAccessibleName('Karin Smit 1');
  await checks.getByRole('button', { name: `Statuscontrole vastleggen ${one}` }).click();
  const form = checks.getByRole('form', { name: 'Statuscontrole vastleggen' });
  await expect(form.getByLabel('Datum controle')).toHaveValue('30-11-2026');
  await form.getByLabel('Wat is besproken?').fill('Klant komt donderdag langs voor aanpassing');
  await form.getByLabel('Volgende stap').fill('Nieuwe zolen aanmeten');
  await page.screenshot({ path: 'test-results/screenshots/desk-status-check.png', fullPage: true });
  await form.getByRole('button', { name: 'Vastleggen' }).click();
  await expect(checks.getByRole('table', { name: /Pieter Bakker/ })).toHaveAccessibleName('Pieter Bakker 1');
  await expect(checks.getByRole('link', { name: one })).toHaveCount(0);
  await expect(cells.nth(2)).toHaveText('1');

  await page.goto(`./#/klachten`);
  await page.getByRole('table', { name: 'Klachtenlijst' }).getByRole('link', { name: one }).click();
  await expect(page.getByRole('region', { name: 'Voortgang' })).toContainText('Klant komt donderdag langs voor aanpassing');
});

test('a complaint late on its acknowledgement, its response and the notice of more time counts once in the totals, listed under each kind', async ({ page }) => {
  await page.clock.setFixedTime(MONDAY);
  await openApp(page, '#/instellingen/medewerkers');
  await addStaff(page, 'Pieter Bakker');
  // 002: the notice of more time is due on the day the response is (4 weeks).
  await chooseProcedure(page, 'Klachtenprocedure vakbedrijf');
  const reference = await newComplaint(page, 'Greet Hoekstra', 'Kozijn lekt na herstel');
  await page.goto('./#/bureau');
  await assignFromDesk(region(page, 'Niet toegewezen'), reference, 'Pieter Bakker');
  await expect(region(page, 'Niet toegewezen')).toContainText('Elke open klacht heeft een behandelaar.');

  // Five weeks on: the acknowledgement (23 Nov.), the response and its notice (both 14 Dec.) have passed.
  await page.clock.setFixedTime(new Date('2026-12-21T10:00:00+01:00'));
  await page.reload();
  const overdue = region(page, 'Te laat');
  for (const kind of ['Ontvangstbevestiging', 'Reactie', 'Bericht verlenging']) {
    await expect(overdue.getByRole('table', { name: new RegExp(`^${kind} 1$`) }).getByRole('row', { name: new RegExp(reference) })).toBeVisible();
  }
  await expect(overdue.getByRole('heading', { level: 2 })).toHaveText('Te laat 1');
  await expect(region(page, 'Behandelaars').getByRole('row', { name: /Pieter Bakker/ }).getByRole('cell').nth(1)).toHaveText('1');
  await expect(page.getByRole('link', { name: 'Bureau (1 klacht te laat)' })).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/desk-totals-once.png', fullPage: true });
});

test('the start screen follows the person working: coordinator on the desk, owner on their own part, receptionist on the intake', async ({ page }) => {
  // Opened bare, the first user (receptionist and coordinator) lands on the desk.
  await openApp(page, '');
  await expect(page).toHaveURL(/#\/bureau$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bureau');
  await expect(region(page, 'Te laat')).toContainText('Niets te laat');
  // The coordinator is no behandelaar: the desk says who to add instead of listing her with nothing.
  await expect(region(page, 'Behandelaars')).toContainText('Nog geen behandelaars. Geef collega’s de rol Behandelaar');

  await page.getByRole('link', { name: 'Instellingen', exact: true }).click();
  await page.getByRole('link', { name: 'Medewerkers' }).click();
  await addStaff(page, 'Pieter Bakker');
  await addStaff(page, 'Bea Balie', 'Balie / telefoon');

  const switchTo = async (name: string) => {
    await page.getByRole('button', { name: 'Wisselen' }).click();
    await page.getByRole('button', { name: new RegExp(name) }).click();
    await expect(page.getByText(`Aan het werk: ${name}`)).toBeVisible();
  };
  await switchTo('Pieter Bakker');
  await expect(page).toHaveURL(/#\/bureau\?behandelaar=[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bureau Pieter Bakker');
  await expect(region(page, 'Open klachten')).toContainText('Geen open klachten');

  await switchTo('Bea Balie');
  await expect(page).toHaveURL(/#\/nieuw$/);

  await switchTo(FIRST_USER);
  await expect(page).toHaveURL(/#\/bureau$/);

  // An explicit route is kept, whoever works.
  await page.goto('./#/klachten');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Klachten');
});

test('screenshot of the desk with demo data', async ({ page }) => {
  await page.goto('./?demo=300#/bureau');
  await page.waitForFunction(() => document.documentElement.dataset.demoSeed === 'done', null, { timeout: 60_000 });
  await openApp(page, '#/bureau');
  await expect(region(page, 'Te laat').getByRole('table').first()).toBeVisible();
  await expect(region(page, 'Behandelaars').getByRole('row').nth(1)).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/desk.png', fullPage: true });
  await page.setViewportSize({ width: 1366, height: 860 });
  await page.screenshot({ path: 'test-results/screenshots/desk-viewport.png' });
});
