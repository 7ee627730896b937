import { expect, test, type Page } from '@playwright/test';
import { complaintEml, sha256, tinyPdf, tinyPng } from './fixtures/files';
import { dropFile, openApp, recordComplaint } from './helpers';

test('a PDF and a photo are pinned to a complaint, previewed, kept across a reload, and one is removed', async ({ page }) => {
  await recordComplaint(page, { name: 'Jeroen Smit', summary: 'Schade aan de voordeur na montage' });
  const pdf = tinyPdf();
  const png = tinyPng();
  await page.getByLabel('Bestanden kiezen').setInputFiles([
    { name: 'klachtbrief.pdf', mimeType: 'application/pdf', buffer: pdf },
    { name: 'deur.png', mimeType: 'image/png', buffer: png },
  ]);
  const files = page.getByRole('table', { name: 'Vastgepinde bestanden' });
  await expect(files.getByRole('row', { name: /klachtbrief\.pdf/ })).toContainText('Correspondentie');
  await expect(files.getByRole('row', { name: /deur\.png/ })).toContainText('Foto');
  await expect(files.getByRole('row', { name: /deur\.png/ })).toContainText(`${png.length} B`);

  await files.getByRole('button', { name: 'klachtbrief.pdf bekijken' }).click();
  const preview = page.getByRole('dialog', { name: 'klachtbrief.pdf' });
  await expect(preview.getByRole('img', { name: 'Pagina 1 van 1' })).toBeVisible();
  await preview.getByRole('button', { name: 'Sluiten' }).click();

  await files.getByRole('button', { name: 'deur.png bekijken' }).click();
  await expect(page.getByRole('dialog', { name: 'deur.png' }).getByRole('img', { name: 'deur.png' })).toBeVisible();
  await page.keyboard.press('Escape');

  await page.reload();
  await expect(files.getByRole('row', { name: /klachtbrief\.pdf/ })).toContainText(`${pdf.length} B`);
  await files.getByRole('button', { name: 'klachtbrief.pdf bekijken' }).click();
  await expect(page.getByRole('dialog', { name: 'klachtbrief.pdf' })).toContainText(sha256(pdf).slice(0, 12));
  await page.keyboard.press('Escape');

  await files.getByRole('button', { name: 'deur.png verwijderen' }).click();
  const removal = page.getByRole('dialog', { name: /deur\.png.*verwijderen/ });
  await expect(removal).toContainText('Het bestand zelf blijft nog 30 dagen bewaard en wordt daarna verwijderd, tenzij het nog aan een andere klacht of klant hangt.');
  await removal.getByRole('button', { name: 'Verwijderen' }).click();
  await expect(files.getByRole('row', { name: /deur\.png/ })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Voortgang' })).toContainText('Bestand verwijderd');
});

test('a phone contact with a follow-up date shows in the timeline and among the deadlines', async ({ page }) => {
  await recordComplaint(page, { name: 'Ans Mulder', summary: 'Verkeerde bril geleverd' });
  await page.getByRole('group', { name: 'Stappen die nu kunnen' }).getByRole('button', { name: 'Contact vastleggen' }).click();
  const form = page.getByRole('form', { name: 'Contact vastleggen' });
  await form.getByLabel('Soort contact').selectOption({ label: 'Telefoongesprek' });
  await form.getByLabel('Richting').selectOption({ label: 'Uitgaand (wij namen contact op)' });
  await form.getByLabel('Naam').fill('Ans Mulder');
  await form.getByLabel('Samenvatting van het contact').fill('Afgesproken dat de bril volgende week wordt vervangen');
  const inTwoWeeks = new Date(Date.now() + 14 * 24 * 3600 * 1000);
  const followUp = `${String(inTwoWeeks.getDate()).padStart(2, '0')}-${String(inTwoWeeks.getMonth() + 1).padStart(2, '0')}-${inTwoWeeks.getFullYear()}`;
  await form.getByLabel('Opvolgen op').fill(followUp);
  await form.getByRole('button', { name: 'Vastleggen' }).click();

  const timeline = page.getByRole('region', { name: 'Voortgang' });
  await expect(timeline).toContainText('bril volgende week');
  await timeline.getByLabel('Toon').selectOption({ label: 'Contacten en notities' });
  await expect(timeline).not.toContainText('Klacht geregistreerd');
  await expect(timeline).toContainText('bril volgende week');
  await expect(page.getByRole('table', { name: 'Termijnen' }).getByRole('row', { name: /Vervolgafspraak/ })).toBeVisible();
});

test('an e-mail dropped on the intake fills the form and is pinned to the new complaint', async ({ page }) => {
  await openApp(page, '#/nieuw');
  await dropFile(page, 'section.intake', 'klacht.eml', 'message/rfc822', complaintEml());
  await expect(page.getByLabel('Kanaal')).toHaveValue('email');
  await expect(page.getByLabel('Samenvatting')).toHaveValue('Factuur klopt niet én te laat');
  await expect(page.getByLabel('Ontvangen op')).toHaveValue('16-11-2026 08:45');
  await expect(page.getByLabel('Naam', { exact: true })).toHaveValue('Marieke de Groot');
  await expect(page.getByRole('group', { name: 'Klant' }).getByLabel('E-mail', { exact: true })).toHaveValue('marieke.degroot@example.nl');
  await expect(page.getByLabel('Omschrijving')).toHaveValue(/twee keer afgeschreven/);
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/K-\d{4}-0001/);
  await expect(page.getByRole('table', { name: 'Vastgepinde bestanden' }).getByRole('row', { name: /klacht\.eml/ })).toContainText('Klacht');

  await page.getByRole('table', { name: 'Vastgepinde bestanden' }).getByRole('button', { name: 'klacht.eml bekijken' }).click();
  const mail = page.getByRole('dialog', { name: 'klacht.eml' }).getByRole('article', { name: 'E-mailbericht' });
  await expect(mail).toContainText('marieke.degroot@example.nl');
  await expect(mail).toContainText('Factuur klopt niet én te laat');
});

