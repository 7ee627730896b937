/**
 * Files a customer sends in are untrusted (issue 11): a crafted Word document
 * may show its text but nothing of its markup may run, and no link in it may
 * be followed; a crafted Outlook item may not take the app down.
 */
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { recordComplaint } from './helpers';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');
const SHOTS = 'test-results/screenshots';

type Marked = { geinjecteerd?: unknown };

test('a crafted Word document shows its pages, while none of its markup runs and its link cannot be followed', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await recordComplaint(page, { name: 'Wim Bakker', summary: 'Keuken niet op tijd geplaatst' });
  await page.getByLabel('Bestanden kiezen').setInputFiles(path.join(FIXTURES, 'files/hostile.docx'));
  const files = page.getByRole('table', { name: 'Vastgepinde bestanden' });
  await files.getByRole('button', { name: 'hostile.docx bekijken' }).click();

  const preview = page.getByRole('dialog', { name: 'hostile.docx' });
  const frameElement = preview.getByTitle('Voorbeeld van het Word-document');
  // Sandboxed without allow-scripts and allow-same-origin: an empty sandbox grants nothing.
  await expect(frameElement).toHaveAttribute('sandbox', '');
  const frame = frameElement.contentFrame();
  await expect(frame.getByText('Klacht over de keuken')).toBeVisible();
  await expect(frame.locator('section.docx')).toHaveCount(1);
  await preview.screenshot({ path: `${SHOTS}/pinboard-docx-preview.png` });

  // The sym character and the font name carried <img onerror> markup; the document has no pictures at all.
  await expect(frame.locator('img, [onerror], script, iframe')).toHaveCount(0);
  await expect(page.locator('[id^="geinjecteerd"], [onerror]')).toHaveCount(0);

  const link = frame.getByText("Bekijk de foto's");
  await expect(link).toBeVisible();
  await expect(frame.locator('[href]')).toHaveCount(0);
  await link.click();
  // Were the javascript: target followed, the frame would show its result instead of the document.
  await expect(frame.getByText('Klacht over de keuken')).toBeVisible();
  await expect(page).toHaveTitle('Klachtenbalie');
  expect(await page.evaluate(() => (window as Marked).geinjecteerd)).toBeUndefined();
  expect(dialogs).toEqual([]);
  await preview.getByRole('button', { name: 'Sluiten' }).click();
  await expect(preview).toHaveCount(0);
});
