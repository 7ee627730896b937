import { expect, test } from '@playwright/test';
import { dropFile, FIRST_USER, openApp } from './helpers';
import { storedDraftSummary } from './storedDraft';

test('a receptionist records a phone complaint with the keyboard only, fixing a wrong phone number in place', async ({ page }) => {
  await openApp(page, '#/nieuw');
  await expect(page.getByRole('heading', { name: 'Nieuwe klacht' })).toBeVisible();

  // The form opens on the customer's name; the channel above defaults to the phone.
  await expect(page.getByLabel('Naam', { exact: true })).toBeFocused();
  await expect(page.getByLabel('Kanaal')).toHaveValue('phone');

  await page.keyboard.press('Shift+Tab'); // Ontvangen op: defaults to now, backdated here to a letter of two days ago
  await expect(page.getByLabel('Ontvangen op')).toBeFocused();
  const twoDaysAgo = new Date(Date.now() - 2 * 24 * 3600 * 1000);
  const dd = String(twoDaysAgo.getDate()).padStart(2, '0');
  const mm = String(twoDaysAgo.getMonth() + 1).padStart(2, '0');
  await page.keyboard.press('Control+A');
  await page.keyboard.type(`${dd}-${mm}-${twoDaysAgo.getFullYear()} 09:15`);
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Naam', { exact: true })).toBeFocused();
  await page.keyboard.type('Anna de Vries');
  await page.keyboard.press('Tab'); // Aanhef
  await page.keyboard.press('Tab'); // Telefoon
  await expect(page.getByLabel('Telefoon')).toBeFocused();
  await page.keyboard.type('06-123');
  await page.keyboard.press('Tab'); // E-mail
  await page.keyboard.type('anna@example.nl');
  await page.keyboard.press('Tab'); // Klantnummer
  await page.keyboard.press('Tab'); // Straat
  await page.keyboard.type('Westhaven 63');
  await page.keyboard.press('Tab'); // Postcode
  await page.keyboard.type('2801pn');
  await page.keyboard.press('Tab'); // Plaats
  await page.keyboard.type('Gouda');
  await page.keyboard.press('Tab'); // Land: Nederland unless changed
  await expect(page.getByLabel('Land')).toHaveValue('NL');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Samenvatting')).toBeFocused();
  await page.keyboard.type('Monteur kwam niet opdagen');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Afspraak op dinsdag, niemand gekomen en niet gebeld.');

  await page.keyboard.press('Control+Enter');

  // The message sits next to the field, focus moves there, and nothing typed is lost.
  const phone = page.getByLabel('Telefoon');
  await expect(page.getByText('Vul een geldig telefoonnummer in', { exact: false })).toBeVisible();
  await expect(phone).toBeFocused();
  await expect(phone).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Samenvatting')).toHaveValue('Monteur kwam niet opdagen');
  await expect(page.getByLabel('Naam', { exact: true })).toHaveValue('Anna de Vries');

  await page.keyboard.press('Control+A');
  await page.keyboard.type('06-12345678');
  await page.keyboard.press('Control+Enter');

  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toContainText(/K-\d{4}-0001/);
  await expect(page.getByRole('status')).toContainText(/Klacht K-\d{4}-0001 is opgeslagen/);
  await expect(page.getByText('Monteur kwam niet opdagen').first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'Klant' })).toContainText('2801 PN');
  const months = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
  await expect(page.getByRole('region', { name: 'Klachtgegevens' })).toContainText(
    `${twoDaysAgo.getDate()} ${months[twoDaysAgo.getMonth()]} ${twoDaysAgo.getFullYear()} 09:15`,
  );
  await expect(page.getByRole('region', { name: 'Voortgang' })).toContainText('Klacht geregistreerd');
  await expect(page.getByRole('region', { name: 'Voortgang' })).toContainText(`door ${FIRST_USER}`);
});

test('Ctrl+N from the desk starts on the customer name, and Esc on the empty intake goes back to the desk', async ({ page }) => {
  await openApp(page, '#/bureau');
  await expect(page.getByRole('heading', { name: 'Bureau', level: 1 })).toBeVisible();
  await page.keyboard.press('Control+n');
  await expect(page.getByRole('heading', { name: 'Nieuwe klacht' })).toBeVisible();
  await expect(page.getByLabel('Naam', { exact: true })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { name: 'Bureau', level: 1 })).toBeVisible();
  await expect(page).toHaveURL(/#\/bureau$/);
});

test('Esc asks before discarding typed input', async ({ page }) => {
  await openApp(page, '#/nieuw');
  await page.getByLabel('Samenvatting').fill('Te laat geleverd');
  await page.keyboard.press('Escape');
  const dialog = page.getByRole('dialog', { name: 'Ingevoerde klacht weggooien?' });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByLabel('Samenvatting')).toHaveValue('Te laat geleverd');

  await page.keyboard.press('Escape');
  await dialog.getByRole('button', { name: 'Weggooien' }).click();
  await expect(page.getByRole('heading', { name: 'Klachten' })).toBeVisible();
});

