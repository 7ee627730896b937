import { expect, test, type Page } from '@playwright/test';
import { openApp } from './helpers';

// Saturday 21 November 2026, 10:00 in Amsterdam: the demo spreads complaints over the years before today, so a fixed today fixes them.
const TODAY = new Date('2026-11-21T10:00:00+01:00');
const SHOTS = 'test-results/screenshots';

async function demoRegister(page: Page, complaints: number) {
  await page.clock.setFixedTime(TODAY);
  await page.goto(`./?demo=${complaints}#/klachten`);
  await page.waitForFunction(() => document.documentElement.dataset.demoSeed === 'done', null, { timeout: 60_000 });
  await openApp(page, '#/klachten');
}

const list = (page: Page) => page.getByRole('table', { name: 'Klachtenlijst' });
const header = (page: Page, name: string) => list(page).getByRole('columnheader', { name });

/** The texts of one column in the first `count` rows, once they are all loaded. */
async function firstCells(page: Page, column: number, count: number): Promise<string[]> {
  const rows = list(page).getByRole('row');
  const texts: string[] = [];
  for (let index = 1; index <= count; index += 1) texts.push((await rows.nth(index).getByRole('cell').nth(column).textContent({ timeout: 2000 })) ?? '');
  return texts;
}

const DEADLINE = 5;

/** dd-MM-yyyy at the start of a cell, as a sortable yyyy-MM-dd; '' for a row without one. */
const day = (text: string) => text.match(/^(\d\d)-(\d\d)-(\d{4})/)?.slice(1).reverse().join('-') ?? '';

/** The next terms of the first rows, once they are all days in that order (a list still in its old order never is). */
async function deadlinesInOrder(page: Page, direction: 'asc' | 'desc'): Promise<string[]> {
  let days: string[] = [];
  await expect
    .poll(async () => {
      days = (await firstCells(page, DEADLINE, 6)).map(day);
      const sorted = [...days].sort();
      return days.every(Boolean) && days.join() === (direction === 'asc' ? sorted : sorted.reverse()).join();
    })
    .toBe(true);
  return days;
}

const CUSTOMER = 2;

test('the list sorts by a column header, by click and by keyboard, and keeps the order after a reload', async ({ page }) => {
  await demoRegister(page, 120);
  await expect(page.getByText('120 klachten', { exact: true })).toBeVisible();
  // Until someone chooses, the list keeps its own order: newest received first.
  await expect(header(page, 'Ontvangen')).toHaveAttribute('aria-sort', 'descending');
  await expect(header(page, 'Klant')).toHaveAttribute('aria-sort', 'none');
  const newestFirst = await firstCells(page, CUSTOMER, 8);

  await list(page).getByRole('button', { name: 'Klant' }).click();
  await expect(header(page, 'Klant')).toHaveAttribute('aria-sort', 'ascending');
  await expect(header(page, 'Ontvangen')).toHaveAttribute('aria-sort', 'none');
  await expect.poll(() => firstCells(page, CUSTOMER, 8)).not.toEqual(newestFirst);
  const byName = await firstCells(page, CUSTOMER, 8);
  expect(byName).toEqual([...byName].sort());
  await page.screenshot({ path: `${SHOTS}/list-sorted-by-customer.png` });

  // The keyboard: Enter sorts by the next term, earliest first; Space turns it round.
  const termButton = list(page).getByRole('button', { name: 'Termijn' });
  await termButton.focus();
  await page.keyboard.press('Enter');
  await expect(header(page, 'Termijn')).toHaveAttribute('aria-sort', 'ascending');
  await expect(header(page, 'Klant')).toHaveAttribute('aria-sort', 'none');
  const earliest = await deadlinesInOrder(page, 'asc');
  await page.keyboard.press('Space');
  await expect(header(page, 'Termijn')).toHaveAttribute('aria-sort', 'descending');
  const latest = await deadlinesInOrder(page, 'desc');
  expect(latest[0]! > earliest.at(-1)!).toBe(true);

  // Kept on this workstation: a reload shows the same order.
  await page.reload();
  await openApp(page, '#/klachten');
  await expect(header(page, 'Termijn')).toHaveAttribute('aria-sort', 'descending');
  await expect.poll(async () => (await firstCells(page, DEADLINE, 6)).map(day)).toEqual(latest);

  // Search results, newest first from the index, are put in the chosen order too.
  await list(page).getByRole('button', { name: 'Klant' }).click();
  await page.getByLabel('Zoeken').fill('niet');
  await expect(page.getByText(/^\d+ klachten gevonden$/)).toBeVisible();
  const found = Number((await page.getByText(/^\d+ klachten gevonden$/).textContent())?.split(' ')[0]);
  expect(found).toBeGreaterThan(8);
  await expect(header(page, 'Klant')).toHaveAttribute('aria-sort', 'ascending');
  await expect.poll(async () => {
    const names = await firstCells(page, CUSTOMER, 8);
    return names.join('|') === [...names].sort().join('|');
  }).toBe(true);
});