test('the customer card shows both complaints of one customer and their files', async ({ page }) => {
  await recordComplaint(page, { name: 'Kees Dijkstra', phone: '06-55554444', summary: 'Eerste klacht over levering' });
  await page.getByLabel('Bestanden kiezen').setInputFiles([{ name: 'pakbon.pdf', mimeType: 'application/pdf', buffer: tinyPdf() }]);
  await expect(page.getByRole('table', { name: 'Vastgepinde bestanden' })).toContainText('pakbon.pdf');

  await page.keyboard.press('Control+n');
  await page.getByLabel('Telefoon').fill('06 5555 4444');
  await page.getByRole('option', { name: /Kees Dijkstra/ }).click();
  await page.getByLabel('Samenvatting').fill('Tweede klacht over de factuur');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/K-\d{4}-0002/);

  await page.getByRole('list', { name: 'Kerngegevens' }).getByRole('link', { name: 'Kees Dijkstra' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Kees Dijkstra/ })).toBeVisible();
  const complaints = page.getByRole('table', { name: 'Klachten van deze klant' });
  await expect(complaints).toContainText('Eerste klacht over levering');
  await expect(complaints).toContainText('Tweede klacht over de factuur');
  await expect(page.getByRole('table', { name: 'Vastgepinde bestanden' })).toContainText('pakbon.pdf');
});

test('two cards for one person are merged on the customer card: chosen details win and complaints move', async ({ page }) => {
  await recordComplaint(page, { name: 'Hanneke Vos', phone: '06-12121212', summary: 'Klacht op de eerste kaart' });
  await recordComplaint(page, { name: 'H. Vos', phone: '0182-359823', postcode: '2801 PN', summary: 'Klacht op de dubbele kaart' });
  await page.getByRole('list', { name: 'Kerngegevens' }).getByRole('link', { name: 'H. Vos' }).click();
  const merge = page.getByRole('region', { name: 'Dubbele klant samenvoegen' });
  await merge.getByLabel('Zoek de dubbele klant').fill('Hanneke');
  await merge.getByRole('button', { name: 'Hanneke Vos samenvoegen met deze klant' }).click();
  await merge.getByRole('radio', { name: 'Naam: Hanneke Vos' }).check();
  await merge.getByRole('button', { name: 'Samenvoegen…' }).click();
  await page.getByRole('dialog', { name: 'Klanten samenvoegen?' }).getByRole('button', { name: 'Samenvoegen' }).click();

  await expect(page.getByRole('heading', { level: 1, name: /Hanneke Vos/ })).toBeVisible();
  const complaints = page.getByRole('table', { name: 'Klachten van deze klant' });
  await expect(complaints).toContainText('Klacht op de eerste kaart');
  await expect(complaints).toContainText('Klacht op de dubbele kaart');
  await expect(page.getByRole('region', { name: 'Klant', exact: true })).toContainText('2801 PN');
  await expect(page.getByRole('region', { name: 'Klant', exact: true })).toContainText('Hanneke Vos');
});

