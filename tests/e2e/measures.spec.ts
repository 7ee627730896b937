import { expect, test } from '@playwright/test';
import { recordComplaint } from './helpers';
import { addCorrectiveAction, at, chooseProcedure, correctiveAction, takeStep } from './walks/steps';

test('a measure from one complaint is linked to a second, carried out and checked in the register; the customer\'s satisfaction is recorded on the card', async ({ page }) => {
  await page.clock.setFixedTime(at('2026-11-16'));
  await chooseProcedure(page, 'Klachtenregeling zorg en welzijn (aangesloten bij DOKh)');
  const first = await recordComplaint(page, { name: 'Greet Hoekstra', summary: 'Rooster niet doorgegeven' });
  await addCorrectiveAction(page, { description: 'Roosterwijzigingen per sms melden', assignee: 'Jan de Vries', dueOn: '20-11-2026', checkOn: '30-11-2026' });

  // Settled at once; the customer answers the satisfaction question on the phone.
  await takeStep(page, 'Direct opgelost', (form) => form.getByLabel('Wat is er afgesproken?').fill('Excuses en nieuwe afspraak'));
  await takeStep(page, 'Tevredenheid vastleggen', async (form) => {
    await form.getByLabel('Antwoord van de klant').selectOption({ label: 'Beantwoord' });
    await form.getByLabel('Gevraagd via').selectOption({ label: 'Telefoon' });
    await form.getByLabel('Is de klacht opgelost?').selectOption({ label: 'Gedeeltelijk' });
    await form.getByLabel('Tevredenheid over de afhandeling').selectOption({ label: '4 — tevreden' });
    await form.getByLabel('Opmerking van de klant').fill('Snel geregeld');
  });
  await expect(page.getByRole('region', { name: 'Afhandeling' })).toContainText('Opgelost: gedeeltelijk; afhandeling 4 van 5 (telefoon, 16-11-2026): Snel geregeld');

  // A second complaint with the same cause gets the same measure from the register.
  const second = await recordComplaint(page, { name: 'Piet Smit', summary: 'Niemand kwam opdagen' });
  const section = page.getByRole('region', { name: 'Maatregelen' });
  await section.getByLabel('Bestaande maatregel koppelen').selectOption({ label: 'Roosterwijzigingen per sms melden (Jan de Vries)' });
  await section.getByRole('button', { name: 'Koppelen' }).click();
  await expect(correctiveAction(page, 'Roosterwijzigingen per sms melden')).toContainText('hoort bij 2 klachten');
  await section.screenshot({ path: test.info().outputPath('card-measures.png') });

  // In the register: carried out on 20 November, its effect checked on 30 November.
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Maatregelen' }).click();
  const register = page.getByRole('table', { name: 'Maatregelen' });
  const row = register.getByRole('row', { name: /Roosterwijzigingen per sms melden/ });
  await expect(row.getByRole('link')).toHaveText([first, second]);
  await page.clock.setFixedTime(at('2026-11-20'));
  await page.reload();
  await row.getByRole('button', { name: 'Maatregel uitgevoerd' }).click();
  await expect(row).toContainText('uitgevoerd op 20 november 2026');
  await expect(row).toContainText('Uitgevoerd, toets gepland');

  await page.clock.setFixedTime(at('2026-11-30'));
  await page.reload();
  await page.getByLabel('Toon').selectOption({ label: 'Toets te doen' });
  await expect(register.getByRole('row')).toHaveCount(2);
  await row.getByRole('button', { name: 'Effectiviteit toetsen' }).click();
  const check = row.getByRole('form', { name: 'Effectiviteit toetsen' });
  await check.getByLabel('Uitkomst').selectOption({ label: 'Effectief' });
  await check.getByRole('button', { name: 'Vastleggen' }).click();
  await expect(page.getByText('Geen maatregelen bij deze filters.')).toBeVisible();
  await page.getByLabel('Toon').selectOption({ label: 'Alle' });
  await expect(row).toContainText('effectiviteit getoetst op 30 november 2026');
  await page.screenshot({ path: test.info().outputPath('register.png'), fullPage: true });

  // Both complaints carry the check in their history.
  await row.getByRole('link', { name: second }).click();
  await expect(correctiveAction(page, 'Roosterwijzigingen per sms melden')).toContainText('Effectief');
  await expect(page.getByRole('region', { name: 'Voortgang' })).toContainText('effectiviteit getoetst op 30-11-2026');
});
