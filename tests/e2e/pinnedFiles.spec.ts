/**
 * What a pinned file really is is said at once (issue 14): a program named
 * like an invoice, a file above the limit, a damaged PDF or Word document.
 */
import { mkdirSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { recordComplaint } from './helpers';

// A Windows program's first bytes ("MZ" and the DOS stub), whatever the name says.
const PROGRAM = Buffer.concat([Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00]), Buffer.alloc(2048)]);

test('a program named factuur.pdf is called a program at once and not filed as correspondence', async ({ page }) => {
  await recordComplaint(page, { name: 'Wim Bakker', summary: 'Factuur klopt niet' });
  await page.getByLabel('Bestanden kiezen').setInputFiles([{ name: 'factuur.pdf', mimeType: 'application/pdf', buffer: PROGRAM }]);
  const uploads = page.getByRole('list', { name: 'Bestanden die worden toegevoegd' });
  await expect(uploads.getByRole('alert')).toHaveText(
    'Let op: „factuur.pdf” is geen PDF-bestand maar een programma. Het staat als „Overig” op het prikbord en wordt nooit geopend; open het ook niet buiten Klachtenbalie.',
  );
  const row = page.getByRole('table', { name: 'Vastgepinde bestanden' }).getByRole('row', { name: /factuur\.pdf/ });
  await expect(row).toContainText('Overig');
  await expect(row).not.toContainText('Correspondentie');
});

test('a 60 MB file is refused with the limit per file in Dutch, which the pinboard states beforehand', async ({ page }, testInfo) => {
  const big = testInfo.outputPath('film.mp4');
  mkdirSync(path.dirname(big), { recursive: true });
  writeFileSync(big, '');
  truncateSync(big, 60 * 1024 * 1024);
  await recordComplaint(page, { name: 'Wim Bakker', summary: 'Video van de lekkage' });
  await expect(page.getByText(/Per bestand hoogstens 50 MB\./)).toBeVisible();
  await page.getByLabel('Bestanden kiezen').setInputFiles(big);
  await expect(page.getByRole('list', { name: 'Bestanden die worden toegevoegd' }).getByRole('alert')).toHaveText(
    /^film\.mp4 is niet vastgepind: het is 60 MB en per bestand mag het hoogstens 50 MB zijn\./,
  );
  await expect(page.getByRole('table', { name: 'Vastgepinde bestanden' }).getByRole('row', { name: /film\.mp4/ })).toHaveCount(0);
});

test('a damaged PDF and a damaged Word document say they are damaged, in Dutch', async ({ page }) => {
  await recordComplaint(page, { name: 'Wim Bakker', summary: 'Brief van de klant' });
  await page.getByLabel('Bestanden kiezen').setInputFiles([
    { name: 'kapot.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\nhier is niets meer van te maken\n') },
    { name: 'brief.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: Buffer.from('PK\u0003\u0004 afgebroken download') },
  ]);
  const files = page.getByRole('table', { name: 'Vastgepinde bestanden' });

  await files.getByRole('button', { name: 'kapot.pdf bekijken' }).click();
  const pdf = page.getByRole('dialog', { name: 'kapot.pdf' });
  await expect(pdf.getByRole('alert')).toContainText('Deze PDF is beschadigd en kan niet worden getoond.');
  await expect(pdf).not.toContainText('Invalid');
  await pdf.getByRole('button', { name: 'Sluiten' }).click();

  await files.getByRole('button', { name: 'brief.docx bekijken' }).click();
  const docx = page.getByRole('dialog', { name: 'brief.docx' });
  await expect(docx.getByRole('alert')).toContainText('Dit bestand is beschadigd: het is geen leesbaar Word-document');
  await expect(docx).not.toContainText('geen voorbeeld');
});
