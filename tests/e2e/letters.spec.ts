import { expect, test } from '@playwright/test';
import { openApp, recordComplaint } from './helpers';

// Monday 16 November 2026, 10:00 in Amsterdam: the extension below lies after the current term only while the clock is fixed.
const MONDAY = new Date('2026-11-16T10:00:00+01:00');

test('an acknowledgement made from the card is shown, printed, pinned, in the timeline, and sending it meets the acknowledgement term', async ({ page }) => {
  const reference = await recordComplaint(page, { name: 'Anna de Vries', phone: '06-12345678', summary: 'Lekkende kraan na reparatie' });
  // The system print dialog cannot be driven from a test: count the calls instead.
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed += 1;
    };
  });

  await page.getByRole('button', { name: 'Brief maken' }).click();
  const dialog = page.getByRole('dialog', { name: 'Brief maken' });
  await expect(dialog.getByLabel('Soort brief')).toHaveValue('acknowledgement');
  await expect(dialog.getByLabel('Soort brief')).toBeFocused();
  // No letterhead yet and no address: said before the letter is made, not printed as blanks.
  const check = dialog.getByRole('status', { name: 'Controle van de brief' });
  await expect(check).toContainText('Het briefpapier is nog niet ingevuld');
  // Each missing value says where it gets filled: here the customer's part of the card, and the letterhead by its link.
  await expect(check.getByRole('listitem').filter({ hasText: '{klant.adres}' })).toContainText('Vul het in bij Klant › Wijzigen op de klachtkaart.');
  await expect(check.getByRole('listitem').filter({ hasText: '{kantoor.telefoon}' }).getByRole('link', { name: 'Briefpapier invullen' })).toBeVisible();
  // A reply before any judgement names the step that records it, by the label of its button.
  await dialog.getByLabel('Soort brief').selectOption({ label: 'Schriftelijke reactie op de klacht' });
  await expect(check.getByRole('listitem').filter({ hasText: '{oordeel.motivering}' })).toContainText('Wordt ingevuld bij de stap „Oordeel vastleggen” op de klachtkaart.');
  await dialog.getByLabel('Soort brief').selectOption({ label: 'Ontvangstbevestiging' });

  await dialog.getByRole('button', { name: 'Voorbeeld tonen' }).click();
  const preview = dialog.getByLabel('Voorbeeld van de brief');
  await expect(preview).toContainText('Ontvangstbevestiging van uw klacht');
  await expect(preview).toContainText('Geachte heer/mevrouw De Vries,');
  // The reference may not break over two lines: its hyphens are non-breaking ones (U+2011) on screen.
  await expect.poll(async () => ((await preview.textContent()) ?? '').replace(/\u2011/g, '-')).toContain(`Ons kenmerk\t${reference}`);
  // Reference, date and subject start at one tab stop, as in Word: "Ons kenmerk" is longer than the others.
  const valueLefts = await preview.evaluate((root) =>
    ['Ons kenmerk', 'Datum', 'Betreft'].map((label) => {
      const line = [...root.querySelectorAll('p')].find((p) => p.textContent?.startsWith(label));
      return Math.round([...(line?.querySelectorAll('span') ?? [])].at(-1)?.getBoundingClientRect().left ?? -1);
    }),
  );
  expect(valueLefts[0]).toBeGreaterThan(0);
  expect(new Set(valueLefts).size, `value starts at ${valueLefts.join(', ')}`).toBe(1);

  await dialog.getByRole('button', { name: 'Afdrukken' }).click();
  await expect(dialog.getByRole('form', { name: 'Is de brief verstuurd?' })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  await expect(dialog.getByText('Dit legt ook de stap „Ontvangst bevestigd” vast')).toBeVisible();
  await dialog.getByLabel('Post').check();
  await dialog.getByRole('button', { name: 'Vastleggen als verstuurd' }).click();
  await expect(dialog).toBeHidden();

  const pinboard = page.getByRole('region', { name: /Prikbord/ });
  await expect(pinboard.getByRole('table', { name: 'Vastgepinde bestanden' })).toContainText(`${reference} Ontvangstbevestiging`);
  await expect(pinboard).toContainText('Ontvangstbevestiging');
  const timeline = page.getByRole('region', { name: 'Voortgang' });
  await expect(timeline).toContainText('Brief gemaakt: Ontvangstbevestiging');
  await expect(timeline).not.toContainText('letterType');
  await expect(timeline).toContainText(/\d{1,2} [a-z]+ \d{4}, Post/);
  const deadlines = page.getByRole('region', { name: 'Klachtenregeling' }).getByRole('table', { name: 'Termijnen' });
  await expect(deadlines.getByRole('row', { name: /Ontvangstbevestiging/ })).toContainText('gehaald');

  // Once sent, the acknowledgement is no longer the suggested letter.
  await page.getByRole('button', { name: 'Brief maken' }).click();
  await expect(dialog.getByLabel('Soort brief')).not.toHaveValue('acknowledgement');
});

