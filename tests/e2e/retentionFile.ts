/**
 * A complaint file that will outlive its retention term, shared by the privacy
 * and person-rights specs. No date of its own: each spec fixes its clock and
 * hands its day in.
 */
import { expect, type Page } from '@playwright/test';
import { tinyPdf } from './fixtures/files';
import { recordComplaint } from './helpers';

/** Hendrika Bosman's complaint with a photo pinned to it; the card is open afterwards. */
export async function recordFileWithPhoto(page: Page, description = ''): Promise<{ reference: string; cardUrl: string; pdf: Buffer }> {
  const reference = await recordComplaint(page, {
    name: 'Hendrika Bosman',
    phone: '06-98765432',
    email: 'h.bosman@example.nl',
    street: 'Lindelaan 7',
    summary: 'Lekkende dakgoot na reparatie',
    ...(description ? { description } : {}),
  });
  const pdf = tinyPdf();
  await page.getByLabel('Bestanden kiezen').setInputFiles([{ name: 'foto-dakgoot.pdf', mimeType: 'application/pdf', buffer: pdf }]);
  await expect(page.getByRole('table', { name: 'Vastgepinde bestanden' }).getByRole('row', { name: /foto-dakgoot\.pdf/ })).toBeVisible();
  return { reference, cardUrl: page.url(), pdf };
}

/** Withdrawn on `day` (dd-mm-jjjj, the day the spec fixed its clock to), so the file's retention term runs from then. */
export async function withdrawToday(page: Page, day: string, reason: string): Promise<void> {
  await page.getByRole('group', { name: 'Stappen die nu kunnen' }).getByRole('button', { name: 'Klacht ingetrokken' }).click();
  const withdraw = page.getByRole('form', { name: 'Klacht ingetrokken' });
  await withdraw.getByLabel('Datum').fill(day);
  await withdraw.getByLabel('Reden').fill(reason);
  await withdraw.getByRole('button', { name: 'Vastleggen' }).click();
  await expect(page.getByRole('list', { name: 'Kerngegevens' })).toContainText('Ingetrokken');
}

/** Whether the bytes with this hash are still in the browser build's attachment store. */
export function attachmentStored(page: Page, hash: string): Promise<boolean> {
  return page.evaluate(async (sha) => {
    const folder = await (await navigator.storage.getDirectory()).getDirectoryHandle('attachments', { create: true });
    return folder.getFileHandle(sha).then(
      () => true,
      () => false,
    );
  }, hash);
}
