import { defineConfig } from '@playwright/test';

// Drives the real, built app (out/main/index.js) where an Electron binary is installed.
export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  outputDir: '../../test-results/electron',
  // One app at a time: each test restarts it on the same user-data folder.
  workers: 1,
  fullyParallel: false,
  timeout: 90_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: { trace: 'retain-on-failure', screenshot: 'only-on-failure' },
});
