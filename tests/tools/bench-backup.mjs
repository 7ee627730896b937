#!/usr/bin/env node
// npm run bench:backup -- --complaints 100000 --attachments 1000 --runs 5 --profile DIR [--busy]
// Backup and restore of a demo register through the Back-ups screen, in Debian's
// Chromium on the built browser renderer (backups in OPFS): the time from the
// click until the screen says the backup is made and checked, the check before
// a restore, and the restore until the app has reopened on the restored register;
// the peak JS heap during each. --busy runs a second Chromium spinning beside it.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from './chromium.mjs';
import { noAutomaticBackupToday, startBusyNeighbour } from './bench/browser.mjs';
import { argValue, startPreviewServer } from './previewServer.mjs';

const args = process.argv.slice(2);
const complaints = Number(argValue(args, 'complaints', '10000'));
const attachments = Number(argValue(args, 'attachments', '100'));
const runs = Number(argValue(args, 'runs', '5'));
const port = Number(argValue(args, 'port', '4389'));
const output = argValue(args, 'out', 'bench-results/bench-backup.json');
const keptProfile = argValue(args, 'profile', undefined);
const busy = args.includes('--busy');
// --renderer-dir <dir>: a renderer built with `vite build src-renderer --outDir <dir>`, so building again does not pull it away mid-run.
const rendererDir = argValue(args, 'renderer-dir', undefined);

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];
const seconds = (ms) => Math.round(ms / 100) / 10;

