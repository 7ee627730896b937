// Starting Debian's Chromium on a bench profile, and the busy neighbour that competes with it for the CPU.
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../chromium.mjs';
import { installProbes } from './pageProbes.mjs';

/**
 * Init script: the day's automatic backup counts as made, so it does not start
 * 60 s after a page opens and run beside what is measured. It runs when
 * lastAutomaticDay is not today's local day (useAutomaticBackup.ts), so a day
 * far ahead (as the benches first set) started it in every page they opened.
 */
export function noAutomaticBackupToday() {
  const now = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  const today = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  localStorage.setItem('klachtenbalie.backups', JSON.stringify({ ...JSON.parse(localStorage.getItem('klachtenbalie.backups') ?? '{}'), lastAutomaticDay: today }));
}

/**
 * A fresh browser process on `profile` (so its first page is a cold start: nothing of the register in memory).
 * staffId: the demo staff member the app works as; the profile chooser is part of starting the app, not of
 * the screens measured (the key is SESSION_KEY in src-renderer/src/app/profile.tsx).
 */
export async function openBrowser(profile, { staffId = null } = {}) {
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
  await context.addInitScript(installProbes);
  // The daily automatic backup is measured on its own (npm run bench:backup); here it would run beside the figures.
  await context.addInitScript(noAutomaticBackupToday);
  if (staffId) await context.addInitScript((id) => sessionStorage.setItem('klachtenbalie.currentStaffId', id), staffId);
  return context;
}

/** A second headless Chromium spinning its main thread (50 ms slices), as another busy program on the same two cores. */
export async function startBusyNeighbour() {
  const browser = await chromium.launch({ ...chromiumLaunchOptions(), headless: true });
  const page = await browser.newPage();
  await page.setContent('<p>busy</p>');
  void page
    .evaluate(() => {
      const spin = () => {
        const until = performance.now() + 50;
        while (performance.now() < until) Math.sqrt(Math.random());
        setTimeout(spin, 0);
      };
      spin();
    })
    .catch(() => undefined);
  return browser;
}
