#!/usr/bin/env node
// npm run bench -- --complaints 10000
// Measures the built renderer in Debian's Chromium: demo seeding, page load to
// the list shown, search latency (median/p95) and saving a new complaint.
// --renderer-dir <dir>: measure a renderer built with `vite build src-renderer --outDir <dir>`.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from './chromium.mjs';
import { argValue, startPreviewServer } from './previewServer.mjs';

const args = process.argv.slice(2);
const complaints = Number(argValue(args, 'complaints', '10000'));
const searches = Number(argValue(args, 'searches', '50'));
const saves = Number(argValue(args, 'saves', '10'));
const port = Number(argValue(args, 'port', '4388'));
const output = argValue(args, 'out', 'bench-results/bench.json');
const rendererDir = argValue(args, 'renderer-dir', undefined);

const median = (values) => percentile(values, 50);
function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)];
}
const round = (n) => Math.round(n * 10) / 10;

// Records, from the page's own clock, when the first list row appears.
function watchFirstRow() {
  const mark = () => {
    if (document.querySelector('[role="rowgroup"] [role="row"] a')) {
      window.__listShownAt = performance.now();
      return true;
    }
    return false;
  };
  new MutationObserver((_, observer) => {
    if (mark()) observer.disconnect();
  }).observe(document, { childList: true, subtree: true });
}