test('a draft survives a reload and is offered back', async ({ page }) => {
  await openApp(page, '#/nieuw');
  await page.getByLabel('Naam', { exact: true }).fill('Piet Jansen');
  await page.getByLabel('Samenvatting').fill('Rekening twee keer afgeschreven');
  // The draft is written a moment after typing stops: wait until it is stored, not for a guessed time.
  await expect.poll(() => storedDraftSummary(page)).toBe('Rekening twee keer afgeschreven');
  await page.reload();
  const offer = page.getByRole('region', { name: 'Niet-opgeslagen klacht' });
  await expect(offer).toContainText('Rekening twee keer afgeschreven');
  await offer.getByRole('button', { name: 'Concept terughalen' }).click();
  await expect(page.getByLabel('Naam', { exact: true })).toHaveValue('Piet Jansen');
  await expect(page.getByLabel('Samenvatting')).toHaveValue('Rekening twee keer afgeschreven');
});

test('an existing customer is found while typing and picked for the new complaint', async ({ page }) => {
  await openApp(page, '#/nieuw');
  await page.getByLabel('Naam', { exact: true }).fill('Karel Çelik');
  await page.getByLabel('Telefoon').fill('0182-359823');
  await page.getByLabel('Samenvatting').fill('Eerste klacht');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/K-\d{4}-0001/);

  await page.keyboard.press('Control+n');
  await expect(page.getByRole('heading', { name: 'Nieuwe klacht' })).toBeVisible();
  await page.getByLabel('Telefoon').fill('0182 35 98 23');
  // The matches are a listbox of the lookup fields: the arrow keys reach them from the field typed in.
  const pick = page.getByRole('option', { name: /Karel Çelik/ });
  await expect(pick).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(pick).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Samenvatting')).toBeFocused();
  await page.keyboard.type('Tweede klacht');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/K-\d{4}-0002/);
  // The customer picked, not a second Karel Çelik: the customer card holds both complaints.
  await page.getByRole('list', { name: 'Kerngegevens' }).getByRole('link', { name: 'Karel Çelik' }).click();
  const complaints = page.getByRole('table', { name: 'Klachten van deze klant' });
  await expect(complaints).toContainText('Eerste klacht');
  await expect(complaints).toContainText('Tweede klacht');
});

test('an e-mail that arrived on Hemelvaartsdag is received on its arrival, not its sending, and the card says so', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-05-14T10:00:00+02:00'));
  await openApp(page, '#/nieuw');
  // Sent just before midnight, delivered just after it: the topmost Received header, added last by the office's own
  // mail server, holds the arrival; the Date header only the sending.
  const eml = [
    'Received: from mx2.kantoor.example (mx2.kantoor.example [10.0.0.2])',
    '\tby mailbox.kantoor.example with LMTP id 7Hq2',
    '\tfor <klachten@kantoor.example>; Thu, 14 May 2026 00:03:41 +0200 (CEST)',
    'Received: from mail.example.nl (mail.example.nl [192.0.2.10])',
    '\tby mx2.kantoor.example (Postfix) with ESMTPS id 9F2',
    '\tfor <klachten@kantoor.example>; Wed, 13 May 2026 22:03:39 +0000',
    'From: "Ruud Hendriks" <ruud.hendriks@example.nl>',
    'To: klachten@kantoor.example',
    'Subject: Cursus geannuleerd zonder bericht',
    'Date: Wed, 13 May 2026 23:58:00 +0200',
    'Content-Type: text/plain; charset=utf-8',
    '',
    'De cursus van dinsdag ging niet door en niemand heeft mij gebeld.',
  ].join('\r\n');
  await dropFile(page, 'section.intake', 'klacht.eml', 'message/rfc822', eml);
  // Sent Wednesday 23:58, arrived Thursday 00:03: seed 003 counts the arrival.
  await expect(page.getByLabel('Ontvangen op')).toHaveValue('14-05-2026 00:03');
  await expect(page.getByRole('region', { name: 'E-mail als klacht' })).toContainText('Ontvangstdatum volgens de e-mail: aankomsttijd (Received-kopregel).');
  await page.getByRole('button', { name: 'Opslaan' }).click();

  const details = page.getByRole('region', { name: 'Klachtgegevens' });
  await expect(details.getByRole('definition').filter({ hasText: '14 mei 2026 00:03' })).toBeVisible();
  await expect(details.getByText('Ontvangstdatum volgens', { exact: true })).toBeVisible();
  await expect(details.getByRole('definition').filter({ hasText: 'de e-mail: aankomsttijd (Received-kopregel)' })).toBeVisible();
  // Terms in weeks run from Hemelvaartsdag itself (Algemene termijnenwet): 4 weeks is Thursday 11 June, not Friday 12 June.
  // Working days start after it: Friday 15 May is the first of 5.
  const terms = page.getByRole('table', { name: 'Termijnen' });
  await expect(terms.getByRole('row', { name: /Schriftelijke reactie/ })).toContainText('11 juni 2026');
  await expect(terms.getByRole('row', { name: /Ontvangstbevestiging/ })).toContainText('21 mei 2026');

  // A date typed over the e-mail's no longer claims to come from it.
  await page.getByRole('button', { name: 'Klachtgegevens wijzigen' }).click();
  const editor = page.getByRole('form', { name: 'Klachtgegevens wijzigen' });
  await editor.getByLabel('Ontvangen op').fill('14-05-2026 08:30');
  await editor.getByRole('button', { name: 'Opslaan' }).click();
  await expect(details.getByRole('definition').filter({ hasText: '14 mei 2026 08:30' })).toBeVisible();
  await expect(details.getByText('Ontvangstdatum volgens', { exact: true })).toHaveCount(0);
});
