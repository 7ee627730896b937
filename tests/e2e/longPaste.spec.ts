/**
 * A huge paste into a form field (issue 11) is refused at once with a Dutch
 * message beside the field; what was typed stays, and a paste that fits works.
 */
import { expect, test } from '@playwright/test';
import { openApp } from './helpers';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('a 10 MB paste into the intake is refused with a message beside the field, and a short paste is taken', async ({ page }) => {
  await openApp(page, '#/nieuw');
  const description = page.getByLabel('Omschrijving');
  await description.fill('De kraan lekt.');

  await page.evaluate(() => navigator.clipboard.writeText('lekkage '.repeat(1_310_720)));
  await description.press('End');
  await description.press('Control+V');
  await expect(description).toHaveAccessibleDescription(/Niet geplakt: die tekst is 10\.485\.760 tekens lang en dit veld neemt er hoogstens 10\.000/);
  await expect(description).toHaveValue('De kraan lekt.');
  await page.screenshot({ path: 'test-results/screenshots/intake-long-paste-refused.png' });

  const summary = page.getByLabel('Samenvatting');
  await summary.focus();
  await summary.press('Control+V');
  await expect(summary).toHaveAccessibleDescription(/hoogstens 200\./);
  await expect(summary).toHaveValue('');

  // A paste that fits goes in, and editing the field takes its message away.
  await page.evaluate(() => navigator.clipboard.writeText(' Al drie weken.'));
  await description.press('End');
  await description.press('Control+V');
  await expect(description).toHaveValue('De kraan lekt. Al drie weken.');
  await expect(description).not.toHaveAccessibleDescription(/Niet geplakt/);
});

test('a 20.000-character paste into a procedure text is refused at once, and a counter shows near its limit', async ({ page }) => {
  await openApp(page, '#/instellingen/klachtenregeling');
  await page.getByRole('button', { name: 'Regeling wijzigen' }).click();
  const howToSubmit = page.getByLabel('Hoe dient de klant een klacht in?');
  await howToSubmit.fill('');
  await page.evaluate(() => navigator.clipboard.writeText('x'.repeat(20_000)));
  await howToSubmit.press('Control+V');
  // At once, not on saving, and with the numbers written as Dutch writes them.
  await expect(howToSubmit).toHaveAccessibleDescription(/Niet geplakt: die tekst is 20\.000 tekens lang en dit veld neemt er hoogstens 4\.000\./);
  await expect(howToSubmit).toHaveValue('');

  await howToSubmit.fill('Schriftelijk of per e-mail. '.repeat(130));
  await expect(page.getByText('3.640 van 4.000 tekens')).toBeVisible();
  await howToSubmit.fill('Schriftelijk of per e-mail.');
  await expect(page.getByText(/van 4\.000 tekens/)).toHaveCount(0);
});
