/**
 * An office's workstations in e2e: each a browser context of its own (its own
 * Chromium profile and IndexedDB), reaching the office's server as in the
 * browser build, under the app's own address (/couchdb/).
 */
import { test, type Browser, type Page } from '@playwright/test';
import { createDatabase, createUser, freePort, setMembers, startCouchServer } from '../tools/couchServer.mjs';
import { startPreviewServer } from '../tools/previewServer.mjs';
import { passProfile } from './helpers';

export interface Account {
  name: string;
  password: string;
  /** The server's roles decide what each may do; the office's administrator gives them with the account. */
  roles: string[];
}

export interface Office {
  appUrl: string;
  stop: () => Promise<void>;
}

/**
 * The office's server (pouchdb-server in memory, with an administrator) with
 * these accounts as members of the register and its files, and the app served
 * in front of it.
 */
async function startOffice(admin: { name: string; password: string }, accounts: readonly Account[]): Promise<Office> {
  const couch = await startCouchServer({ admin });
  for (const account of accounts) await createUser(couch.url, admin, account);
  for (const db of ['klachtenbalie', 'klachtenbalie-bestanden']) {
    await createDatabase(couch.url, admin, db);
    await setMembers(couch.url, admin, db, { names: accounts.map((account) => account.name) });
  }
  const app = await startPreviewServer(await freePort(), process.env.E2E_OUT_DIR, { KLACHTENBALIE_COUCH_PROXY: couch.url });
  return {
    appUrl: app.url,
    stop: async () => {
      app.stop();
      await couch.stop();
    },
  };
}

/** The office for the tests of this file: started before them, stopped after. Read it inside a test. */
export function officeForFile(admin: { name: string; password: string }, accounts: readonly Account[]): () => Office {
  let office: Office | undefined;
  test.beforeAll(async () => {
    office = await startOffice(admin, accounts);
  });
  test.afterAll(async () => {
    await office?.stop();
  });
  return () => {
    if (!office) throw new Error('Het kantoor is nog niet gestart');
    return office;
  };
}

/**
 * A new workstation at the office's app address, past who-is-working as `staffName`.
 * `fixClock` fixes the page's clock before it loads; the spec names the day, so the
 * clock guard (tests/unit/e2eClock.guard.test.ts) sees it beside the dates it types.
 */
export async function workstation(browser: Browser, appUrl: string, staffName: string, fixClock: (page: Page) => Promise<void>): Promise<Page> {
  const context = await browser.newContext({ baseURL: appUrl, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
  const page = await context.newPage();
  await fixClock(page);
  await page.goto('./#/klachten');
  await passProfile(page, staffName);
  return page;
}

/** Instellingen › Samenwerken filled in with this account, the server reached through the app's own address. */
export async function fillServer(page: Page, appUrl: string, user: { name: string; password: string }): Promise<void> {
  await page.goto('./#/instellingen/samenwerken');
  await page.getByLabel('Adres van de server').fill(`${appUrl}couchdb/`);
  await page.getByLabel('Gebruikersnaam').fill(user.name);
  await page.getByLabel('Wachtwoord').fill(user.password);
}

/** The sync state in the header. */
export const syncStatus = (page: Page) => page.getByRole('banner').getByRole('status');