test('an extension letter asks for the new date and reason, and sending it records the extension', async ({ page }) => {
  await page.clock.setFixedTime(MONDAY);
  await recordComplaint(page, { name: 'Bert Jansen', summary: 'Factuur klopt niet' });
  await page.getByRole('button', { name: 'Brief maken' }).click();
  const dialog = page.getByRole('dialog', { name: 'Brief maken' });
  await dialog.getByLabel('Soort brief').selectOption({ label: 'Verlengingsbericht' });
  await dialog.getByLabel('Nieuwe uiterste datum').fill('31-02-2027');
  await dialog.getByRole('button', { name: 'Voorbeeld tonen' }).click();
  await expect(dialog.getByText('Vul een geldige datum in')).toBeVisible();
  await expect(dialog.getByText('Schrijf waarom meer tijd nodig is')).toBeVisible();
  await expect(dialog.getByLabel('Nieuwe uiterste datum')).toHaveValue('31-02-2027');

  await dialog.getByLabel('Nieuwe uiterste datum').fill('15-02-2027');
  await dialog.getByLabel('Reden van verlenging').fill('We wachten op het rapport van de leverancier.');
  await dialog.getByRole('button', { name: 'Voorbeeld tonen' }).click();
  const preview = dialog.getByLabel('Voorbeeld van de brief');
  await expect(preview).toContainText('15 februari 2027');
  await expect(preview).toContainText('We wachten op het rapport van de leverancier.');
  await dialog.getByRole('button', { name: 'Alleen op het prikbord zetten' }).click();
  await dialog.getByLabel('E-mail').check();
  await dialog.getByRole('button', { name: 'Vastleggen als verstuurd' }).click();
  await expect(dialog).toBeHidden();
  const deadlines = page.getByRole('region', { name: 'Klachtenregeling' }).getByRole('table', { name: 'Termijnen' });
  await expect(deadlines.getByRole('row', { name: /Reactie na verlenging/ })).toContainText('15 februari 2027');
});

test("the office's own text, edited in the settings, is what the next letter says", async ({ page }) => {
  await openApp(page, '#/instellingen/brieven');
  await page.getByLabel('Soort brief').selectOption({ label: 'Ontvangstbevestiging' });
  const body = page.getByLabel('Tekst van de brief');
  await body.fill('{klant.aanhef}\n\nDank voor uw melding over {klacht.samenvatting}. Onze vakman belt u binnen twee werkdagen.');
  await page.getByRole('button', { name: 'Tekst opslaan' }).click();
  await expect(page.getByText('Eigen tekst van het kantoor')).toBeVisible();

  await recordComplaint(page, { name: 'Carla Bos', summary: 'Cv-ketel maakt lawaai' });
  await page.getByRole('button', { name: 'Brief maken' }).click();
  const dialog = page.getByRole('dialog', { name: 'Brief maken' });
  await expect(dialog).toContainText('eigen tekst van het kantoor');
  await dialog.getByRole('button', { name: 'Voorbeeld tonen' }).click();
  const preview = dialog.getByLabel('Voorbeeld van de brief');
  // The summary reads inside the sentence: its opening capital goes.
  await expect(preview).toContainText('Dank voor uw melding over cv-ketel maakt lawaai. Onze vakman belt u binnen twee werkdagen.');
  await expect(preview).not.toContainText('Met deze brief bevestigen wij de ontvangst');
});
