import { expect, test } from '@playwright/test';
import { openApp } from './helpers';

test('editing the procedure makes a new version; a running complaint keeps its own terms', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-16T10:00:00+01:00'));
  await openApp(page, '#/nieuw');
  await page.getByLabel('Naam', { exact: true }).fill('Lotte Vermeer');
  await page.getByLabel('Samenvatting').fill('Offerte nooit ontvangen');
  await page.keyboard.press('Control+Enter');
  const acknowledgement = page.getByRole('table', { name: 'Termijnen' }).getByRole('row', { name: /Ontvangstbevestiging/ });
  await expect(acknowledgement).toContainText('23 november 2026');
  const cardUrl = page.url();

  await page.getByRole('link', { name: 'Instellingen', exact: true }).click();
  await expect(page.getByRole('heading', { name: /Klachtenprocedure vakbedrijf · versie 1/ })).toBeVisible();
  await page.getByRole('button', { name: 'Regeling wijzigen' }).click();
  const term = page.getByRole('group', { name: 'Ontvangstbevestiging binnen' });
  await term.getByLabel('Aantal').fill('twee');
  await page.getByRole('button', { name: 'Regeling opslaan als nieuwe versie' }).click();
  await expect(term.getByText(/heel getal/)).toBeVisible();
  await expect(term.getByLabel('Aantal')).toHaveValue('twee');

  await term.getByLabel('Aantal').fill('2');
  await page.getByRole('button', { name: 'Regeling opslaan als nieuwe versie' }).click();
  await expect(page.getByRole('heading', { name: /versie 2/ })).toBeVisible();
  await expect(page.getByText('2 werkdagen').first()).toBeVisible();

  // The complaint already running keeps version 1 and its 5 working days.
  await page.goto(cardUrl);
  await expect(page.getByRole('region', { name: 'Klachtenregeling' })).toContainText('versie 1');
  await expect(acknowledgement).toContainText('23 november 2026');

  // A new complaint follows version 2: 2 working days from Monday is Wednesday.
  await page.keyboard.press('Control+n');
  await page.getByLabel('Naam', { exact: true }).fill('Bas Kramer');
  await page.getByLabel('Samenvatting').fill('Verkeerde kleur geleverd');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByRole('region', { name: 'Klachtenregeling' })).toContainText('versie 2');
  await expect(acknowledgement).toContainText('18 november 2026');
});

test('office closing days are skipped by working-day terms', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-16T10:00:00+01:00'));
  await openApp(page, '#/instellingen/klachtenregeling');
  const closing = page.getByRole('form', { name: 'Sluitingsdag toevoegen' });
  await closing.getByLabel('Datum').fill('31-02-2026');
  await closing.getByRole('button', { name: 'Sluitingsdag toevoegen' }).click();
  await expect(closing.getByText('Vul een geldige datum in')).toBeVisible();
  await closing.getByLabel('Datum').fill('18-11-2026');
  await closing.getByLabel('Omschrijving').fill('Personeelsuitje');
  await closing.getByRole('button', { name: 'Sluitingsdag toevoegen' }).click();
  await expect(page.getByRole('region', { name: 'Sluitingsdagen van het kantoor' })).toContainText('18 november 2026 — Personeelsuitje');

  await page.keyboard.press('Control+n');
  await page.getByLabel('Naam', { exact: true }).fill('Ina Bos');
  await page.getByLabel('Samenvatting').fill('Te lang in de wacht');
  await page.keyboard.press('Control+Enter');
  // 5 working days from Monday 16 November, skipping Wednesday 18: Tuesday 24 November.
  await expect(page.getByRole('table', { name: 'Termijnen' }).getByRole('row', { name: /Ontvangstbevestiging/ })).toContainText('24 november 2026');
});

test('the office sets the order of the bodies: a body taken out of it is no longer a step to pass over', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-16T10:00:00+01:00'));
  await openApp(page, '#/instellingen/klachtenregeling');
  await expect(page.getByText(/^stap 1: Onafhankelijke derde \(onafhankelijke derde\); stap 2: Mediation \(mediation\); stap 3: Raad van Arbitrage/)).toBeVisible();
  await page.getByRole('button', { name: 'Regeling wijzigen' }).click();
  const editor = page.getByRole('form', { name: 'Klachtenregeling wijzigen' });
  await expect(editor.getByLabel('Soort instantie 1')).toHaveValue('independent_third_party');
  await expect(editor.getByLabel('Stap in de volgorde (1)')).toHaveValue('1');
  await expect(editor.getByLabel('Stap in de volgorde (2)')).toHaveValue('2');
  await expect(editor.getByLabel('Wanneer mogelijk (1)')).toHaveValue('');
  await editor.getByLabel('Stap in de volgorde (2)').fill('0');
  await editor.getByRole('button', { name: 'Regeling opslaan als nieuwe versie' }).click();
  await expect(editor).toContainText('Vul een heel getal van 1 tot en met 20 in, of laat het leeg als de klant er altijd terecht kan');
  // Mediation is open at any time under this office's regeling.
  await editor.getByLabel('Stap in de volgorde (2)').fill('');
  await editor.getByRole('button', { name: 'Regeling opslaan als nieuwe versie' }).click();
  await expect(page.getByRole('heading', { name: /versie 2/ })).toBeVisible();
  await expect(page.getByText(/^stap 1: Onafhankelijke derde \(onafhankelijke derde\); Mediation \(mediation\); stap 3: Raad van Arbitrage/)).toBeVisible();

  await page.keyboard.press('Control+n');
  await page.getByLabel('Naam', { exact: true }).fill('Bas Kramer');
  await page.getByLabel('Samenvatting').fill('Verkeerde kleur geleverd');
  await page.keyboard.press('Control+Enter');
  const workflow = page.getByRole('region', { name: 'Klachtenregeling' });
  await workflow.getByRole('group', { name: 'Stappen die nu kunnen' }).getByRole('button', { name: 'Escaleren', exact: true }).click();
  const form = page.getByRole('form', { name: 'Escaleren' });
  await form.getByLabel('Naar').selectOption({ label: 'Raad van Arbitrage' });
  await expect(form.getByLabel('Reden om Onafhankelijke derde over te slaan')).toBeVisible();
  await form.getByLabel('Naar').selectOption({ label: 'Mediation' });
  await expect(form.getByLabel(/^Reden om/)).toHaveCount(0);
});
