// One function per figure. Each returns the samples of one fresh browser process, split into `cold` (the
// first of its kind in that process) and `warm` (the ones after it), in milliseconds on the page's clock.

/** Page load to the list or the desk: the process's first page is cold, the `warm` pages after it warm. */
export async function pageLoads(context, url, hash, warm) {
  const samples = { cold: [], warm: [] };
  for (let i = 0; i <= warm; i += 1) {
    const page = i === 0 ? (context.pages()[0] ?? (await context.newPage())) : await context.newPage();
    await page.goto(`${url}#/${hash}`);
    (i === 0 ? samples.cold : samples.warm).push(await page.evaluate(() => window.__bench.loaded));
    if (i > 0) await page.close();
  }
  return samples;
}

/**
 * Search as typed: the query but its last character is filled in and its results awaited, then the last key
 * is pressed; the time runs from that key press until the frame showing the result rows.
 */
export async function searches(page, url, queries) {
  await openList(page, url);
  const box = page.getByRole('searchbox', { name: 'Zoeken' });
  const samples = { cold: [], warm: [] };
  for (const query of queries) {
    await box.fill(query.slice(0, -1));
    await page.evaluate((q) => window.__bench.shown('listRows', [q]), query.slice(0, -1));
    // Watching starts before the key goes out (the page handles them in this order), so no result is missed.
    const shown = page.evaluate((q) => window.__bench.shown('listRows', [q]), query);
    await page.keyboard.type(query.slice(-1));
    const ms = (await shown) - (await page.evaluate(() => window.__bench.keyAt));
    (samples.cold.length === 0 ? samples.cold : samples.warm).push(ms);
  }
  return samples;
}

/** A long file (fifty events) opened as a person does: its number typed in the list, then a click on it, until the card shows its newest events. */
export async function openCards(page, url, references) {
  const samples = { cold: [], warm: [] };
  for (const reference of references) {
    await openList(page, url);
    await page.getByRole('searchbox', { name: 'Zoeken' }).fill(reference);
    await page.evaluate((r) => window.__bench.shown('listRows', [r]), reference);
    const shown = page.evaluate((r) => window.__bench.shown('card', [r, 50]), reference);
    await page.getByRole('link', { name: reference, exact: true }).click();
    const ms = (await shown) - (await page.evaluate(() => window.__bench.clickAt));
    (samples.cold.length === 0 ? samples.cold : samples.warm).push(ms);
  }
  return samples;
}

/** A new complaint taken on the phone: from the click on Opslaan until its card shows with its history. */
export async function saves(page, url, count) {
  const samples = { cold: [], warm: [] };
  for (let i = 0; i < count; i += 1) {
    await page.goto(`${url}#/nieuw`);
    // A new person each time: the intake asks "Bestaat deze klant al?" for a repeated name or phone.
    const unique = `${Date.now() % 1000}`.padStart(3, '0') + `${i}`.padStart(4, '0');
    await page.getByLabel('Naam', { exact: true }).fill(`Bench Klant ${unique}`);
    await page.getByLabel('Telefoon').fill(`06-9${unique}`);
    await page.getByLabel('Samenvatting').fill(`Benchmarkklacht ${i}`);
    const shown = page.evaluate(() => window.__bench.shown('card', [null, 1]));
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    const ms = (await shown) - (await page.evaluate(() => window.__bench.clickAt));
    (samples.cold.length === 0 ? samples.cold : samples.warm).push(ms);
  }
  return samples;
}

/**
 * The analysis of a whole year, as a person picks it: from the change of the year field until the frame
 * showing that year's figures; years taken in turn, so each pick shows another year than the one before.
 */
export async function analysisYears(page, url, years) {
  await openAnalysis(page, url);
  const samples = { cold: [], warm: [] };
  for (const year of years) {
    const ms = await page.evaluate(async (y) => {
      const select = document.getElementById('analysis-year');
      const start = performance.now();
      select.value = String(y);
      select.dispatchEvent(new Event('change', { bubbles: true }));
      return (await window.__bench.shown('analysis', [String(y)])) - start;
    }, year);
    (samples.cold.length === 0 ? samples.cold : samples.warm).push(ms);
  }
  return samples;
}

/** A period of one's own (dd-mm-jjjj): from the last character of its end day typed until the frame with its figures. */
export async function analysisCustom(page, url, periods) {
  await openAnalysis(page, url);
  await page.getByLabel('Periode').selectOption('custom');
  const samples = { cold: [], warm: [] };
  for (const { from, to, title } of periods) {
    await page.getByLabel('Van (dd-mm-jjjj)').fill(from);
    await page.getByLabel('Tot en met (dd-mm-jjjj)').fill(to.slice(0, -1));
    const shown = page.evaluate((t) => window.__bench.shown('analysis', [t]), title);
    await page.getByLabel('Tot en met (dd-mm-jjjj)').press(to.slice(-1));
    const ms = (await shown) - (await page.evaluate(() => window.__bench.keyAt));
    (samples.cold.length === 0 ? samples.cold : samples.warm).push(ms);
  }
  return samples;
}

/** The annual report of `year`: from the click on the button until the notice that it was made and saved. */
export async function annualReports(page, url, year, count) {
  await openAnalysis(page, url);
  await page.getByLabel('Jaar', { exact: true }).last().selectOption(String(year));
  const samples = { cold: [], warm: [] };
  for (let i = 0; i < count; i += 1) {
    const made = page.evaluate((y) => window.__bench.shown('annualReport', [y]), year);
    await page.getByRole('button', { name: 'Jaarverslag maken (Word)' }).click();
    const ms = (await made) - (await page.evaluate(() => window.__bench.clickAt));
    (samples.cold.length === 0 ? samples.cold : samples.warm).push(ms);
    // The next one waits for its own notice, not this one's.
    await page.getByRole('button', { name: 'Melding sluiten' }).click();
    await page.getByText('gemaakt en opgeslagen').waitFor({ state: 'detached' });
  }
  return samples;
}

async function openAnalysis(page, url) {
  await page.goto(`${url}#/analyse`);
  await page.locator('[data-analysis-for]').waitFor({ timeout: 120_000 });
}

/** The JS heap the app holds, after a collection. */
export function heapMB(page) {
  return page.evaluate(() => {
    globalThis.gc?.();
    return performance.memory ? performance.memory.usedJSHeapSize / 1024 / 1024 : null;
  });
}

async function openList(page, url) {
  if (!page.url().endsWith('#/klachten')) await page.goto(`${url}#/klachten`);
  await page.getByRole('searchbox', { name: 'Zoeken' }).waitFor();
}
