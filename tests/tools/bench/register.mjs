// The demo registers the bench measures: one made today and one made a month ago (for "the desk a month
// later", so both desks are measured on the real clock), each in a Chromium profile of its own.
import { openBrowser } from './browser.mjs';

const MONTH_MS = 30 * 24 * 3600 * 1000;

/**
 * Fills the profile's empty register with `complaints` demo complaints (an existing one is kept) and reads
 * what the bench needs from it. monthAgo: the register is made with the browser's clock fixed a month back
 * (Playwright's clock, in this seeding browser only), so every date in it is a month older; the browsers
 * that measure it run on the real clock.
 */
export async function prepareRegister(url, profile, { complaints, monthAgo = false, searches = 0 }) {
  const context = await openBrowser(profile);
  try {
    if (monthAgo) await context.clock.setFixedTime(new Date(Date.now() - MONTH_MS));
    const page = context.pages()[0] ?? (await context.newPage());
    const started = Date.now();
    await page.goto(`${url}?demo=${complaints}#/klachten`);
    // Set once seeding is over: 'done', 'skipped' or 'failed'.
    const outcome = await page.waitForFunction(() => document.documentElement.dataset.demoSeed, null, { timeout: 1_800_000, polling: 500 });
    if ((await outcome.jsonValue()) === 'failed') {
      throw new Error(`bench: demo data failed: ${await page.getByRole('alert').first().textContent()}`);
    }
    const seededMs = (await outcome.jsonValue()) === 'done' ? Date.now() - started : null;
    return { seededMs, ...(await page.evaluate(readRegister, { searches, thisYear: new Date().getFullYear() })) };
  } finally {
    await context.close();
  }
}

/**
 * In the page, one read of the register: a demo staff member to work as, real values to search for (of
 * mixed kinds, in the order of SEARCH_KINDS), and the long files (db/demo/longFile.ts: numbered a multiple
 * of 250 in their year, fifty events), found through the reference index.
 */
async function readRegister({ searches, thisYear }) {
  const request = indexedDB.open(localStorage.getItem('klachtenbalie.register') ?? 'klachtenbalie');
  const db = await new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const transaction = db.transaction(['complaints', 'customers', 'staff', 'eventLogs'], 'readonly');
  const ask = (r) =>
    new Promise((resolve, reject) => {
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
  const [all, customers, staffKeys] = await Promise.all([
    ask(transaction.objectStore('complaints').getAll(undefined, 2000)),
    ask(transaction.objectStore('customers').getAll(undefined, 2000)),
    ask(transaction.objectStore('staff').getAllKeys(undefined, 1)),
  ]);
  const samples = [];
  for (let i = 0; i < searches; i += 1) {
    const complaint = all[(i * 37) % all.length];
    const customer = customers[(i * 53) % customers.length];
    const kind = i % 5;
    if (kind === 0) samples.push(complaint.reference);
    else if (kind === 1) samples.push(customer.name.split(' ').slice(-1)[0]);
    else if (kind === 2) samples.push(customer.phone || customer.name);
    else if (kind === 3) samples.push(complaint.summary.split(' ').find((w) => w.length > 4) ?? complaint.summary);
    else samples.push(customer.postcode || customer.city);
  }
  const longFiles = [];
  const byReference = transaction.objectStore('complaints').index('reference');
  for (let year = thisYear - 4; year <= thisYear; year += 1) {
    for (let sequence = 250; ; sequence += 250) {
      const reference = `K-${year}-${String(sequence).padStart(4, '0')}`;
      const id = await ask(byReference.getKey(reference));
      if (id === undefined) break;
      const log = await ask(transaction.objectStore('eventLogs').get(id));
      if ((log?.events.length ?? 0) >= 50) longFiles.push(reference);
    }
  }
  db.close();
  return { staffId: staffKeys[0], samples, longFiles };
}

export const SEARCH_KINDS = ['reference', 'surname', 'phone', 'word from summary', 'postcode or city'];