async function main() {
  const server = await startPreviewServer(port, rendererDir);
  const profile = mkdtempSync(join(tmpdir(), 'klachtenbalie-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    ...chromiumLaunchOptions(),
    headless: true,
    viewport: { width: 1366, height: 860 },
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const seedStart = Date.now();
    await page.goto(`${server.url}?demo=${complaints}#/klachten`);
    await page.waitForFunction(() => document.documentElement.dataset.demoSeed === 'done', null, { timeout: 600_000, polling: 500 });
    const seedMs = Date.now() - seedStart;
    const seedInPageMs = Number(await page.evaluate(() => document.documentElement.dataset.demoSeedMs));
    console.log(`Demo: ${complaints} klachten aangemaakt in ${(seedInPageMs / 1000).toFixed(1)} s`);

    // One read of the seeded database: a demo staff member to work as, and real values to search for.
    const { staffId, samples } = await page.evaluate(async (count) => {
      const request = indexedDB.open('klachtenbalie');
      const db = await new Promise((resolve, reject) => {
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const transaction = db.transaction(['complaints', 'customers', 'staff'], 'readonly');
      const read = (store, method, limit) =>
        new Promise((resolve) => {
          const r = transaction.objectStore(store)[method](undefined, limit);
          r.onsuccess = () => resolve(r.result);
        });
      const [all, customers, staffKeys] = await Promise.all([
        read('complaints', 'getAll', 2000),
        read('customers', 'getAll', 2000),
        read('staff', 'getAllKeys', 1),
      ]);
      db.close();
      // Search values of mixed kinds.
      const rows = [];
      for (let i = 0; i < count; i += 1) {
        const complaint = all[(i * 37) % all.length];
        const customer = customers[(i * 53) % customers.length];
        const kind = i % 5;
        if (kind === 0) rows.push(complaint.reference);
        else if (kind === 1) rows.push(customer.name.split(' ').slice(-1)[0]);
        else if (kind === 2) rows.push(customer.phone || customer.name);
        else if (kind === 3) rows.push(complaint.summary.split(' ').find((w) => w.length > 4) ?? complaint.summary);
        else rows.push(customer.postcode || customer.city);
      }
      return { staffId: staffKeys[0], samples: rows };
    }, searches);
    // The profile chooser is part of starting the app, not of showing the list
    // (the key is SESSION_KEY in src-renderer/src/app/profile.tsx).
    await context.addInitScript((id) => sessionStorage.setItem('klachtenbalie.currentStaffId', id), staffId);

    // Page load to list shown, on a warm database, a few times.
    const loads = [];
    for (let i = 0; i < 5; i += 1) {
      const fresh = await context.newPage();
      await fresh.addInitScript(watchFirstRow);
      await fresh.goto(`${server.url}#/klachten`);
      await fresh.waitForFunction(() => typeof window.__listShownAt === 'number', null, { timeout: 60_000 });
      loads.push(await fresh.evaluate(() => window.__listShownAt));
      await fresh.close();
    }

    // Search latency: from the keystroke's input event to the results for that query on screen.
    await page.goto(`${server.url}#/klachten`);
    await page.getByLabel('Zoeken').waitFor();
    const searchTimes = [];
    for (const query of samples) {
      const elapsed = await page.evaluate(async (q) => {
        const input = document.getElementById('list-search');
        const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
        const target = q.trim();
        const start = performance.now();
        setter.call(input, q);
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await new Promise((resolve) => {
          const done = () => {
            const p = document.querySelector('.result-count');
            return p && p.getAttribute('data-results-for') === target;
          };
          if (done()) return resolve();
          const observer = new MutationObserver(() => {
            if (done()) {
              observer.disconnect();
              resolve();
            }
          });
          observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
        });
        return performance.now() - start;
      }, query);
      searchTimes.push(elapsed);
    }

    // Save latency: from pressing Opslaan to the new complaint's card shown.
    const saveTimes = [];
    for (let i = 0; i < saves; i += 1) {
      await page.goto(`${server.url}#/nieuw`);
      await page.getByLabel('Naam', { exact: true }).fill(`Bench Klant ${i}`);
      await page.getByLabel('Telefoon').fill('06-12345678');
      await page.getByLabel('Samenvatting').fill(`Benchmarkklacht ${i}`);
      const elapsed = await page.evaluate(async () => {
        const button = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Opslaan');
        const start = performance.now();
        button.click();
        await new Promise((resolve) => {
          const done = () => /K-\d{4}-\d+/.test(document.querySelector('h1')?.textContent ?? '');
          const observer = new MutationObserver(() => {
            if (done()) {
              observer.disconnect();
              resolve();
            }
          });
          observer.observe(document.body, { subtree: true, childList: true, characterData: true });
        });
        return performance.now() - start;
      });
      saveTimes.push(elapsed);
    }

    const heapBytes = await page.evaluate(() => performance.memory?.usedJSHeapSize ?? null);
    const result = {
      date: new Date().toISOString(),
      complaints,
      seedMs: seedInPageMs,
      seedWallMs: seedMs,
      listShownMs: { median: round(median(loads)), runs: loads.map(round) },
      searchMs: { median: round(median(searchTimes)), p95: round(percentile(searchTimes, 95)), count: searchTimes.length },
      saveMs: { median: round(median(saveTimes)), p95: round(percentile(saveTimes, 95)), count: saveTimes.length },
      heapMB: heapBytes === null ? null : round(heapBytes / 1024 / 1024),
    };
    mkdirSync(join(output, '..'), { recursive: true });
    writeFileSync(output, `${JSON.stringify(result, null, 2)}\n`);
    console.log(`Lijst getoond na laden: mediaan ${result.listShownMs.median} ms`);
    console.log(`Zoeken (${result.searchMs.count}x): mediaan ${result.searchMs.median} ms, p95 ${result.searchMs.p95} ms`);
    console.log(`Nieuwe klacht opslaan tot kaart (${result.saveMs.count}x): mediaan ${result.saveMs.median} ms, p95 ${result.saveMs.p95} ms`);
    console.log(`JS-heap: ${result.heapMB} MB`);
    console.log(`Resultaat geschreven naar ${output}`);
  } finally {
    await context.close();
    server.stop();
    rmSync(profile, { recursive: true, force: true });
  }
}

main().then(
  // Explicit exit: a stray handle (browser, server pipe) must never keep CI waiting.
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
