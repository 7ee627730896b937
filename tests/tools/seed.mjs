#!/usr/bin/env node
// npm run seed -- --complaints 10000 --user-data <folder>     (desktop app; needs the Electron binary)
// npm run seed -- --complaints 10000 --browser-profile <folder> (browser build: a Chromium profile for `npm run web`)
// Fills an EMPTY database with realistic Dutch demo complaints; an existing one is left alone.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from './chromium.mjs';
import { findElectronBinary } from './electronBinary.mjs';
import { argValue, startPreviewServer } from './previewServer.mjs';

const args = process.argv.slice(2);
const complaints = Number(argValue(args, 'complaints', '10000'));
const userData = argValue(args, 'user-data', null);
const browserProfile = argValue(args, 'browser-profile', null);
const WEB_PORT = 4173;

if (!Number.isInteger(complaints) || complaints < 1) {
  console.error('Geef het aantal klachten op, bijvoorbeeld: npm run seed -- --complaints 10000 --user-data ./demo-data');
  process.exit(2);
}

async function seedDesktop(folder) {
  const binary = findElectronBinary(resolve(import.meta.dirname, '../..'));
  if (!binary) {
    console.error('De Electron-binary is niet geïnstalleerd. Gebruik --browser-profile <map> voor de browserversie.');
    process.exit(1);
  }
  mkdirSync(folder, { recursive: true });
  console.log(`Klachtenbalie start met ${complaints} demoklachten in ${folder}; sluit het venster als de lijst gevuld is.`);
  const child = spawn(binary, ['.'], {
    stdio: 'inherit',
    env: { ...process.env, KLACHTENBALIE_USER_DATA: folder, KLACHTENBALIE_DEMO_SEED: String(complaints) },
  });
  await new Promise((done) => child.on('exit', done));
}

async function seedBrowser(folder) {
  mkdirSync(folder, { recursive: true });
  const server = await startPreviewServer(WEB_PORT);
  const context = await chromium.launchPersistentContext(folder, { ...chromiumLaunchOptions(), headless: true });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const started = Date.now();
    await page.goto(`${server.url}?demo=${complaints}#/klachten`);
    const outcome = await page.waitForFunction(() => document.documentElement.dataset.demoSeed, null, { timeout: 900_000, polling: 500 });
    const result = await outcome.jsonValue();
    if (result === 'failed') throw new Error(`Demogegevens aanmaken mislukt: ${await page.getByRole('alert').first().textContent()}`);
    if (result === 'skipped') console.log('Deze database bevat al klachten: niets toegevoegd.');
    else console.log(`${complaints} demoklachten aangemaakt in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    console.log(`Open ze met: npm run web, en daarna: chromium --user-data-dir=${folder} ${server.url}`);
  } finally {
    await context.close();
    server.stop();
  }
}

if (userData) await seedDesktop(resolve(userData));
else if (browserProfile) await seedBrowser(resolve(browserProfile));
else {
  console.error('Kies waar de demogegevens heen gaan: --user-data <map> (desktop) of --browser-profile <map> (browser).');
  console.error(`In de browser kan het ook direct: npm run web en open http://127.0.0.1:${WEB_PORT}/?demo=${complaints}`);
  process.exit(2);
}
