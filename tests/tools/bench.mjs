#!/usr/bin/env node
// npm run bench -- --complaints 10000
// Measures the built renderer in Debian's Chromium: demo seeding, page load to
// the list and to the coordinator's desk, search latency (median/p95), opening
// a card with 50 events, saving a new complaint, and the desk a month later.
// --renderer-dir <dir>: measure a renderer built with `vite build src-renderer --outDir <dir>`.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from './chromium.mjs';
import { argValue, startPreviewServer } from './previewServer.mjs';

const args = process.argv.slice(2);
const complaints = Number(argValue(args, 'complaints', '10000'));
const searches = Number(argValue(args, 'searches', '100'));
const saves = Number(argValue(args, 'saves', '10'));
const port = Number(argValue(args, 'port', '4388'));
const output = argValue(args, 'out', 'bench-results/bench.json');
const rendererDir = argValue(args, 'renderer-dir', undefined);
const cards = Number(argValue(args, 'cards', '10'));
// --profile <dir>: a Chromium profile kept between runs; one already seeded skips seeding (to measure again quickly).
const keptProfile = argValue(args, 'profile', undefined);
// --screenshot <file.png>: the desk on this data, as a picture (and <file>-full.png for the whole page).
const screenshot = argValue(args, 'screenshot', undefined);

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

// Records when the desk has drawn its lists: the heading is there and nothing in main is still loading.
function watchDesk() {
  const mark = () => {
    const main = document.querySelector('main');
    const heading = main?.querySelector('h1');
    if (heading?.textContent?.startsWith('Bureau') && main.querySelector('section') && !main.querySelector('[aria-busy="true"]')) {
      window.__deskShownAt = performance.now();
      return true;
    }
    return false;
  };
  new MutationObserver((_, observer) => {
    if (mark()) observer.disconnect();
  }).observe(document, { childList: true, subtree: true, attributes: true });
}

// Put in every page: resolves once done() holds, watching the DOM (not polling) so a measurement ends when the result shows.
function defineWaitFor() {
  window.__benchWaitFor = (done, observe) =>
    new Promise((resolve, reject) => {
      if (done()) return resolve();
      const observer = new MutationObserver(() => {
        if (done()) {
          observer.disconnect();
          clearTimeout(timer);
          resolve();
        }
      });
      const timer = setTimeout(() => {
        observer.disconnect();
        reject(new Error(`bench: nothing shown after 60 s (${location.hash})`));
      }, 60_000);
      observer.observe(document.body, { subtree: true, ...observe });
    });
}

async function deskLoadTimes(context, url, runs) {
  const times = [];
  for (let i = 0; i < runs; i += 1) {
    const fresh = await context.newPage();
    await fresh.addInitScript(watchDesk);
    await fresh.goto(`${url}#/bureau`);
    await fresh.waitForFunction(() => typeof window.__deskShownAt === 'number', null, { timeout: 120_000 });
    times.push(await fresh.evaluate(() => window.__deskShownAt));
    await fresh.close();
  }
  return times;
}

