import { expect, test } from '@playwright/test';
import { recordComplaint } from './helpers';

test('details are edited in place with the same validation, and the timeline shows old and new values', async ({ page }) => {
  await recordComplaint(page, { name: 'Fatma Yılmaz', phone: '06-11112222', summary: 'Bril niet op tijd klaar' });

  const customer = page.getByRole('region', { name: 'Klant' });
  await customer.getByRole('button', { name: 'Klant wijzigen' }).click();
  const postcode = customer.getByLabel('Postcode');
  await postcode.fill('0123 AB');
  await customer.getByRole('button', { name: 'Opslaan' }).click();
  await expect(customer.getByText(/geldige postcode/i)).toBeVisible();
  await expect(postcode).toHaveValue('0123 AB');
  await postcode.fill('2801 PN');
  await customer.getByRole('button', { name: 'Opslaan' }).click();
  await expect(customer).toContainText('2801 PN');

  const details = page.getByRole('region', { name: 'Klachtgegevens' });
  // The card's header marks a confidential complaint; this one is not, yet (the form's checkbox label says "Vertrouwelijk" too).
  const facts = page.getByRole('list', { name: 'Kerngegevens' });
  await expect(facts).not.toContainText('Vertrouwelijk');
  await details.getByRole('button', { name: 'Klachtgegevens wijzigen' }).click();
  await details.getByLabel('Samenvatting').fill('Bril drie weken te laat klaar');
  await details.getByLabel('Vertrouwelijk').check();
  await page.keyboard.press('Control+Enter');
  await expect(details.getByRole('button', { name: 'Klachtgegevens wijzigen' })).toBeVisible();
  await expect(details).toContainText('Bril drie weken te laat klaar');
  await expect(facts).toContainText('Vertrouwelijk');

  // Each change is its own entry, the field's old value beside the new.
  const timeline = page.getByRole('region', { name: 'Voortgang' });
  const entry = (label: string) => timeline.getByRole('listitem').filter({ has: page.getByText(label, { exact: true }) });
  const summaryChange = entry('Gegevens gewijzigd').getByRole('row', { name: /Samenvatting/ });
  await expect(summaryChange).toContainText('Bril niet op tijd klaar');
  await expect(summaryChange).toContainText('Bril drie weken te laat klaar');
  await expect(entry('Klantgegevens gewijzigd').getByRole('row', { name: /Postcode/ })).toContainText('2801 PN');
});
