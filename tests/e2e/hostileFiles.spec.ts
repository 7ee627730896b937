/**
 * Files a customer sends in are untrusted (issue 11): a crafted Word document
 * may show its text but nothing of its markup may run, and no link in it may
 * be followed; a crafted Outlook item may not take the app down.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { openApp, recordComplaint } from './helpers';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');
const SHOTS = 'test-results/screenshots';

type Marked = { geinjecteerd?: unknown };

/** The app stops reading a mail after 5 seconds; the message may take a little longer to show on a busy machine. */
const PARSE_LIMIT_MS = 5_000;
const MESSAGE_WITHIN_MS = PARSE_LIMIT_MS + 3_000;

async function dropFileBytes(page: Page, selector: string, name: string, type: string, bytes: Buffer) {
  const dataTransfer = await page.evaluateHandle(
    ({ name, type, base64 }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([Uint8Array.from(atob(base64), (ch) => ch.charCodeAt(0))], name, { type }));
      return transfer;
    },
    { name, type, base64: bytes.toString('base64') },
  );
  await page.dispatchEvent(selector, 'dragover', { dataTransfer });
  await page.dispatchEvent(selector, 'drop', { dataTransfer });
}

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

test('an Outlook item that would make the parser loop is stopped with a Dutch message, and the intake keeps working meanwhile', async ({ page }) => {
  await openApp(page, '#/nieuw');
  const started = Date.now();
  await dropFileBytes(page, 'section.intake', 'klacht.msg', 'application/vnd.ms-outlook', readFileSync(path.join(FIXTURES, 'mail/looping-directory.msg')));
  // While the mail is being read, the form still takes typing: the parse is not on the page's thread.
  const summary = page.getByLabel('Samenvatting');
  await summary.fill('Telefoon: keuken niet geplaatst');
  await expect(summary).toHaveValue('Telefoon: keuken niet geplaatst');
  const message = page.getByText(/Dit e-mailbericht kan niet worden gelezen: het lezen is na 5 seconden gestopt/);
  await expect(message).toBeVisible({ timeout: MESSAGE_WITHIN_MS });
  expect(Date.now() - started).toBeLessThan(MESSAGE_WITHIN_MS);
  await page.screenshot({ path: `${SHOTS}/intake-msg-stopped.png` });

  await expect(summary).toHaveValue('Telefoon: keuken niet geplaatst');
  await page.getByLabel('Naam', { exact: true }).fill('Wim Bakker');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/K-\d{4}-\d{4}/);
});

test('a pinned Outlook item that would make the parser loop shows a Dutch message in its preview', async ({ page }) => {
  await recordComplaint(page, { name: 'Wim Bakker', summary: 'Keuken niet op tijd geplaatst' });
  await page.getByLabel('Bestanden kiezen').setInputFiles(path.join(FIXTURES, 'mail/looping-directory.msg'));
  const files = page.getByRole('table', { name: 'Vastgepinde bestanden' });
  await files.getByRole('button', { name: 'looping-directory.msg bekijken' }).click();
  const preview = page.getByRole('dialog', { name: 'looping-directory.msg' });
  await expect(preview.getByRole('alert')).toContainText('het lezen is na 5 seconden gestopt', { timeout: MESSAGE_WITHIN_MS });
  await preview.screenshot({ path: `${SHOTS}/pinboard-msg-stopped.png` });
  await preview.getByRole('button', { name: 'Sluiten' }).click();
  await expect(preview).toHaveCount(0);
  await expect(files.getByRole('row', { name: /looping-directory\.msg/ })).toBeVisible();
});
