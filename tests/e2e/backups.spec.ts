import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { sha256, tinyPng } from './fixtures/files';
import { openApp, passProfile, recordComplaint } from './helpers';

async function makeBackupNow(page: Page) {
  await openApp(page, '#/instellingen/back-ups');
  const rows = page.getByRole('table', { name: 'Back-ups in de map' }).getByRole('row');
  const before = await rows.count();
  await page.getByRole('button', { name: 'Nu een back-up maken' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Back-up gemaakt en gecontroleerd' })).toBeVisible();
  // One row more than before (the header row counts too once the table exists).
  await expect(rows).toHaveCount(before === 0 ? 2 : before + 1);
}

test('a backup brings back the complaints, their history and their files byte for byte, after data was added and removed', async ({ page }) => {
  const photo = tinyPng();
  await recordComplaint(page, { name: 'Anna de Vries', summary: 'Lekkende kraan na reparatie' });
  await page.getByLabel('Bestanden kiezen').setInputFiles([{ name: 'kraan.png', mimeType: 'image/png', buffer: photo }]);
  const files = page.getByRole('table', { name: 'Vastgepinde bestanden' });
  await expect(files.getByRole('row', { name: /kraan\.png/ })).toBeVisible();
  const annaCard = page.url();
  await recordComplaint(page, { name: 'Bert Jansen', summary: 'Factuur klopt niet' });

  await makeBackupNow(page);
  await expect(page.getByText(/Laatste goede back-up:/)).toBeVisible();

  // After the backup: a complaint more, and the photo removed.
  await recordComplaint(page, { name: 'Carla Bos', summary: 'Cv-ketel maakt lawaai' });
  await page.goto(annaCard);
  await passProfile(page);
  await files.getByRole('button', { name: 'kraan.png verwijderen' }).click();
  await page.getByRole('dialog', { name: /kraan\.png.*verwijderen/ }).getByRole('button', { name: 'Verwijderen' }).click();
  await expect(files.getByRole('row', { name: /kraan\.png/ })).toHaveCount(0);

  await openApp(page, '#/instellingen/back-ups');
  await page.getByRole('table', { name: 'Back-ups in de map' }).getByRole('button', { name: /^Terugzetten/ }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Back-up terugzetten' });
  await expect(dialog.getByRole('status')).toHaveText('De back-up is gecontroleerd en in orde.');
  const contents = dialog.getByRole('definition');
  await expect(dialog.getByLabel('Inhoud van de back-up')).toContainText('Klachten2');
  await expect(dialog.getByLabel('Inhoud van de back-up')).toContainText('Bestanden1');
  expect(await contents.count()).toBeGreaterThan(3);
  await dialog.getByRole('button', { name: 'Terugzetten' }).click();

  // The app reopens on the restored register: the dialog goes with the reload.
  await expect(dialog).toBeHidden({ timeout: 30_000 });
  await passProfile(page);
  await openApp(page, '#/klachten');
  const list = page.getByRole('table', { name: 'Klachtenlijst' });
  await expect(list).toContainText('Anna de Vries');
  await expect(list).toContainText('Bert Jansen');
  await expect(list).not.toContainText('Carla Bos');

  await page.goto(annaCard);
  await passProfile(page);
  await expect(files.getByRole('row', { name: /kraan\.png/ })).toContainText(`${photo.length} B`);
  await files.getByRole('button', { name: 'kraan.png bekijken' }).click();
  await expect(page.getByRole('dialog', { name: 'kraan.png' })).toContainText(sha256(photo).slice(0, 12));
  await page.keyboard.press('Escape');
  // The restored timeline has the photo added and not its removal (a timeline still loading would contain neither).
  const timeline = page.getByRole('region', { name: 'Voortgang' });
  await expect(timeline).toContainText('Bestand toegevoegd');
  await expect(timeline).not.toContainText('Bestand verwijderd');

  // The register as it was before the restore was backed up first.
  await openApp(page, '#/instellingen/back-ups');
  await expect(page.getByRole('table', { name: 'Back-ups in de map' })).toContainText('Vóór terugzetten');
});

test('a damaged backup, a cut-off one and a file that is no backup are refused, and nothing changes', async ({ page }) => {
  await recordComplaint(page, { name: 'Dirk Visser', summary: 'Pakket niet bezorgd' });
  await makeBackupNow(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('table', { name: 'Back-ups in de map' }).getByRole('button', { name: /^Downloaden/ }).first().click(),
  ]);
  const good = await readFile((await download.path())!);
  await recordComplaint(page, { name: 'Eva Peters', summary: 'Te lang gewacht' });
  await openApp(page, '#/instellingen/back-ups');

  const damaged = Buffer.from(good);
  damaged[Math.floor(damaged.length / 3)]! ^= 0x20;
  const tries: Array<[name: string, buffer: Buffer, message: RegExp]> = [
    ['beschadigd.klachtenbalie', damaged, /beschadigd/],
    ['afgebroken.klachtenbalie', good.subarray(0, Math.floor(good.length * 0.6)), /onvolledig|beschadigd/],
    ['klachtbrief.klachtenbalie', Buffer.from('Geachte heer, hierbij mijn klacht.'), /geen back-up van Klachtenbalie/],
  ];
  const dialog = page.getByRole('dialog', { name: 'Back-up terugzetten' });
  for (const [name, buffer, message] of tries) {
    await page.getByLabel('Back-upbestand').setInputFiles({ name, mimeType: 'application/octet-stream', buffer });
    await expect(dialog.getByText(name)).toBeVisible();
    await expect(dialog.getByRole('alert')).toContainText(message);
    await expect(dialog.getByRole('button', { name: 'Terugzetten' })).toHaveCount(0);
    await dialog.getByRole('button', { name: 'Sluiten' }).click();
    await expect(dialog).toBeHidden();
  }

  await openApp(page, '#/klachten');
  await expect(page.getByRole('table', { name: 'Klachtenlijst' })).toContainText('Eva Peters');
  await expect(page.getByRole('table', { name: 'Klachtenlijst' })).toContainText('Dirk Visser');
});
