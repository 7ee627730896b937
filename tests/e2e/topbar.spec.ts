import { expect, test } from '@playwright/test';
import { openApp } from './helpers';

test('the main menu and who is at work stay on one line on a 1,366 px office screen, the shortcuts still announced', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await openApp(page, '#/bureau');
  const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
  const links = nav.getByRole('link');
  await expect(links).toHaveCount(7);
  const oneLine = async (box: { height: number } | null) => expect(box?.height ?? 0).toBeLessThan(44);
  for (const link of await links.all()) await oneLine(await link.boundingBox());
  await oneLine(await page.getByText(/^Aan het werk:/).boundingBox());
  await expect(nav.getByRole('link', { name: 'Nieuwe klacht' })).toHaveAttribute('aria-keyshortcuts', 'Control+N');
  await expect(nav.getByRole('link', { name: 'Klachten' })).toHaveAttribute('aria-keyshortcuts', 'Control+F');
});
