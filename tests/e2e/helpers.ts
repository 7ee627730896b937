import { expect, type Page } from '@playwright/test';

/** Waits until the app has opened its database and shows a screen. */
export async function openApp(page: Page, hash = '#/klachten'): Promise<void> {
  await page.goto(`./${hash}`);
  await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeVisible();
}

export interface QuickComplaint {
  name: string;
  phone?: string;
  postcode?: string;
  summary: string;
}

/** Records a complaint through the intake form and returns its reference. */
export async function recordComplaint(page: Page, complaint: QuickComplaint): Promise<string> {
  await openApp(page, '#/nieuw');
  await page.getByLabel('Naam', { exact: true }).fill(complaint.name);
  if (complaint.phone) await page.getByLabel('Telefoon').fill(complaint.phone);
  if (complaint.postcode) await page.getByLabel('Postcode').fill(complaint.postcode);
  await page.getByLabel('Samenvatting').fill(complaint.summary);
  await page.getByRole('button', { name: 'Opslaan' }).click();
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toContainText(/K-\d{4}-\d{4}/);
  const text = (await heading.textContent()) ?? '';
  return /K-\d{4}-\d{4}/.exec(text)?.[0] ?? '';
}
