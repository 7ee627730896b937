/**
 * Two workstations of one office: two browser contexts (two Chromium profiles,
 * each with its own IndexedDB) against one pouchdb-server, reached as an
 * office would in the browser build: under the app's own address (/couchdb/).
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { recordComplaint } from './helpers';
import { fillServer as fillOfficeServer, syncStatus, workstation as officeWorkstation, officeForFile } from './office';

const ADMIN = { name: 'beheerder', password: 'beheer-wachtwoord' };
const MARLOES = { name: 'marloes', password: 'balie-2026', roles: ['receptionist', 'coordinator'] };
const SANNE = { name: 'sanne', password: 'coordinator-2026', roles: ['coordinator', 'owner'] };
const KEES = { name: 'kees', password: 'telefoon-2026', roles: ['receptionist'] };

const office = officeForFile(ADMIN, [MARLOES, SANNE, KEES]);

test.describe.configure({ mode: 'serial' });

const MONDAY = new Date('2026-11-16T10:00:00+01:00');
const workstation = (browser: Browser, staffName: string) => officeWorkstation(browser, office().appUrl, staffName, (page) => page.clock.setFixedTime(MONDAY));
const fillServer = (page: Page, user: { name: string; password: string }) => fillOfficeServer(page, office().appUrl, user);
const status = syncStatus;

test('two workstations share one register: recorded on A shows on B, edited on B shows on A, offline work catches up', async ({ browser }) => {
  const a = await workstation(browser, 'Marloes Balie');
  await recordComplaint(a, { name: 'Jan de Vries', summary: 'Verwarming doet het niet' });

  // A wrong password and an unreachable server each say so in Dutch, next to nothing shared.
  await fillServer(a, { ...MARLOES, password: 'fout' });
  await a.getByRole('button', { name: 'Verbinding testen' }).click();
  await expect(a.getByRole('alert')).toContainText('De gebruikersnaam of het wachtwoord klopt niet.');
  await a.getByLabel('Adres van de server').fill(`${office().appUrl.replace(/:\d+\/$/, ':9')}/`);
  await a.getByRole('button', { name: 'Verbinding testen' }).click();
  await expect(a.getByText(/hetzelfde adres als Klachtenbalie/)).toBeVisible();

  // No administrator puts Klachtenbalie's rules on this register (tests/unit/sync.signIn.test.ts does): pouchdb-server, unlike
  // CouchDB, drops every replicated update once a register has any validate_doc_update (see tests/contract).
  await fillServer(a, MARLOES);
  await a.getByRole('button', { name: 'Verbinding testen' }).click();
  await expect(a.getByRole('status').filter({ hasText: 'De verbinding werkt' })).toContainText('aangemeld als marloes');
  await a.screenshot({ path: 'test-results/screenshots/sharing-form.png', fullPage: true });
  await a.getByRole('button', { name: 'Dit register delen' }).click();
  await expect(a.getByText('Dit register wordt nu gedeeld met het kantoor.')).toBeVisible();
  await expect(status(a)).toHaveText('Gedeeld register: bijgewerkt');

  const b = await workstation(browser, 'Sanne Coördinator');
  await fillServer(b, SANNE);
  await b.getByRole('button', { name: 'Aansluiten bij het kantoorregister' }).click();
  await expect(b.getByText('Deze computer werkt nu in het kantoorregister.')).toBeVisible();
  await b.goto('./#/klachten');
  await expect(b.getByRole('row', { name: /Verwarming doet het niet/ })).toContainText('K-2026-0001');

  // Recorded on A while both are online: on B's list without a reload.
  const second = await recordComplaint(a, { name: 'Anna Visser', summary: 'Factuur dubbel verstuurd' });
  await b.goto('./#/klachten');
  await expect(b.getByRole('row', { name: /Factuur dubbel verstuurd/ })).toContainText(second);

  // Edited on B: A's card follows.
  await b.getByRole('row', { name: /Factuur dubbel verstuurd/ }).getByRole('link').first().click();
  await expect(b.getByRole('heading', { level: 1 })).toContainText(second);
  const cardUrl = b.url().replace(/^.*#/, '#');
  await a.goto(`./${cardUrl}`);
  await expect(a.getByRole('heading', { level: 1 })).toContainText(second);
  await b.getByRole('button', { name: 'Wijzigen' }).first().click();
  await b.getByLabel('Categorie').fill('Facturatie');
  await b.getByRole('button', { name: 'Opslaan' }).click();
  await expect(a.getByRole('region', { name: 'Klachtgegevens' })).toContainText('Facturatie');

  // A file pinned on A opens on B: fetched from the server when B first looks at it.
  await a.getByLabel('Bestanden kiezen').setInputFiles([{ name: 'telefoonnotitie.txt', mimeType: 'text/plain', buffer: Buffer.from('Klant belde terug: factuur is twee keer geïnd.') }]);
  await expect(a.getByRole('region', { name: 'Prikbord' })).toContainText('telefoonnotitie.txt');
  await b.getByRole('button', { name: 'telefoonnotitie.txt bekijken' }).click();
  await expect(b.getByRole('dialog', { name: 'telefoonnotitie.txt' })).toContainText('factuur is twee keer geïnd', { timeout: 20_000 });
  await b.getByRole('dialog', { name: 'telefoonnotitie.txt' }).getByRole('button', { name: 'Sluiten' }).click();

  // B loses the network: it keeps working, says so, and catches up afterwards in both directions.
  await b.context().setOffline(true);
  const third = await recordComplaint(b, { name: 'Kees Jansen', summary: 'Deur klemt na reparatie' });
  await expect(status(b)).toContainText(/Offline sinds .* · \d+ wijziging(en)? wacht/, { timeout: 20_000 });
  const fourth = await recordComplaint(a, { name: 'Els Bakker', summary: 'Monteur te laat' });
  await b.context().setOffline(false);
  await expect(status(b)).toHaveText('Gedeeld register: bijgewerkt', { timeout: 30_000 });
  await b.goto('./#/klachten');
  await expect(b.getByRole('row', { name: /Monteur te laat/ })).toContainText(fourth);
  await a.goto('./#/klachten');
  await expect(a.getByRole('row', { name: /Deur klemt na reparatie/ })).toContainText(third);
  expect(new Set([second, third, fourth]).size).toBe(3);
});

test('one field changed on two workstations while apart shows on both cards as a conflict; the choice made on one reaches the other', async ({ browser }) => {
  const a = await workstation(browser, 'Marloes Balie');
  const b = await workstation(browser, 'Sanne Coördinator');
  // Both are in the shared register from the first test: B joined it, A is a new PC that joins too.
  for (const [page, user] of [[a, MARLOES], [b, SANNE]] as const) {
    await fillServer(page, user);
    await page.getByRole('button', { name: 'Aansluiten bij het kantoorregister' }).click();
    await expect(page.getByText('Deze computer werkt nu in het kantoorregister.')).toBeVisible();
  }
  await expect(status(a)).toHaveText('Gedeeld register: bijgewerkt');
  await a.screenshot({ path: 'test-results/screenshots/sharing-settings.png', fullPage: true });

  await a.goto('./#/klachten');
  await a.getByRole('row', { name: /Verwarming doet het niet/ }).getByRole('link').first().click();
  await expect(a.getByRole('heading', { level: 1 })).toContainText('K-2026-0001');
  const card = a.url().replace(/^.*#/, '#');
  await b.goto(`./${card}`);
  await expect(b.getByRole('heading', { level: 1 })).toContainText('K-2026-0001');

  for (const page of [a, b]) await page.context().setOffline(true);
  for (const [page, summary] of [[a, 'Verwarming al een week stuk'], [b, 'Geen warm water in de badkamer']] as const) {
    await page.getByRole('button', { name: 'Wijzigen' }).first().click();
    await page.getByLabel('Samenvatting').fill(summary);
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(summary);
  }
  for (const page of [a, b]) await page.context().setOffline(false);

  for (const page of [a, b]) {
    const conflicts = page.getByRole('region', { name: 'Tegenstrijdige wijzigingen' });
    await expect(conflicts).toContainText('Marloes Balie wijzigde dit', { timeout: 30_000 });
    await expect(conflicts).toContainText('Sanne Coördinator wijzigde dit');
  }
  await a.screenshot({ path: 'test-results/screenshots/card-conflict.png', fullPage: true });
  await b.getByRole('button', { name: 'Houd „Geen warm water in de badkamer”' }).click();
  await expect(b.getByRole('heading', { level: 1 })).toContainText('Geen warm water in de badkamer');
  await expect(b.getByRole('region', { name: 'Tegenstrijdige wijzigingen' })).toHaveCount(0);
  // The choice is a change like any other: A's card follows, with the choice in its history.
  await expect(a.getByRole('region', { name: 'Tegenstrijdige wijzigingen' })).toHaveCount(0, { timeout: 30_000 });
  await expect(a.getByRole('heading', { level: 1 })).toContainText('Geen warm water in de badkamer');
  await expect(a.getByText(/Tegenstrijdige wijziging van samenvatting opgelost/)).toBeVisible();
});

test('each colleague signs in with their own account; a step of another role is refused with who may, and the history names who signed in', async ({ browser }) => {
  const c = await workstation(browser, 'Kees de Telefoon');
  await fillServer(c, KEES);
  await c.getByRole('button', { name: 'Aansluiten bij het kantoorregister' }).click();
  await expect(c.getByText('Deze computer werkt nu in het kantoorregister.')).toBeVisible();
  const whoami = c.getByRole('banner').getByText('Aan het werk:');
  await expect(whoami).toContainText('Kees de Telefoon');

  // Kees answers the phone: the coordinator assigns owners (004 and every preset), so the card says that step is not his.
  await c.goto('./#/klachten');
  await c.getByRole('row', { name: /K-2026-0001/ }).getByRole('link').first().click();
  await expect(c.getByRole('heading', { level: 1 })).toContainText('K-2026-0001');
  const steps = c.getByRole('group', { name: 'Stappen die nu kunnen' });
  await expect(steps.getByRole('button', { name: 'Contact vastleggen' })).toBeEnabled();
  await expect(steps.getByRole('button', { name: 'Behandelaar toewijzen', exact: true })).toHaveCount(0);
  await c.getByText(/Nog niet mogelijk/).click();
  const refused = c.getByRole('button', { name: 'Behandelaar toewijzen', exact: true });
  await expect(refused).toBeDisabled();
  await expect(refused).toHaveAccessibleDescription('Deze stap is voor de klachtencoördinator; u bent aangemeld zonder die rol');
  // Steps that also wait for something else say first whose they are, so Kees knows whom to ask rather than what to do.
  await expect(steps.getByRole('button', { name: 'Dossier sluiten', exact: true })).toHaveAccessibleDescription('Deze stap is voor de klachtencoördinator; u bent aangemeld zonder die rol');
  await expect(c.getByRole('button', { name: 'Oordeel vastleggen', exact: true })).toHaveAccessibleDescription(
    'Deze stap is voor de behandelaar, de klachtencoördinator of de directie; u bent aangemeld zonder die rol',
  );
  await c.screenshot({ path: 'test-results/screenshots/card-refused-step.png', fullPage: true });
  const card = c.url().replace(/^.*#/, '#');

  // He signs out; Sanne signs in on the same PC, with a wrong password first.
  await c.getByRole('banner').getByRole('button', { name: 'Afmelden' }).click();
  await expect(c.getByRole('heading', { name: 'Aanmelden' })).toBeVisible();
  await expect(c.getByRole('navigation', { name: 'Hoofdmenu' })).toHaveCount(0);
  await c.getByLabel('Gebruikersnaam').fill(SANNE.name);
  await c.getByLabel('Wachtwoord').fill('verkeerd');
  await c.keyboard.press('Enter');
  await expect(c.getByLabel('Wachtwoord')).toHaveAccessibleDescription(/De gebruikersnaam of het wachtwoord klopt niet/);
  await expect(c.getByLabel('Gebruikersnaam')).toHaveValue(SANNE.name);
  await c.screenshot({ path: 'test-results/screenshots/sign-in.png', fullPage: true });
  await c.getByLabel('Wachtwoord').fill(SANNE.password);
  await c.keyboard.press('Enter');
  // Her colleague record came with the register: she is recognised by her account.
  await expect(whoami).toContainText('Sanne Coördinator');

  await c.goto(`./${card}`);
  await c.getByRole('group', { name: 'Stappen die nu kunnen' }).getByRole('button', { name: 'Behandelaar toewijzen', exact: true }).click();
  const form = c.getByRole('form', { name: 'Behandelaar toewijzen' });
  await form.getByLabel('Behandelaar').selectOption({ label: 'Sanne Coördinator' });
  await form.getByRole('button', { name: 'Vastleggen' }).click();
  const history = c.getByRole('region', { name: 'Voortgang' });
  await expect(history).toContainText('Behandelaar: Sanne Coördinator');
  // Recorded by her, the one signed in, not by Kees who was at this PC before.
  const assigned = history.getByRole('listitem').filter({ hasText: 'Behandelaar: Sanne Coördinator' });
  await expect(assigned).toContainText('door Sanne Coördinator');
  await expect(assigned).not.toContainText('door Kees');
});
