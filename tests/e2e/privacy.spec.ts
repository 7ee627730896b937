import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { sha256 } from './fixtures/files';
import { openApp, recordComplaint } from './helpers';
import { attachmentStored, recordFileWithPhoto, withdrawToday } from './retentionFile';

/** Monday 2 March 2026; the craft business's regeling (the default, seed 002) keeps a file three years after handling. */
const RECEIVED = new Date('2026-03-02T10:00:00+01:00');
const PAST_TERM = new Date('2029-06-04T10:00:00+02:00');

const SHOTS = process.env.E2E_SHOTS_DIR;

test('the coordinator anonymises a withdrawn file past its term: the card keeps no person, the register keeps the removal, the file leaves the disk', async ({ page }) => {
  await page.clock.setFixedTime(RECEIVED);
  const { reference, cardUrl, pdf } = await recordFileWithPhoto(page, 'Na de reparatie van vorige week lekt de dakgoot boven de voordeur weer');

  await withdrawToday(page, '02-03-2026', 'Mevrouw Bosman heeft het zelf laten repareren');

  await page.clock.setFixedTime(PAST_TERM);
  await page.goto('./#/bureau');
  const deskGroup = page.getByRole('region', { name: 'Bewaartermijn verstreken' });
  await expect(deskGroup.getByRole('heading')).toContainText('1');
  await deskGroup.getByRole('link', { name: /Naar Privacy/ }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Privacy' })).toBeVisible();
  const lapsed = page.getByRole('region', { name: /Bewaartermijn verstreken: Klachtenprocedure vakbedrijf/ });
  const row = lapsed.getByRole('row', { name: new RegExp(reference) });
  await expect(row).toContainText('2 maart 2026');
  await expect(page.getByText(/tot 12 maanden in oudere back-ups/)).toBeVisible();
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/privacy-screen.png`, fullPage: true });

  await row.getByRole('button', { name: `${reference} anonimiseren` }).click();
  const confirm = page.getByRole('dialog', { name: `${reference} anonimiseren?` });
  await expect(confirm).toContainText('1 klacht zonder naam, contactgegevens en vrije tekst; 0 brieven en 1 ander bestand; 1 klant met naam en contactgegevens');
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/privacy-confirm.png` });
  await confirm.getByRole('button', { name: 'Anonimiseren' }).click();

  await expect(page.getByRole('status').filter({ hasText: `${reference} geanonimiseerd` })).toContainText('1 klant met naam en contactgegevens');
  await expect(lapsed).toHaveCount(0);
  const register = page.getByRole('table', { name: 'Verwijderregister' });
  const entry = register.getByRole('row', { name: new RegExp(reference) });
  await expect(entry).toContainText('Sanne de Balie');
  await expect(entry).toContainText('Bewaren 3 jaar na afhandeling');
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/privacy-register.png`, fullPage: true });

  await page.goto(cardUrl);
  const card = page.getByRole('article');
  await expect(card.getByRole('heading', { level: 1 })).toContainText(reference);
  await expect(page.getByRole('list', { name: 'Kerngegevens' })).toContainText('Klant: geanonimiseerd');
  for (const personal of ['Bosman', '06-98765432', 'h.bosman@example.nl', 'Lindelaan', 'dakgoot', 'zelf laten repareren']) {
    await expect(card).not.toContainText(personal);
  }
  await expect(page.getByRole('table', { name: 'Vastgepinde bestanden' }).getByRole('row', { name: /foto-dakgoot/ })).toHaveCount(0);

  expect(await attachmentStored(page, sha256(pdf))).toBe(false);
});

test('a file anonymised elsewhere while the question is open: the dialog says so and cannot confirm, instead of counting forever', async ({ page, context }) => {
  await page.clock.setFixedTime(RECEIVED);
  const reference = await recordComplaint(page, { name: 'Gerrit Mulder', phone: '06-11223344', summary: 'Kozijn niet geschilderd' });
  await withdrawToday(page, '02-03-2026', 'Meneer Mulder schildert het zelf');
  await page.clock.setFixedTime(PAST_TERM);
  await page.goto('./#/instellingen/privacy');
  await page.getByRole('button', { name: `${reference} anonimiseren` }).click();
  const confirm = page.getByRole('dialog', { name: `${reference} anonimiseren?` });
  await expect(confirm).toContainText('1 klacht zonder naam');

  // A colleague (here a second window of the same register) anonymises the same file first.
  const other = await context.newPage();
  await other.goto(page.url());
  await other.getByRole('button', { name: /^Sanne de Balie/ }).click();
  await other.getByRole('button', { name: `${reference} anonimiseren` }).click();
  await other.getByRole('dialog', { name: `${reference} anonimiseren?` }).getByRole('button', { name: 'Anonimiseren' }).click();
  await expect(other.getByRole('status').filter({ hasText: `${reference} geanonimiseerd` })).toBeVisible();

  await expect(confirm).toContainText('Er is niets verwijderd: niet na te gaan wat er weg zou gaan. Een van deze dossiers is er niet meer of is al geanonimiseerd.');
  await expect(confirm.getByRole('button', { name: 'Anonimiseren' })).toBeDisabled();
  await confirm.getByRole('button', { name: 'Annuleren' }).click();
  await expect(confirm).toBeHidden();
});

test('the register of processing is saved as a Word document written from the settings', async ({ page }) => {
  await page.clock.setFixedTime(RECEIVED);
  await openApp(page, '#/instellingen/privacy');
  const section = page.getByRole('region', { name: 'Verwerkingsregister' });
  const [download] = await Promise.all([page.waitForEvent('download'), section.getByRole('button', { name: 'Verwerkingsregister opslaan (Word)' }).click()]);
  expect(download.suggestedFilename()).toBe('Verwerkingsregister klachten 2026-03-02.docx');
  const documentXml = strFromU8(unzipSync(new Uint8Array(await readFile((await download.path())!)))['word/document.xml']!);
  // The default office (seed 002) keeps a file three years; nothing of the letterhead is filled in yet, and it says so.
  expect(documentXml).toContain('Klachtenprocedure vakbedrijf (versie 1): 3 jaar na afhandeling van de klacht');
  expect(documentXml).toContain('Naam: (nog niet ingevuld onder Instellingen › Briefpapier)');
  expect(documentXml).toContain('Opgesteld op 2 maart 2026');
  if (SHOTS) await section.screenshot({ path: `${SHOTS}/privacy-processing-register.png` });
});
