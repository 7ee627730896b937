import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { sha256 } from './fixtures/files';
import { recordComplaint } from './helpers';
import { attachmentStored, recordFileWithPhoto, withdrawToday } from './retentionFile';

/** Monday 2 March 2026; the craft business's regeling (the default, seed 002) keeps a file three years after handling. */
const RECEIVED = new Date('2026-03-02T10:00:00+01:00');
const PAST_TERM = new Date('2029-06-04T10:00:00+02:00');


const SHOTS = process.env.E2E_SHOTS_DIR;

test('the coordinator hands a customer all their data in one zip, and erases them once nothing must be kept', async ({ page }) => {
  await page.clock.setFixedTime(RECEIVED);
  const { reference, cardUrl, pdf } = await recordFileWithPhoto(page);

  await page.getByRole('list', { name: 'Kerngegevens' }).getByRole('link', { name: 'Hendrika Bosman' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Hendrika Bosman');
  const customerUrl = page.url();
  const rights = page.getByRole('region', { name: 'Privacy van deze klant' });
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/person-rights.png`, fullPage: true });

  const [download] = await Promise.all([page.waitForEvent('download'), rights.getByRole('button', { name: 'Gegevens opvragen' }).click()]);
  expect(download.suggestedFilename()).toBe('Gegevens Hendrika Bosman 2026-03-02.zip');
  const entries = unzipSync(await readFile((await download.path())!));
  const data = JSON.parse(strFromU8(entries['gegevens.json']!));
  expect(data.customer).toMatchObject({ name: 'Hendrika Bosman', phone: '06-98765432' });
  expect(data.complaints.map((c: { reference: string; summary: string }) => [c.reference, c.summary])).toEqual([[reference, 'Lekkende dakgoot na reparatie']]);
  expect(Buffer.from(entries[`bestanden/${reference}/foto-dakgoot.pdf`]!)).toEqual(pdf);
  expect(entries['overzicht.docx']?.byteLength).toBeGreaterThan(1000);
  await expect(rights.getByRole('status')).toContainText('Gegevens opgeslagen als „Gegevens Hendrika Bosman 2026-03-02.zip”: 1 klacht');
  // The hand-over is on the customer's history too, without the content.
  await expect(rights.getByRole('list', { name: 'Eerder verstrekt' })).toContainText('Gegevens verstrekt op verzoek van de klant (AVG art. 15 en 20): 1 klacht');

  // While the complaint runs, nothing may go: the dialog says what stays and why.
  await rights.getByRole('button', { name: 'Gegevens wissen' }).click();
  let confirm = page.getByRole('dialog', { name: 'Gegevens van Hendrika Bosman wissen?' });
  await expect(confirm.getByRole('list', { name: 'Dit blijft' })).toContainText(`${reference}: de klacht is nog in behandeling`);
  await expect(confirm.getByRole('button', { name: 'Definitief wissen' })).toBeDisabled();
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/person-erase-kept.png` });
  await confirm.getByRole('button', { name: 'Annuleren' }).click();

  await page.goto(cardUrl);
  await withdrawToday(page, '02-03-2026', 'Mevrouw Bosman heeft het zelf laten repareren');
  await page.clock.setFixedTime(PAST_TERM);
  await page.goto(customerUrl);
  await rights.getByRole('button', { name: 'Gegevens wissen' }).click();
  confirm = page.getByRole('dialog', { name: 'Gegevens van Hendrika Bosman wissen?' });
  const going = confirm.getByRole('list', { name: 'Dit gaat weg' });
  await expect(going).toContainText(`${reference}: geanonimiseerd`);
  await expect(going).toContainText('De klantgegevens (naam, adres, telefoon, e-mail, gemachtigde)');
  await expect(going).toContainText('1 klacht zonder naam, contactgegevens en vrije tekst; 0 brieven en 1 ander bestand; 1 klant met naam en contactgegevens');
  await expect(confirm.getByRole('list', { name: 'Dit blijft' })).toHaveCount(0);
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/person-erase-confirm.png` });
  await confirm.getByRole('button', { name: 'Definitief wissen' }).click();

  await expect(page.getByRole('status').filter({ hasText: 'Gegevens gewist' })).toContainText('1 klant met naam en contactgegevens');
  await page.goto(customerUrl);
  await expect(page.getByRole('heading', { level: 1, name: 'Klant niet gevonden' })).toBeVisible();

  await page.goto('./#/instellingen/privacy');
  const register = page.getByRole('table', { name: 'Verwijderregister' });
  await expect(register.getByRole('row', { name: /Gegevens verstrekt/ })).toContainText(`klant van ${reference}`);
  await expect(register.getByRole('row', { name: /Verzoek van de klant om gegevens te wissen/ })).toContainText(`klant van ${reference}`);
  await expect(register).not.toContainText('Bosman');

  expect(await attachmentStored(page, sha256(pdf))).toBe(false);
});

test('a colleague without the coordinator role sees neither button on the customer card', async ({ page }) => {
  await page.clock.setFixedTime(RECEIVED);
  await recordComplaint(page, { name: 'Hendrika Bosman', summary: 'Lekkende dakgoot na reparatie' });
  await page.getByRole('list', { name: 'Kerngegevens' }).getByRole('link', { name: 'Hendrika Bosman' }).click();
  const customerUrl = page.url();
  await expect(page.getByRole('region', { name: 'Privacy van deze klant' })).toBeVisible();

  await page.goto('./#/instellingen/medewerkers');
  await page.getByRole('button', { name: 'Medewerker toevoegen' }).click();
  await page.getByLabel('Naam medewerker').fill('Pieter Bakker');
  await page.getByLabel('Behandelaar').check();
  await page.getByRole('button', { name: 'Medewerker opslaan' }).click();
  await expect(page.getByRole('table', { name: 'Medewerkers' }).getByRole('row', { name: /Pieter Bakker/ })).toBeVisible();
  await page.getByRole('button', { name: 'Wisselen' }).click();
  await page.getByRole('button', { name: /Pieter Bakker/ }).click();
  await expect(page.getByText('Aan het werk: Pieter Bakker')).toBeVisible();

  await page.goto(customerUrl);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Hendrika Bosman');
  await expect(page.getByRole('region', { name: 'Privacy van deze klant' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /Gegevens (opvragen|wissen)/ })).toHaveCount(0);
});