// The register in use: after a restore it has another name (src-renderer/src/db/register.ts).
// Pins `count` files of 50-150 kB as the app stores them: bytes in OPFS under their SHA-256, a files row, an attachment row.
async function pinFiles(count) {
  const root = await navigator.storage.getDirectory();
  const folder = await root.getDirectoryHandle('attachments', { create: true });
  const db = await new Promise((resolve, reject) => {
    const request = indexedDB.open(localStorage.getItem('klachtenbalie.register') ?? 'klachtenbalie');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const ids = await new Promise((resolve) => {
    const r = db.transaction('complaints').objectStore('complaints').getAllKeys(undefined, count);
    r.onsuccess = () => resolve(r.result);
  });
  const now = new Date().toISOString();
  for (let i = 0; i < count; i += 1) {
    const bytes = new Uint8Array(50_000 + ((i * 7919) % 100_000));
    crypto.getRandomValues(bytes.subarray(0, Math.min(bytes.length, 65_536)));
    bytes[0] = i & 0xff;
    bytes[1] = i >> 8;
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
    const sha256 = Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
    const handle = await folder.getFileHandle(sha256, { create: true });
    const writable = await handle.createWritable();
    await writable.write(bytes);
    await writable.close();
    await new Promise((resolve, reject) => {
      const tx = db.transaction(['files', 'attachments'], 'readwrite');
      tx.objectStore('files').put({ sha256, size: bytes.length, firstStoredAt: now, updatedAt: now });
      tx.objectStore('attachments').put({
        id: `bench-${i}`, complaintId: ids[i % ids.length], customerId: null, name: `foto-${i}.jpg`, type: 'image/jpeg',
        size: bytes.length, sha256, kind: 'photo', extractedFromId: null, addedAt: now, addedById: null, addedByName: 'Bench', removedAt: null, removedByName: null, updatedAt: now,
      });
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
  }
  db.close();
}

// Samples the JS heap every 250 ms in the page, so a run reports its peak.
function watchHeap() {
  window.__heapPeak = 0;
  setInterval(() => {
    window.__heapPeak = Math.max(window.__heapPeak, performance.memory?.usedJSHeapSize ?? 0);
  }, 250);
}

async function main() {
  const server = await startPreviewServer(port, rendererDir);
  const profile = keptProfile ?? mkdtempSync(join(tmpdir(), 'klachtenbalie-bench-backup-'));
  if (keptProfile) mkdirSync(keptProfile, { recursive: true });
  const launch = chromiumLaunchOptions();
  const context = await chromium.launchPersistentContext(profile, {
    ...launch,
    args: [...launch.args, '--enable-precise-memory-info'],
    headless: true,
    viewport: { width: 1366, height: 860 },
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
  });
  await context.addInitScript(noAutomaticBackupToday);
  await context.addInitScript(watchHeap);
  const neighbour = busy ? await startBusyNeighbour() : null;
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${server.url}?demo=${complaints}#/klachten`);
    await page.waitForFunction(() => document.documentElement.dataset.demoSeed, null, { timeout: 900_000, polling: 1000 });
    const pinned = await page.evaluate(async () => {
      const db = await new Promise((resolve) => {
        const r = indexedDB.open(localStorage.getItem('klachtenbalie.register') ?? 'klachtenbalie');
        r.onsuccess = () => resolve(r.result);
      });
      const count = await new Promise((resolve) => {
        const r = db.transaction('files').objectStore('files').count();
        r.onsuccess = () => resolve(r.result);
      });
      db.close();
      return count;
    });
    if (pinned < attachments) {
      console.log(`… ${attachments - pinned} bestanden vastpinnen`);
      await page.evaluate(pinFiles, attachments - pinned);
    }
    const staffId = await page.evaluate(async () => {
      const db = await new Promise((resolve) => {
        const r = indexedDB.open(localStorage.getItem('klachtenbalie.register') ?? 'klachtenbalie');
        r.onsuccess = () => resolve(r.result);
      });
      const keys = await new Promise((resolve) => {
        const r = db.transaction('staff').objectStore('staff').getAllKeys(undefined, 1);
        r.onsuccess = () => resolve(r.result);
      });
      db.close();
      return keys[0];
    });
    await context.addInitScript((id) => sessionStorage.setItem('klachtenbalie.currentStaffId', id), staffId);

    const results = [];
    for (let run = 0; run < runs; run += 1) {
      await page.goto(`${server.url}#/instellingen/back-ups`);
      await page.reload();
      await page.getByRole('button', { name: 'Nu een back-up maken' }).waitFor();
      await page.evaluate(() => (window.__heapPeak = 0));
      const backupStart = Date.now();
      await page.getByRole('button', { name: 'Nu een back-up maken' }).click();
      await page.getByRole('status').filter({ hasText: /Back-up gemaakt en gecontroleerd|mislukt/ }).or(page.getByRole('alert')).first().waitFor({ timeout: 600_000 });
      const backupMs = Date.now() - backupStart;
      const status = await page.getByRole('status').filter({ hasText: 'Back-up gemaakt' }).textContent().catch(() => null);
      if (!status) throw new Error(`bench: backup failed: ${await page.getByRole('alert').first().textContent()}`);
      const backupHeap = await page.evaluate(() => window.__heapPeak);
      const size = /\(([^)]+)\)/.exec(status)?.[1] ?? '?';

      await page.evaluate(() => (window.__heapPeak = 0));
      const checkStart = Date.now();
      await page.getByRole('table', { name: 'Back-ups in de map' }).getByRole('button', { name: /^Terugzetten/ }).first().click();
      const dialog = page.getByRole('dialog', { name: 'Back-up terugzetten' });
      await dialog.getByRole('button', { name: 'Terugzetten' }).waitFor({ timeout: 600_000 });
      const checkMs = Date.now() - checkStart;
      const restoreStart = Date.now();
      let restoreHeap = 0;
      const sampler = setInterval(() => {
        page.evaluate(() => window.__heapPeak).then((h) => (restoreHeap = Math.max(restoreHeap, h ?? 0)), () => undefined);
      }, 1000);
      await dialog.getByRole('button', { name: 'Terugzetten' }).click();
      // The app reloads on the restored register: the dialog goes, the menu comes back.
      await dialog.waitFor({ state: 'detached', timeout: 900_000 });
      await page.getByRole('navigation', { name: 'Hoofdmenu' }).waitFor({ timeout: 120_000 });
      clearInterval(sampler);
      const restoreMs = Date.now() - restoreStart;
      const result = { backupMs, size, backupHeapMb: Math.round(backupHeap / 1e6), checkMs, restoreMs, restoreHeapMb: Math.round(restoreHeap / 1e6) };
      console.log(`run ${run + 1}: back-up ${seconds(backupMs)} s (${size}, heap ${result.backupHeapMb} MB), controle ${seconds(checkMs)} s, terugzetten incl. veiligheidsback-up ${seconds(restoreMs)} s (heap ${result.restoreHeapMb} MB)`);
      results.push(result);
      // Keep OPFS from filling up: only the newest backups matter for the next run.
      await page.evaluate(async () => {
        const root = await navigator.storage.getDirectory();
        const folder = await root.getDirectoryHandle('backups', { create: true });
        for await (const [name] of folder.entries()) await folder.removeEntry(name);
      });
    }
    const summary = {
      complaints,
      attachments,
      busyNeighbour: busy,
      runs: results,
      median: {
        backupS: seconds(median(results.map((r) => r.backupMs))),
        checkS: seconds(median(results.map((r) => r.checkMs))),
        restoreS: seconds(median(results.map((r) => r.restoreMs))),
        backupHeapMb: median(results.map((r) => r.backupHeapMb)),
        restoreHeapMb: median(results.map((r) => r.restoreHeapMb)),
      },
      targets: { backupS: 60, restoreS: 120, heapMb: 500 },
    };
    console.table({ mediaan: summary.median, doel: { backupS: 60, checkS: '', restoreS: 120, backupHeapMb: 500, restoreHeapMb: 500 } });
    mkdirSync(join(output, '..'), { recursive: true });
    writeFileSync(output, JSON.stringify(summary, null, 2));
  } finally {
    await neighbour?.close();
    await context.close();
    server.stop();
    if (!keptProfile) rmSync(profile, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
