import { expect, test } from '@playwright/test';
import { FIRST_USER, openApp, recordComplaint } from './helpers';
import { addStaff } from './walks/steps';

test('the card header names owner and coordinator; only owners are offered, and nobody is chosen beforehand', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-16T10:00:00+01:00'));
  await openApp(page, '#/klachten');
  await addStaff(page, 'Pieter Bakker');
  await addStaff(page, 'Karin Smit', ['Klachtencoördinator']);
  await recordComplaint(page, { name: 'Greet Hoekstra', summary: 'Steunzolen knellen' });

  const facts = page.getByRole('list', { name: 'Kerngegevens' });
  await expect(facts.getByRole('listitem').filter({ hasText: 'Behandelaar:' })).toHaveText('Behandelaar: nog niemand');
  await expect(facts.getByRole('listitem').filter({ hasText: 'Coördinator:' })).toHaveText('Coördinator: nog niemand');

  await page.getByRole('group', { name: 'Stappen die nu kunnen' }).getByRole('button', { name: 'Behandelaar toewijzen', exact: true }).click();
  const form = page.getByRole('form', { name: 'Behandelaar toewijzen' });
  const owner = form.getByLabel('Behandelaar');
  // The coordinators (the first user and Karin) coordinate; they are not offered as owner, and no name is filled in for the user.
  await expect(owner.getByRole('option')).toHaveText(['Kies een behandelaar', 'Pieter Bakker']);
  await expect(owner).toHaveValue('');
  await form.getByRole('button', { name: 'Vastleggen' }).click();
  await expect(form).toContainText('Kies een behandelaar');
  await expect(facts).toContainText('Behandelaar: nog niemand');

  await owner.selectOption({ label: 'Pieter Bakker' });
  await form.getByRole('button', { name: 'Vastleggen' }).click();
  await expect(facts.getByRole('listitem').filter({ hasText: 'Behandelaar:' })).toHaveText('Behandelaar: Pieter Bakker');
  // Whoever assigned the owner coordinates the complaint.
  await expect(facts.getByRole('listitem').filter({ hasText: 'Coördinator:' })).toHaveText(`Coördinator: ${FIRST_USER}`);
  await page.locator('header.card-head').screenshot({ path: 'test-results/screenshots/card-header.png' });
});
