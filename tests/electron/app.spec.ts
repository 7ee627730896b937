/**
 * The desktop app end to end: a complaint recorded through the UI is still
 * there after the app is closed and started again on the same data folder.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { passProfile } from '../e2e/helpers';
import { IPC_CHANNELS, PUSH_CHANNELS } from '../../src-main/api';
import { findElectronBinary, SKIP_MESSAGE } from '../tools/electronBinary.mjs';

/** The bridge's methods, from the IPC contract: one per invoke channel, a subscription per push channel. */
const BRIDGE_METHODS = [
  ...Object.keys(IPC_CHANNELS).filter((name) => !(PUSH_CHANNELS as readonly string[]).includes(name)),
  ...PUSH_CHANNELS.map((name) => `on${name[0]!.toUpperCase()}${name.slice(1)}`),
].sort();

const ROOT = path.resolve(import.meta.dirname, '../..');
const MAIN = path.join(ROOT, 'out', 'main', 'index.js');
const binary = findElectronBinary(ROOT);
const ELECTRON_USER = 'Electron Test';

if (!binary) console.log(SKIP_MESSAGE);

async function launch(userData: string): Promise<{ app: ElectronApplication; page: Page }> {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} ontbreekt: eerst 'npm run build'.`);
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value;
  env.KLACHTENBALIE_USER_DATA = userData;
  delete env.ELECTRON_RENDERER_URL;
  delete env.KLACHTENBALIE_DEMO_SEED;
  const app = await electron.launch({
    executablePath: binary!,
    // Chromium refuses to run as root with its OS sandbox; the page sandbox stays on.
    args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), ROOT],
    cwd: ROOT,
    env,
  });
  const page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
  return { app, page };
}

/** Chooses a menu item the way the menu does, so the test does not depend on the start screen. */
async function menuCommand(app: ElectronApplication, command: string): Promise<void> {
  await app.evaluate(({ BrowserWindow }, cmd) => {
    BrowserWindow.getAllWindows()[0]?.webContents.send('kb:menu-command', cmd);
  }, command);
}

/** "Naam" inside the customer section (a group or region named Klant…), else the first field "Naam". */
async function customerNameField(page: Page) {
  const section = page.getByRole('group', { name: /klant/i }).or(page.getByRole('region', { name: /klant/i }));
  const scope = (await section.count()) > 0 ? section.first() : page;
  return scope.getByLabel('Naam', { exact: true }).first();
}

test.describe('Klachtenbalie als desktop-app', () => {
  test.skip(!binary, SKIP_MESSAGE);

  let userData: string;
  test.beforeAll(() => {
    userData = mkdtempSync(path.join(tmpdir(), 'kb-electron-'));
  });
  test.afterAll(() => rmSync(userData, { recursive: true, force: true }));

  test('draait vergrendeld op app://klachtenbalie', async () => {
    const { app, page } = await launch(userData);
    try {
      expect(page.url()).toBe('app://klachtenbalie/index.html');
      const exposed = await page.evaluate(() => {
        const global = globalThis as unknown as Record<string, unknown>;
        const api = global.klachtenbalie as Record<string, unknown> | undefined;
        return { require: typeof global.require, process: typeof global.process, api: Object.keys(api ?? {}).sort() };
      });
      expect(exposed).toEqual({
        require: 'undefined',
        process: 'undefined',
        api: BRIDGE_METHODS,
      });
    } finally {
      await app.close();
    }
  });

  test('een klacht blijft bewaard na herstart', async () => {
    let reference = '';
    {
      const { app, page } = await launch(userData);
      try {
        await passProfile(page, ELECTRON_USER, 20_000);
        const summary = page.getByLabel('Samenvatting', { exact: true });
        await expect(async () => {
          if (!(await summary.isVisible())) await menuCommand(app, 'new-complaint');
          await expect(summary).toBeVisible({ timeout: 2_000 });
        }).toPass({ timeout: 20_000 });
        await summary.fill('Pakket beschadigd bezorgd');
        await (await customerNameField(page)).fill('Mevrouw A. de Vries');
        await page.getByRole('button', { name: 'Opslaan' }).click();
        const heading = page.getByRole('heading', { name: /K-\d{4}-\d{4}/ });
        await expect(heading).toBeVisible();
        reference = /K-\d{4}-\d{4}/.exec((await heading.textContent()) ?? '')?.[0] ?? '';
        expect(reference).not.toBe('');
      } finally {
        await app.close();
      }
    }
    {
      const { app, page } = await launch(userData);
      try {
        await passProfile(page, ELECTRON_USER, 20_000);
        await menuCommand(app, 'complaint-list');
        await expect(page.getByText(reference).first()).toBeVisible();
        await expect(page.getByText('Pakket beschadigd bezorgd').first()).toBeVisible();
      } finally {
        await app.close();
      }
    }
  });
});
