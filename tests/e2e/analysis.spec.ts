import { mkdir, readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { openApp } from './helpers';

// Saturday 21 November 2026, 10:00 in Amsterdam: the demo spreads its complaints over the three years before today.
const TODAY = new Date('2026-11-21T10:00:00+01:00');
const SHOTS = process.env.E2E_SHOTS_DIR ?? 'test-results/screenshots';
const OUT = 'test-results/analysis';

async function openAnalysis(page: Page) {
  await page.clock.setFixedTime(TODAY);
  await page.goto('./?demo=400#/klachten');
  await page.waitForFunction(() => document.documentElement.dataset.demoSeed === 'done', null, { timeout: 60_000 });
  await openApp(page, '#/klachten');
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Analyse' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Analyse' })).toBeVisible();
  await expect(page.locator('[data-analysis-for="2026"]')).toBeVisible();
}

const figureTable = (page: Page, title: string) => page.getByRole('region', { name: title, exact: true }).getByRole('table');

test('management opens a year, clicks a figure to the complaints behind it and exports the figures to Excel', async ({ page }) => {
  await openAnalysis(page);
  await mkdir(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/analysis-screen.png`, fullPage: true });

  const firstCategory = figureTable(page, 'Categorie').getByRole('row').nth(1);
  const category = (await firstCategory.getByRole('rowheader').textContent()) ?? '';
  const count = (await firstCategory.getByRole('cell').first().textContent()) ?? '';
  expect(Number(count.replace('.', ''))).toBeGreaterThan(0);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporteren naar Excel' }).click();
  const file = await (await download).path();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
    'Overzicht', 'Trend per maand', 'Categorie', 'Product of dienst', 'Kanaal', 'Behandelaar', 'Oordeel', 'Escalatie naar', 'Te laat ingediend', 'Termijnen gehaald', 'Doorlooptijd in werkdagen',
  ]);
  const sheet = workbook.getWorksheet('Categorie')!;
  expect(sheet.getRow(1).getCell(2).value).toBe('2026');
  expect([sheet.getRow(2).getCell(1).value, String(sheet.getRow(2).getCell(2).value)]).toEqual([category, count.replace('.', '')]);

  await firstCategory.getByRole('cell').first().getByRole('link').click();
  await expect(page.getByRole('status').filter({ hasText: 'Uit de analyse' })).toContainText(`Categorie: ${category}, ontvangen 01-01-2026 t/m 31-12-2026`);
  await expect(page.locator('.result-count')).toHaveText(`${count} ${count === '1' ? 'klacht' : 'klachten'}`);
  await expect(page.getByRole('table', { name: 'Klachtenlijst' }).getByRole('row').nth(1)).toContainText('2026');
});

test('management writes its conclusions and makes the annual report, kept in the list of reports', async ({ page }) => {
  await openAnalysis(page);
  await page.getByLabel('Jaar', { exact: true }).last().selectOption('2025');
  await page.getByLabel('Conclusies van de directie').fill('Het aantal klachten over facturen daalde na de nieuwe werkwijze.');
  await page.getByLabel('Plannen en verbeteringen').fill('In 2026 bellen we elke klant binnen twee werkdagen terug.');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Jaarverslag maken (Word)' }).click();
  const report = await download;
  expect(report.suggestedFilename()).toBe('Jaarverslag klachten 2025.docx');
  const bytes = await readFile(await report.path());
  await mkdir(OUT, { recursive: true });
  await report.saveAs(`${OUT}/jaarverslag-2025.docx`);
  const parts = unzipSync(new Uint8Array(bytes));
  const documentXml = strFromU8(parts['word/document.xml']!);
  for (const text of ['Jaarverslag klachten 2025', 'Kerncijfers', 'Jaar ervoor (2024)', 'Openstaande escalaties', 'Maatregelen en hun effect', 'Het aantal klachten over facturen daalde', 'binnen twee werkdagen terug']) {
    expect(documentXml).toContain(text);
  }
  expect(Object.keys(parts).filter((name) => name.startsWith('word/media/')).length).toBeGreaterThan(5);
  await expect(page.getByRole('region', { name: 'Jaarverslag klachten' }).getByRole('row', { name: /Jaarverslag klachten 2025\.docx/ })).toContainText('21 nov. 2026 10:00');
});
