import { expect, test } from '@playwright/test';
import { openApp } from './helpers';

test('a database left by a newer Klachtenbalie is refused with what to do, not a blank window', async ({ page }) => {
  await openApp(page, '#/over');
  await expect(page.getByRole('heading', { name: 'Over Klachtenbalie' })).toBeVisible();
  // Make the stored database look as if a later release upgraded it.
  await page.evaluate(async () => {
    const names = (await indexedDB.databases()).map((db) => db.name);
    if (!names.includes('klachtenbalie')) throw new Error('database not created');
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open('klachtenbalie', 9_999_990);
      request.onupgradeneeded = () => request.result.createObjectStore('fromTheFuture');
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
      request.onerror = () => reject(request.error);
      request.onblocked = () => undefined;
    });
  });
  await page.reload();
  const alert = page.getByRole('alert');
  await expect(alert.getByRole('heading', { name: 'Gegevens van een nieuwere versie' })).toBeVisible();
  await expect(alert).toContainText('Wat kunt u doen?');
  await expect(alert.getByRole('button', { name: 'Opnieuw proberen' })).toBeVisible();
});

test('the About screen shows the storage outcome and estimate', async ({ page }) => {
  await openApp(page, '#/over');
  await expect(page.getByTestId('storage-persisted')).not.toHaveText('…');
  await expect(page.getByTestId('storage-usage')).toContainText(/beschikbaar|Onbekend/);
  await expect(page.getByText('Opslag van deze browser')).toBeVisible();
});
