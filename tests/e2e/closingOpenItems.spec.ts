import { expect, test } from '@playwright/test';
import { recordComplaint } from './helpers';
import { addCorrectiveAction, chooseProcedure, correctiveAction, openStep, takeStep, term } from './walks/steps';

test('closing a file asks what becomes of an open follow-up and measure; a closed file offers no "Gedaan" and no check of a measure called off', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-16T10:00:00+01:00'));
  await chooseProcedure(page, 'Klachtenregeling zorg en welzijn (aangesloten bij DOKh)');
  await recordComplaint(page, { name: 'Greet Hoekstra', summary: 'Steunzolen knellen' });
  await takeStep(page, 'Vervolgafspraak toevoegen', async (form) => {
    await form.getByLabel('Datum').fill('20-11-2026');
    await form.getByLabel('Wat moet er gebeuren?').fill('Klant terugbellen');
  });
  const followUps = page.getByRole('listitem').filter({ hasText: 'Klant terugbellen' });
  await expect(followUps.getByRole('button', { name: 'Gedaan' })).toBeVisible();
  await addCorrectiveAction(page, { description: 'Pasvorm controleren bij aflevering', assignee: 'Jan de Vries', dueOn: '30-11-2026', checkOn: '31-12-2026' });
  const checkTerm = term(page, 'Effectiviteitstoets: Pasvorm controleren');
  await expect(checkTerm).toContainText('31 december 2026');
  await takeStep(page, 'Direct opgelost', (form) => form.getByLabel('Wat is er afgesproken?').fill('Zolen kosteloos aangepast'));

  const form = await openStep(page, 'Dossier sluiten');
  const choice = form.getByLabel('Open vervolgafspraken en maatregelen (2)');
  // Nothing is chosen for the office: closing waits for a choice.
  await form.getByRole('button', { name: 'Vastleggen' }).click();
  await expect(choice).toHaveAccessibleDescription(/Kies wat er gebeurt met de open vervolgafspraken en maatregelen/);
  await expect(choice.getByRole('option')).toHaveText(['Kies…', 'Als gedaan afsluiten', 'Laten vervallen (met reden)', 'Laten doorlopen na het sluiten']);
  await choice.selectOption({ label: 'Laten vervallen (met reden)' });
  await form.getByLabel('Waarom vervallen ze?').fill('Klant belde zelf al terug');
  await page.screenshot({ path: 'test-results/screenshots/close-open-items.png', fullPage: true });
  await form.getByRole('button', { name: 'Vastleggen' }).click();
  await expect(form).toBeHidden();

  await expect(page.getByRole('list', { name: 'Kerngegevens' })).toContainText('Gesloten');
  await expect(followUps.first()).toContainText('vervallen 16 november 2026: Klant belde zelf al terug');
  await expect(page.getByRole('button', { name: 'Gedaan' })).toHaveCount(0);
  // A measure called off was never carried out: there is no effect to check, and no check term runs on.
  const measure = correctiveAction(page, 'Pasvorm controleren bij aflevering');
  await expect(measure).toContainText('vervallen op 16 november 2026: Klant belde zelf al terug');
  await expect(measure.getByRole('button', { name: 'Effectiviteit toetsen' })).toHaveCount(0);
  await expect(checkTerm).toHaveCount(0);
});