test('a file whose bytes no longer match their hash is shown as damaged, with what to do', async ({ page }) => {
  await recordComplaint(page, { name: 'Rik Jansen', summary: 'Foto van de schade' });
  const png = tinyPng();
  await page.getByLabel('Bestanden kiezen').setInputFiles([{ name: 'schade.png', mimeType: 'image/png', buffer: png }]);
  const files = page.getByRole('table', { name: 'Vastgepinde bestanden' });
  await expect(files).toContainText('schade.png');
  // Damage the stored bytes behind the app's back, as a failing disk would.
  await page.evaluate(async (hash) => {
    const folder = await (await navigator.storage.getDirectory()).getDirectoryHandle('attachments');
    const writable = await (await folder.getFileHandle(hash)).createWritable();
    await writable.write(new TextEncoder().encode('kapot'));
    await writable.close();
  }, sha256(png));
  await files.getByRole('button', { name: 'schade.png bekijken' }).click();
  const alert = page.getByRole('dialog', { name: 'schade.png' }).getByRole('alert');
  await expect(alert).toContainText('beschadigd');
  await expect(alert).toContainText('pin het opnieuw vast');
});

test('a representative acting for the customer is recorded on the customer card', async ({ page }) => {
  await recordComplaint(page, { name: 'Opa Willemsen', summary: 'Gehoorapparaat piept' });
  await page.getByRole('list', { name: 'Kerngegevens' }).getByRole('link', { name: 'Opa Willemsen' }).click();
  const section = page.getByRole('region', { name: 'Gemachtigde' });
  await section.getByRole('button', { name: 'Gemachtigde wijzigen' }).click();
  await section.getByLabel('Relatie tot de klant').fill('Kleindochter');
  await section.getByLabel('Telefoon gemachtigde').fill('12');
  await section.getByRole('button', { name: 'Opslaan' }).click();
  await expect(section.getByText('Vul de naam van de gemachtigde in')).toBeVisible();
  await section.getByLabel('Naam gemachtigde').fill('Sanne Willemsen');
  await section.getByLabel('Telefoon gemachtigde').fill('06-98765432');
  await section.getByRole('button', { name: 'Opslaan' }).click();
  await expect(section).toContainText('Sanne Willemsen');
  await expect(section).toContainText('Kleindochter');
});

test('a screenshot pasted with Ctrl+V lands on the pinboard as a photo', async ({ page }) => {
  await recordComplaint(page, { name: 'Tom Bakker', summary: 'Foutmelding in het klantportaal' });
  const png = tinyPng().toString('base64');
  await page.evaluate((base64) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const transfer = new DataTransfer();
    transfer.items.add(new File([bytes], 'schermafbeelding.png', { type: 'image/png' }));
    document.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true }));
  }, png);
  await expect(page.getByRole('table', { name: 'Vastgepinde bestanden' }).getByRole('row', { name: /schermafbeelding\.png/ })).toContainText('Foto');
});

test('a program is saved only after the warning is confirmed; a PDF is saved at once', async ({ page }) => {
  await recordComplaint(page, { name: 'Sanne Bakker', summary: 'Verdachte bijlage in de mail' });
  await page.getByLabel('Bestanden kiezen').setInputFiles([
    { name: 'factuur.bat', mimeType: 'application/octet-stream', buffer: Buffer.from('del /q C:\\*\r\n') },
    { name: 'klachtbrief.pdf', mimeType: 'application/pdf', buffer: tinyPdf() },
  ]);
  const files = page.getByRole('table', { name: 'Vastgepinde bestanden' });

  await files.getByRole('button', { name: 'Kopie van factuur.bat opslaan' }).click();
  const warning = page.getByRole('dialog', { name: '„factuur.bat” toch opslaan?' });
  await expect(warning).toContainText('„factuur.bat” is een programma, script of snelkoppeling.');
  await expect(warning).toContainText('Sla het alleen op als u zeker weet dat het veilig is');
  // Refusing saves nothing: no download starts.
  let downloads = 0;
  page.on('download', () => void (downloads += 1));
  await warning.getByRole('button', { name: 'Niet opslaan' }).click();
  await expect(warning).toHaveCount(0);
  expect(downloads).toBe(0);

  await files.getByRole('button', { name: 'Kopie van factuur.bat opslaan' }).click();
  const confirmed = page.waitForEvent('download');
  await page.getByRole('dialog', { name: '„factuur.bat” toch opslaan?' }).getByRole('button', { name: 'Toch opslaan' }).click();
  expect((await confirmed).suggestedFilename()).toBe('factuur.bat');

  const pdf = page.waitForEvent('download');
  await files.getByRole('button', { name: 'Kopie van klachtbrief.pdf opslaan' }).click();
  expect((await pdf).suggestedFilename()).toBe('klachtbrief.pdf');
  await expect(page.getByRole('dialog', { name: /toch opslaan/ })).toHaveCount(0);
});