/** Gives `count` complaints 50 events each (copies of their own first event), straight in IndexedDB. */
function addEventsToCards(count) {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(localStorage.getItem('klachtenbalie.register') ?? 'klachtenbalie');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction(['complaints', 'eventLogs'], 'readwrite');
      tx.onabort = () => reject(tx.error ?? new Error('bench: adding events was aborted'));
      const ids = [];
      const keys = tx.objectStore('complaints').getAllKeys(undefined, count * 7);
      keys.onsuccess = () => {
        const chosen = keys.result.filter((_, i) => i % 7 === 3).slice(0, count);
        for (const id of chosen) {
          // The complaint's own log, where the app reads its events (schema version 7).
          const read = tx.objectStore('eventLogs').get(id);
          read.onsuccess = () => {
            const log = read.result;
            const first = log?.events[0];
            if (!first) return;
            for (let n = log.events.length; n < 50; n += 1) {
              const at = new Date(Date.parse(first.at) + n * 60_000).toISOString();
              log.events.push({ ...first, id: `${first.id}-bench-${n}`, type: 'note', at, summary: `Notitie ${n} voor de bench`, changes: [] });
            }
            log.events.sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
            tx.objectStore('eventLogs').put(log);
            ids.push(id);
          };
        }
      };
      tx.oncomplete = () => {
        db.close();
        resolve(ids);
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}

async function main() {
  const server = await startPreviewServer(port, rendererDir);
  const profile = keptProfile ?? mkdtempSync(join(tmpdir(), 'klachtenbalie-bench-'));
  if (keptProfile) mkdirSync(keptProfile, { recursive: true });
  const launch = chromiumLaunchOptions();
  const context = await chromium.launchPersistentContext(profile, {
    ...launch,
    // gc(): the heap is read after a collection, so it counts what the app holds, not garbage the seeding left behind.
    args: [...launch.args, '--js-flags=--expose-gc', '--enable-precise-memory-info'],
    headless: true,
    viewport: { width: 1366, height: 860 },
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
  });
  await context.addInitScript(defineWaitFor);
  // The daily automatic backup is measured on its own (npm run bench:backup); here it would run beside the figures.
  await context.addInitScript(() =>
    localStorage.setItem('klachtenbalie.backups', JSON.stringify({ ...JSON.parse(localStorage.getItem('klachtenbalie.backups') ?? '{}'), lastAutomaticDay: '9999-12-31' })),
  );
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const seedStart = Date.now();
    await page.goto(`${server.url}?demo=${complaints}#/klachten`);
    // Set once seeding is over: 'done', 'skipped' or 'failed'.
    const outcome = await page.waitForFunction(() => document.documentElement.dataset.demoSeed, null, { timeout: 900_000, polling: 500 });
    if ((await outcome.jsonValue()) === 'failed') {
      throw new Error(`bench: demo data failed: ${await page.getByRole('alert').first().textContent()}`);
    }
    const seedMs = Date.now() - seedStart;
    const seedInPageMs = Number(await page.evaluate(() => document.documentElement.dataset.demoSeedMs ?? 'NaN'));
    console.log(Number.isNaN(seedInPageMs) ? 'Demo: al aanwezig in het profiel' : `Demo: ${complaints} klachten aangemaakt in ${(seedInPageMs / 1000).toFixed(1)} s`);

    // One read of the seeded database: a demo staff member to work as, and real values to search for.
    const { staffId, samples } = await page.evaluate(async (count) => {
      const request = indexedDB.open(localStorage.getItem('klachtenbalie.register') ?? 'klachtenbalie');
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

    console.log('… lijst laden');
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

    console.log('… zoeken');
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
        await window.__benchWaitFor(
          () => document.querySelector('.result-count')?.getAttribute('data-results-for') === target,
          { childList: true, attributes: true, characterData: true },
        );
        return performance.now() - start;
      }, query);
      searchTimes.push(elapsed);
    }
    // Per kind of search, in the order the samples cycle through them: shows which kind makes the tail.
    const SEARCH_KINDS = ['kenmerk', 'achternaam', 'telefoon', 'woord uit samenvatting', 'postcode of plaats'];
    const searchByKind = Object.fromEntries(
      SEARCH_KINDS.map((kind, k) => {
        const times = searchTimes.filter((_, i) => i % SEARCH_KINDS.length === k);
        return [kind, { median: round(median(times)), p95: round(percentile(times, 95)), max: round(Math.max(...times)) }];
      }),
    );
    const slowest = samples.map((query, i) => ({ query, ms: round(searchTimes[i]) })).sort((a, b) => b.ms - a.ms).slice(0, 5);

    console.log('… opslaan');
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
        await window.__benchWaitFor(() => /K-\d{4}-\d+/.test(document.querySelector('h1')?.textContent ?? ''), { childList: true, characterData: true });
        return performance.now() - start;
      });
      saveTimes.push(elapsed);
    }

    console.log('… kaart openen');
    // Open a card with 50 events: from the hash change to its timeline drawn in full.
    const cardIds = await page.evaluate(addEventsToCards, cards);
    await page.goto(`${server.url}#/klachten`);
    await page.getByLabel('Zoeken').waitFor();
    const cardTimes = [];
    for (const id of cardIds) {
      const elapsed = await page.evaluate(async (complaintId) => {
        const start = performance.now();
        location.hash = `#/klacht/${complaintId}`;
        await window.__benchWaitFor(
          () => document.querySelectorAll('ol.timeline > li').length >= 50 && document.querySelector('[aria-labelledby="workflow-title"]') !== null,
          { childList: true },
        );
        const took = performance.now() - start;
        location.hash = '#/klachten';
        return took;
      }, id);
      cardTimes.push(elapsed);
    }

    console.log('… bureau laden');
    // Page load to the coordinator's desk, today and with the clock a month on (far more is overdue then).
    const desks = await deskLoadTimes(context, server.url, 5);
    if (screenshot) {
      // What the coordinator sees on this data: looked at, not measured.
      const shot = await context.newPage();
      await shot.goto(`${server.url}#/bureau`);
      await shot.getByRole('region', { name: 'Te laat', exact: true }).getByRole('table').first().waitFor({ timeout: 60_000 });
      await shot.screenshot({ path: screenshot });
      await shot.screenshot({ path: screenshot.replace(/\.png$/, '-full.png'), fullPage: true });
      await shot.close();
    }
    const heapBytes = await page.evaluate(() => {
      globalThis.gc?.();
      return performance.memory?.usedJSHeapSize ?? null;
    });
    await context.clock.setFixedTime(new Date(Date.now() + 30 * 24 * 3600 * 1000));
    const movedDesks = await deskLoadTimes(context, server.url, 3);
    const result = {
      date: new Date().toISOString(),
      complaints,
      seedMs: seedInPageMs,
      seedWallMs: seedMs,
      listShownMs: { median: round(median(loads)), runs: loads.map(round) },
      searchMs: { median: round(median(searchTimes)), p95: round(percentile(searchTimes, 95)), count: searchTimes.length, byKind: searchByKind, slowest },
      saveMs: { median: round(median(saveTimes)), p95: round(percentile(saveTimes, 95)), count: saveTimes.length },
      cardMs: { median: round(median(cardTimes)), p95: round(percentile(cardTimes, 95)), count: cardTimes.length, events: 50 },
      deskShownMs: { median: round(median(desks)), runs: desks.map(round) },
      deskMonthLaterMs: { median: round(median(movedDesks)), runs: movedDesks.map(round) },
      heapMB: heapBytes === null ? null : round(heapBytes / 1024 / 1024),
    };
    mkdirSync(join(output, '..'), { recursive: true });
    writeFileSync(output, `${JSON.stringify(result, null, 2)}\n`);
    console.log(`Lijst getoond na laden: mediaan ${result.listShownMs.median} ms`);
    console.log(`Zoeken (${result.searchMs.count}x): mediaan ${result.searchMs.median} ms, p95 ${result.searchMs.p95} ms`);
    console.log(`Nieuwe klacht opslaan tot kaart (${result.saveMs.count}x): mediaan ${result.saveMs.median} ms, p95 ${result.saveMs.p95} ms`);
    console.log(`Kaart met 50 gebeurtenissen openen (${result.cardMs.count}x): mediaan ${result.cardMs.median} ms, p95 ${result.cardMs.p95} ms`);
    console.log(`Bureau getoond na laden: mediaan ${result.deskShownMs.median} ms; een maand later: mediaan ${result.deskMonthLaterMs.median} ms`);
    console.log(`JS-heap: ${result.heapMB} MB`);
    console.log(`Resultaat geschreven naar ${output}`);
  } finally {
    await context.close();
    server.stop();
    if (!keptProfile) rmSync(profile, { recursive: true, force: true });
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
