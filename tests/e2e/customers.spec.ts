import { expect, test } from '@playwright/test';
import { openApp, recordComplaint } from './helpers';

// Monday 16 November 2026, 10:00 in Amsterdam.
const MONDAY = new Date('2026-11-16T10:00:00+01:00');

test('an address abroad is entered with its country, its postcode checked as that country writes it', async ({ page }) => {
  await page.clock.setFixedTime(MONDAY);
  await openApp(page, '#/nieuw');
  const customer = page.getByRole('group', { name: 'Klant' });
  await expect(customer.getByLabel('Land')).toHaveValue('NL');
  await customer.getByLabel('Naam', { exact: true }).fill('Lies Peeters');
  await customer.getByLabel('Postcode').fill('2000');
  await customer.getByLabel('Plaats', { exact: true }).fill('Antwerpen');
  await page.getByLabel('Samenvatting').fill('Schoenen te laat geleverd');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(customer.getByText('Vul een geldige postcode in, bijvoorbeeld 1234 AB')).toBeVisible();

  await customer.getByLabel('Land').selectOption({ label: 'België' });
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/K-2026-\d{4}/);
  const card = page.getByRole('region', { name: 'Klant' });
  await expect(card).toContainText('2000 Antwerpen, België');

  await card.getByRole('button', { name: 'Klant wijzigen' }).click();
  await card.getByLabel('Land').selectOption({ label: 'Duitsland' });
  await card.getByLabel('Postcode').fill('2000');
  await card.getByRole('button', { name: 'Opslaan' }).click();
  await expect(card.getByText('Vul een geldige postcode voor Duitsland in, bijvoorbeeld 48599')).toBeVisible();
  await card.getByLabel('Postcode').fill('D-48599');
  await card.getByLabel('Plaats').fill('Gronau');
  await card.getByRole('button', { name: 'Opslaan' }).click();
  await expect(card).toContainText('48599 Gronau, Duitsland');
});

test('a known customer is offered under the name, picked with the arrow keys, with their open complaint named', async ({ page }) => {
  await page.clock.setFixedTime(MONDAY);
  await recordComplaint(page, { name: 'Henk Jansen', phone: '06-11112222', summary: 'Zool laat los' });

  await openApp(page, '#/nieuw');
  const name = page.getByRole('combobox', { name: 'Naam' });
  await name.fill('Henk Jan');
  const matches = page.getByRole('listbox', { name: /Bestaande klanten die passen/ });
  const henk = matches.getByRole('option', { name: /Henk Jansen/ });
  await expect(henk).toContainText('Heeft al een open klacht: K-2026-0001 (geregistreerd)');
  await expect(name).toHaveAttribute('aria-expanded', 'true');
  await name.press('ArrowDown');
  await expect(henk).toHaveAttribute('aria-selected', 'true');
  await expect(name).toHaveAttribute('aria-activedescendant', (await henk.getAttribute('id')) ?? '');
  await page.screenshot({ path: test.info().outputPath('intake-match.png'), fullPage: true });
  await name.press('Enter');

  const customer = page.getByRole('group', { name: 'Klant' });
  await expect(customer).toContainText('Henk Jansen');
  await expect(customer.getByRole('note')).toContainText('Heeft al een open klacht: K-2026-0001');
  await expect(page.getByLabel('Samenvatting')).toBeFocused();
  await expect(page.getByRole('heading', { name: 'Nieuwe klacht' })).toBeVisible();
});

test('saving a new customer who looks like a known one asks first, and can use the known one', async ({ page }) => {
  await page.clock.setFixedTime(MONDAY);
  await recordComplaint(page, { name: 'Henk Jansen', phone: '06-11112222', summary: 'Zool laat los' });

  await openApp(page, '#/nieuw');
  const customer = page.getByRole('group', { name: 'Klant' });
  await customer.getByLabel('Naam', { exact: true }).fill('Henk Jansen');
  await customer.getByLabel('Telefoon').fill('06-11112222');
  // Esc closes the offered matches, not the intake.
  await expect(page.getByRole('listbox')).toBeVisible();
  await customer.getByLabel('Telefoon').press('Escape');
  await expect(page.getByRole('listbox')).toHaveCount(0);
  await page.getByLabel('Samenvatting').fill('Veter gebroken');
  await page.keyboard.press('Control+Enter');

  const question = page.getByRole('dialog', { name: 'Bestaat deze klant al?' });
  await expect(question).toContainText('Heeft al een open klacht: K-2026-0001');
  await question.getByRole('button', { name: 'Bestaande klant Henk Jansen gebruiken' }).click();
  // The question answered, the complaint is saved at once: Opslaan was already pressed.
  await expect(question).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('K-2026-0002');

  // One card for Henk with both complaints, not a second Henk.
  await page.getByRole('list', { name: 'Kerngegevens' }).getByRole('link', { name: 'Henk Jansen' }).click();
  await expect(page.getByRole('table', { name: 'Klachten van deze klant' }).getByRole('row')).toHaveCount(3);
});

test('the merge dialog speaks Dutch, proposes the fuller details, and the history tells the two apart', async ({ page }) => {
  await page.clock.setFixedTime(MONDAY);
  await recordComplaint(page, { name: 'Henk Jansen', salutation: 'De heer', phone: '06-11111111', summary: 'Zool laat los' });
  // The same person typed in again as a new customer, on purpose, without a salutation this time.
  await openApp(page, '#/nieuw');
  const customer = page.getByRole('group', { name: 'Klant' });
  await customer.getByLabel('Naam', { exact: true }).fill('Henk Jansen');
  await customer.getByLabel('Telefoon').fill('06-22222222');
  await page.getByLabel('Samenvatting').fill('Veter gebroken');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await page.getByRole('dialog', { name: 'Bestaat deze klant al?' }).getByRole('button', { name: 'Toch nieuwe klant opslaan' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('K-2026-0002');

  // On the second card ("Geen voorkeur"), merge the first one into it.
  await page.getByRole('list', { name: 'Kerngegevens' }).getByRole('link', { name: 'Henk Jansen' }).click();
  const merge = page.getByRole('region', { name: 'Dubbele klant samenvoegen' });
  await merge.getByLabel('Zoek de dubbele klant').fill('06-11111111');
  await merge.getByRole('button', { name: 'Henk Jansen samenvoegen met deze klant' }).click();
  const salutation = merge.getByRole('row', { name: /Aanhef/ });
  await expect(salutation).toContainText('Geen voorkeur');
  await expect(salutation).toContainText('De heer');
  await expect(merge).not.toContainText('neutral');
  await expect(merge.getByRole('radio', { name: 'Aanhef: Henk Jansen' })).toBeChecked();
  await expect(merge.getByRole('radio', { name: 'Aanhef: deze klant' })).not.toBeChecked();
  await merge.getByRole('button', { name: 'Samenvoegen…' }).click();
  await page.getByRole('dialog', { name: 'Klanten samenvoegen?' }).getByRole('button', { name: 'Samenvoegen' }).click();

  await expect(page.getByRole('region', { name: 'Klant', exact: true })).toContainText('De heer');
  await page.getByRole('table', { name: 'Klachten van deze klant' }).getByRole('link', { name: 'K-2026-0001' }).click();
  await expect(page.getByRole('region', { name: 'Voortgang' })).toContainText(
    'Klant „Henk Jansen” (06-11111111) samengevoegd met „Henk Jansen” (06-22222222); de klacht hoort nu bij „Henk Jansen” (06-22222222)',
  );
});
