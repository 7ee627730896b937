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
