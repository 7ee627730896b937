import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from '../tools/chromium.mjs';
import { previewArgs } from '../tools/previewServer.mjs';

const port = Number(process.env.E2E_PORT ?? 4321);
// E2E_OUT_DIR: serve a renderer built elsewhere (vite build --outDir), so two
// people can build and test side by side without overwriting each other's out/.
const serve = [process.execPath, ...previewArgs(port, process.env.E2E_OUT_DIR)];

export default defineConfig({
  testDir: '.',
  testMatch: /.*\.spec\.ts$/,
  outputDir: '../../test-results/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    viewport: { width: 1366, height: 860 },
    launchOptions: chromiumLaunchOptions(),
    trace: 'retain-on-failure',
  },
  webServer: {
    // The built renderer, exactly as shipped (npm test builds it first).
    command: serve.map((arg) => JSON.stringify(arg)).join(' '),
    url: `http://127.0.0.1:${port}/`,
    cwd: '../..',
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
