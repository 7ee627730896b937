/**
 * A letter looks the same in the letter dialog, in the settings preview and as
 * .docx (issue 14): logo top right, the office name once when the logo
 * carries it, and the summary read as part of its sentence.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { openApp, recordComplaint } from './helpers';
import { logoPng } from './logoPng';

const SHOTS = 'test-results/screenshots';
const OFFICE = 'Orthopedie Van Dijk';

async function letterheadWithLogoOnly(page: Page) {
  await openApp(page, '#/instellingen/briefpapier');
  await page.getByLabel('Naam kantoor').fill(OFFICE);
  await page.getByLabel('Adres').fill('Markt 12\n2801 AA Gouda');
  await page.getByLabel('KvK-nummer').fill('12345678');
  await page.getByLabel('Logo', { exact: true }).setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: logoPng(360, 120) });
  // The logo already says the office's name: the office leaves the name out of the top.
  await page.getByLabel('Bovenaan de brief').selectOption({ label: 'Alleen het logo (de naam staat er al in)' });
  await page.getByLabel('je (informeel)').check();
  await page.getByRole('button', { name: 'Briefpapier opslaan' }).click();
  await expect(page.getByRole('status')).toContainText('Briefpapier opgeslagen');
}

/** How often the office name shows: the signature names the office once anyway. */
async function officeNameCount(part: Locator): Promise<number> {
  return ((await part.textContent()) ?? '').split(OFFICE).length - 1;
}

test('the letter dialog shows the logo top right as the letter does, the office name once, and the summary inside its sentence', async ({ page }) => {
  await letterheadWithLogoOnly(page);

  await page.goto('./#/instellingen/brieven');
  const sample = page.getByRole('article', { name: 'Voorbeeldbrief' });
  await expect(sample.getByRole('img', { name: `Logo van ${OFFICE}` })).toBeVisible();
  await expect.poll(() => officeNameCount(sample)).toBe(1);

  await recordComplaint(page, { name: 'Anna de Vries', street: 'Westhaven 63', postcode: '2801 PN', city: 'Gouda', summary: 'Nieuwe orthopedische schoenen knellen' });
  await page.getByRole('button', { name: 'Brief maken' }).click();
  const dialog = page.getByRole('dialog', { name: 'Brief maken' });
  // An office that says "je" is offered no letter named "…op uw klacht".
  await expect.poll(async () => (await dialog.getByLabel('Soort brief').locator('option').allTextContents()).filter((label) => /\buw\b/.test(label))).toEqual([]);
  await dialog.getByRole('button', { name: 'Voorbeeld tonen' }).click();
  const preview = dialog.getByLabel('Voorbeeld van de brief');
  await expect(preview).toContainText('je klacht ontvangen over: nieuwe orthopedische schoenen knellen.');
  // "KvK" and its number are held together: they cannot break over two lines.
  await expect.poll(async () => (await preview.textContent()) ?? '').toContain('KvK\u00A012345678');
  await expect.poll(() => officeNameCount(preview)).toBe(1);

  await dialog.screenshot({ path: `${SHOTS}/letter-dialog-preview.png` });
  const pageBox = await preview.locator('section.docx').first().boundingBox();
  const logoBox = await preview.locator('section.docx').first().locator('img').first().boundingBox();
  expect(pageBox && logoBox).toBeTruthy();
  if (pageBox && logoBox) {
    // Right-aligned to the text, 20 mm (about 76 px) from the paper's right edge, as in the .docx and the settings preview.
    expect(logoBox.x).toBeGreaterThan(pageBox.x + pageBox.width / 2);
    expect(Math.abs(pageBox.x + pageBox.width - 76 - (logoBox.x + logoBox.width))).toBeLessThan(12);
  }
});
