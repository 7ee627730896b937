import { expect, test, type Page } from '@playwright/test';
import { openApp } from './helpers';
import { logoPng } from './logoPng';

const SHOTS = 'test-results/screenshots';

async function fillLetterhead(page: Page, email = 'klachten@vanleeuwen.nl') {
  await page.getByLabel('Naam kantoor').fill('Installatiebedrijf Van Leeuwen');
  await page.getByLabel('Adres').fill('Westhaven 63\n2801 PN Gouda');
  await page.getByLabel('Telefoon').fill('0182-359823');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Website').fill('www.vanleeuwen.nl');
  await page.getByLabel('KvK-nummer').fill('12345678');
  await page.getByLabel('Plaatsnaam').fill('Gouda');
  await page.getByLabel('Ondertekenaar (naam)').fill('Marloes van Dam');
  await page.getByLabel('Functie ondertekenaar').fill('Coördinator klachten');
  await page.getByLabel('Logo', { exact: true }).setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: logoPng(360, 120) });
  await expect(page.getByRole('img', { name: 'Logo van het kantoor' })).toBeVisible();
}

test('the letterhead is filled in with a logo, refuses bad input next to the field, and is kept after a reload', async ({ page }) => {
  await openApp(page, '#/instellingen/briefpapier');
  await expect(page.getByRole('heading', { name: 'Briefpapier', level: 1 })).toBeVisible();
  await expect(page.getByText('Nog niets ingevuld.')).toBeVisible();
  await expect(page.getByLabel('u (formeel)')).toBeChecked();
  await page.screenshot({ path: `${SHOTS}/settings-letterhead-empty.png`, fullPage: true });

  await fillLetterhead(page, 'klachten@vanleeuwen');
  await expect(page.getByText('PNG, 360 × 120 pixels')).toBeVisible();
  await page.getByLabel('je (informeel)').check();

  // Not a PNG or JPG: refused beside the field, the chosen logo stays.
  await page.getByLabel('Logo', { exact: true }).setInputFiles({ name: 'logo.gif', mimeType: 'image/gif', buffer: Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1') });
  await expect(page.getByLabel('Logo', { exact: true })).toHaveAccessibleDescription('Het logo moet een PNG- of JPG-afbeelding zijn');
  await expect(page.getByRole('img', { name: 'Logo van het kantoor' })).toBeVisible();

  // A bad e-mail address: the message sits next to the field and nothing typed is lost.
  await page.getByRole('button', { name: 'Briefpapier opslaan' }).click();
  const email = page.getByLabel('E-mail');
  await expect(email).toHaveAccessibleDescription('Dit is geen geldig e-mailadres (bijvoorbeeld klachten@kantoor.nl)');
  await expect(email).toHaveValue('klachten@vanleeuwen');
  await expect(email).toBeFocused();
  await expect(page.getByLabel('Naam kantoor')).toHaveValue('Installatiebedrijf Van Leeuwen');
  await expect(page.getByLabel('je (informeel)')).toBeChecked();
  await page.screenshot({ path: `${SHOTS}/settings-letterhead-error.png`, fullPage: true });

  await email.fill('klachten@vanleeuwen.nl');
  await expect(email).toHaveAccessibleDescription('');
  await page.getByRole('button', { name: 'Briefpapier opslaan' }).click();
  await expect(page.getByRole('status')).toContainText('Briefpapier opgeslagen');
  await expect(page.getByText('Nog niets ingevuld.')).toHaveCount(0);

  await page.reload();
  await openApp(page, '#/instellingen/briefpapier');
  await expect(page.getByLabel('Naam kantoor')).toHaveValue('Installatiebedrijf Van Leeuwen');
  await expect(page.getByLabel('Adres')).toHaveValue('Westhaven 63\n2801 PN Gouda');
  await expect(page.getByLabel('Telefoon')).toHaveValue('0182-359823');
  await expect(page.getByLabel('E-mail')).toHaveValue('klachten@vanleeuwen.nl');
  await expect(page.getByLabel('Website')).toHaveValue('www.vanleeuwen.nl');
  await expect(page.getByLabel('KvK-nummer')).toHaveValue('12345678');
  await expect(page.getByLabel('Plaatsnaam')).toHaveValue('Gouda');
  await expect(page.getByLabel('Ondertekenaar (naam)')).toHaveValue('Marloes van Dam');
  await expect(page.getByLabel('Functie ondertekenaar')).toHaveValue('Coördinator klachten');
  await expect(page.getByLabel('je (informeel)')).toBeChecked();
  await expect(page.getByRole('img', { name: 'Logo van het kantoor' })).toBeVisible();
  await expect(page.getByText('PNG, 360 × 120 pixels')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/settings-letterhead.png`, fullPage: true });

  // The shown logo keeps within about 200 × 90 pixels.
  const box = await page.getByRole('img', { name: 'Logo van het kantoor' }).boundingBox();
  expect(box?.width).toBeLessThanOrEqual(215);
  expect(box?.height).toBeLessThanOrEqual(95);

  await page.getByRole('button', { name: 'Logo verwijderen' }).click();
  await expect(page.getByRole('img', { name: 'Logo van het kantoor' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Logo kiezen…' })).toBeFocused();
  await page.getByRole('button', { name: 'Briefpapier opslaan' }).click();
  await expect(page.getByRole('status')).toContainText('Briefpapier opgeslagen');
  await page.reload();
  await openApp(page, '#/instellingen/briefpapier');
  await expect(page.getByLabel('Naam kantoor')).toHaveValue('Installatiebedrijf Van Leeuwen');
  await expect(page.getByText('Nog geen logo.')).toBeVisible();
});

test('a letter text is edited with placeholders and a live preview, saved, kept after a reload and set back to the standard text', async ({ page }) => {
  // Before the letterhead is filled in, the preview names what the office's own details would fill.
  await openApp(page, '#/instellingen/brieven');
  const missing = page.getByText('Invulvelden zonder waarde in dit voorbeeld');
  await expect(missing).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: '{kantoor.telefoon} Telefoonnummer van het kantoor' })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/settings-letter-texts-no-letterhead.png`, fullPage: true });
  await page.getByRole('link', { name: 'Briefpapier' }).last().click();

  await fillLetterhead(page);
  await page.getByRole('button', { name: 'Briefpapier opslaan' }).click();
  await expect(page.getByRole('status')).toContainText('Briefpapier opgeslagen');

  await page.getByRole('navigation', { name: 'Instellingen' }).getByRole('link', { name: 'Brieven' }).click();
  await expect(page.getByRole('heading', { name: 'Brieven', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Melding sluiten' }).click();
  await expect(page.getByLabel('Soort brief')).toHaveValue('acknowledgement');
  await expect(page.getByText('U bewerkt de versie met „u” (formeel)')).toBeVisible();
  await expect(page.getByText('Standaardtekst van Klachtenbalie', { exact: true })).toBeVisible();
  const preview = page.getByRole('article', { name: 'Voorbeeldbrief' });
  await expect(preview).toContainText('Geachte mevrouw De Vries,');
  await expect(preview).toContainText('Gouda, 21 november 2026');
  await expect(preview).toContainText('Ontvangstbevestiging van uw klacht');
  await expect(preview.getByRole('img', { name: 'Logo van Installatiebedrijf Van Leeuwen' })).toBeVisible();
  await expect(missing).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/settings-letter-texts.png`, fullPage: true });

  // A typing error in a placeholder is named above the preview, as typed.
  const subject = page.getByLabel('Onderwerp (Betreft)');
  const body = page.getByLabel('Tekst van de brief');
  await subject.fill('Wij hebben uw klacht ontvangen');
  await body.fill('{klant.anhef}\n\nDank voor uw bericht over {klacht.samenvatting}. Uw kenmerk is ');
  await expect(page.getByText('Onbekende invulvelden: {klant.anhef} — controleer de spelling')).toBeVisible();
  await expect(preview).toContainText('Wij hebben uw klacht ontvangen');
  await expect(preview).toContainText('de cv-ketel is na de onderhoudsbeurt niet meer goed afgesteld');
  await expect(page.getByText('Niet opgeslagen wijzigingen')).toBeVisible();

  // Invoegen puts the placeholder where the cursor is.
  await body.press('Control+End');
  await page.getByRole('button', { name: 'Invoegen {klacht.kenmerk}' }).click();
  await expect(body).toHaveValue('{klant.anhef}\n\nDank voor uw bericht over {klacht.samenvatting}. Uw kenmerk is {klacht.kenmerk}');
  await expect(body).toBeFocused();
  await body.press('Control+Home');
  await page.keyboard.press('End');
  await page.getByRole('button', { name: 'Invoegen {klant.voornaam}' }).click();
  await expect(body).toHaveValue('{klant.anhef}{klant.voornaam}\n\nDank voor uw bericht over {klacht.samenvatting}. Uw kenmerk is {klacht.kenmerk}');
  await expect(preview).toContainText('Uw kenmerk is K-2026-0042');
  await page.screenshot({ path: `${SHOTS}/settings-letter-texts-editing.png`, fullPage: true });

  await page.getByRole('button', { name: 'Tekst opslaan' }).click();
  await expect(page.getByRole('status')).toContainText('De tekst van „Ontvangstbevestiging” is opgeslagen');
  await expect(page.getByText('Eigen tekst van het kantoor', { exact: true })).toBeVisible();
  await expect(page.getByText('Niet opgeslagen wijzigingen')).toHaveCount(0);

  // Switching letter type with unsaved changes asks first.
  await body.press('Control+End');
  await body.pressSequentially('. Tot ziens');
  await page.getByLabel('Soort brief').selectOption('closing');
  const discard = page.getByRole('dialog', { name: 'Wijzigingen weggooien?' });
  await expect(discard).toBeVisible();
  await discard.getByRole('button', { name: 'Verder bewerken' }).click();
  await expect(page.getByLabel('Soort brief')).toHaveValue('acknowledgement');
  await expect(body).toHaveValue(/Tot ziens$/);
  await page.getByLabel('Soort brief').selectOption('closing');
  await discard.getByRole('button', { name: 'Wijzigingen weggooien' }).click();
  await expect(page.getByLabel('Soort brief')).toHaveValue('closing');
  await expect(subject).toHaveValue('Afronding van uw klacht');
  await expect(page.getByText('Standaardtekst van Klachtenbalie', { exact: true })).toBeVisible();

  await page.reload();
  await openApp(page, '#/instellingen/brieven');
  await expect(page.getByLabel('Soort brief')).toHaveValue('acknowledgement');
  await expect(page.getByText('Eigen tekst van het kantoor', { exact: true })).toBeVisible();
  await expect(subject).toHaveValue('Wij hebben uw klacht ontvangen');
  await expect(body).toHaveValue('{klant.anhef}{klant.voornaam}\n\nDank voor uw bericht over {klacht.samenvatting}. Uw kenmerk is {klacht.kenmerk}');
  await expect(page.getByText('Onbekende invulvelden: {klant.anhef} — controleer de spelling')).toBeVisible();

  await page.getByRole('button', { name: 'Standaardtekst terugzetten' }).click();
  const confirm = page.getByRole('dialog', { name: 'Standaardtekst terugzetten?' });
  await confirm.getByRole('button', { name: 'Annuleren' }).click();
  await expect(page.getByText('Eigen tekst van het kantoor', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Standaardtekst terugzetten' }).click();
  await confirm.getByRole('button', { name: 'Standaardtekst terugzetten' }).click();
  await expect(page.getByRole('status')).toContainText('„Ontvangstbevestiging” gebruikt weer de standaardtekst van Klachtenbalie');
  await expect(page.getByText('Standaardtekst van Klachtenbalie', { exact: true })).toBeVisible();
  await expect(subject).toHaveValue('Ontvangstbevestiging van uw klacht');
  await expect(body).toHaveValue(/^\{klant\.aanhef\}\n\nOp \{klacht\.ontvangen\} hebben wij uw klacht ontvangen/);
  await expect(page.getByText(/Onbekende invulvelden/)).toHaveCount(0);

  await page.reload();
  await openApp(page, '#/instellingen/brieven');
  await expect(page.getByText('Standaardtekst van Klachtenbalie', { exact: true })).toBeVisible();
});