test('Afdrukken and Ctrl+P print the filtered, sorted list as a register of all its rows, without the menu, on A4 landscape', async ({ page }) => {
  // The system print dialog cannot be driven from a test: count the calls instead.
  await page.addInitScript(() => {
    const counted = window as unknown as { printed: number };
    counted.printed = 0;
    window.print = () => {
      counted.printed += 1;
    };
  });
  const printed = () => page.evaluate(() => (window as unknown as { printed: number }).printed);
  await demoRegister(page, 450);
  await openApp(page, '#/instellingen/briefpapier');
  await page.getByLabel('Naam kantoor').fill('Schoenmakerij De Leest');
  await page.getByRole('button', { name: 'Briefpapier opslaan' }).click();
  await expect(page.getByRole('status')).toContainText('Briefpapier opgeslagen');
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: /Klachten/ }).click();

  await page.getByLabel('Status').selectOption({ label: 'Gesloten' });
  const counted = page.getByText(/^\d+ klachten$/);
  await expect(counted).not.toHaveText('450 klachten');
  const total = Number((await counted.textContent())?.split(' ')[0]);
  await list(page).getByRole('button', { name: 'Klant' }).click();
  await expect(header(page, 'Klant')).toHaveAttribute('aria-sort', 'ascending');
  // Longer than the screen: the screen holds only the rows scrolled into view.
  expect(total).toBeGreaterThan(60);
  expect(await list(page).getByRole('row').count()).toBeLessThan(total);

  await page.getByRole('button', { name: /Afdrukken/ }).click();
  await expect.poll(printed).toBe(1);
  await page.emulateMedia({ media: 'print' });
  const register = page.getByRole('table', { name: 'Klachtenregister' });
  await expect(register.getByRole('row')).toHaveCount(total + 1);
  await expect(page.getByRole('heading', { name: 'Klachtenregister Schoenmakerij De Leest' })).toBeVisible();
  await expect(page.getByText(`Status: gesloten · Termijn: alle termijnen · Gesorteerd op klant (oplopend) · ${total} klachten`)).toBeVisible();
  await expect(page.getByText('Afgedrukt op 21 november 2026 om 10:00')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeHidden();
  await expect(page.getByRole('search')).toBeHidden();
  await expect(list(page)).toBeHidden();
  const names = await register.getByRole('row').locator('td:nth-child(3)').allTextContents();
  expect(names).toHaveLength(total);
  // The demo's confidential complaints that this profile may not read are printed without the name (issue 15); the others in order.
  const readable = names.filter((name) => name !== 'Vertrouwelijke klacht');
  expect(readable.length).toBeGreaterThan(total / 2);
  expect(readable).toEqual([...readable].sort());
  await expect(register.getByRole('row').nth(1).getByRole('cell').first()).toHaveText(/^K-\d{4}-\d{4}$/);

  // Every page A4 landscape: 842 × 595 points, give or take a rounding.
  const pdf = (await page.pdf({ path: `${SHOTS}/list-register.pdf`, preferCSSPageSize: true })).toString('latin1');
  const pages = [...pdf.matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)].map(([, width, height]) => [Math.round(Number(width)), Math.round(Number(height))]);
  expect(pages.length).toBeGreaterThan(1);
  expect(pages.every(([width, height]) => width === 842 && height === 595)).toBe(true);

  // Ctrl+P on the list prints the same register, not the screen.
  await page.emulateMedia({ media: 'screen' });
  await page.getByLabel('Zoeken').focus();
  await page.keyboard.press('Control+p');
  await expect.poll(printed).toBe(2);
});
