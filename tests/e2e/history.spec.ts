import { expect, test, type Locator, type Page } from '@playwright/test';
import { recordComplaint } from './helpers';

// Monday 16 November 2026, 10:00 in Amsterdam: every date below follows from it.
const MONDAY = new Date('2026-11-16T10:00:00+01:00');

async function step(page: Page, label: string, fill: (form: Locator) => Promise<void> = async () => undefined) {
  await page.getByRole('group', { name: 'Stappen die nu kunnen' }).getByRole('button', { name: label, exact: true }).click();
  const form = page.getByRole('form', { name: label });
  await fill(form);
  await form.getByRole('button', { name: 'Vastleggen' }).click();
  await expect(form).toBeHidden();
}

/** The words of every cell of the change tables that wrap inside themselves ("Geregistreer|d"). */
function brokenWords(panel: Locator): Promise<string[]> {
  return panel.locator('table.changes td, table.changes th').evaluateAll((cells) => {
    const broken: string[] = [];
    for (const cell of cells) {
      const text = cell.firstChild;
      if (!text || text.nodeType !== Node.TEXT_NODE) continue;
      const content = text.textContent ?? '';
      for (const match of content.matchAll(/\S+/g)) {
        const range = document.createRange();
        range.setStart(text, match.index);
        range.setEnd(text, match.index + match[0].length);
        const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
        if (lines.size > 1) broken.push(match[0]);
      }
    }
    return broken;
  });
}

test('the history reads as Dutch, newest first, ten at a time, and narrows to one kind', async ({ page }) => {
  // Twelve steps through the forms: more than one test's usual share of time on a busy machine.
  test.slow();
  await page.clock.setFixedTime(MONDAY);
  await recordComplaint(page, { name: 'Greet Hoekstra', summary: 'Steunzolen knellen na aanpassing' });
  await step(page, 'Ontvangst bevestigd');
  await step(page, 'Contact vastleggen', async (form) => {
    await form.getByLabel('Soort contact').selectOption({ label: 'Huisbezoek' });
    await form.getByLabel('Richting').selectOption({ label: 'Uitgaand (wij namen contact op)' });
    await form.getByLabel('Samenvatting van het contact').fill('Zolen bekeken, komen volgende week.');
    await form.getByLabel('Opvolgen op').fill('23-11-2026');
  });
  for (let note = 1; note <= 9; note += 1) await step(page, 'Notitie toevoegen', (form) => form.getByLabel('Notitie').fill(`Notitie ${note}`));

  const history = page.getByRole('region', { name: 'Voortgang' });
  const entries = history.getByRole('list').first().getByRole('listitem');
  // 12 events: the newest ten, the latest note on top.
  await expect(entries).toHaveCount(10);
  await expect(entries.first()).toContainText('Notitie 9');
  await expect(history).toContainText('10 van 12 gebeurtenissen, nieuwste eerst');

  const contact = entries.filter({ hasText: 'Huisbezoek' });
  await expect(contact.getByRole('row', { name: /Contacten/ })).toContainText('Huisbezoek met klant (uitgaand) op 16 november 2026: Zolen bekeken, komen volgende week.');
  await expect(contact.getByRole('row', { name: /Vervolgafspraken/ })).toContainText('23 november 2026: Zolen bekeken, komen volgende week; open');
  await expect(history).not.toContainText('[object Object]');
  await expect(history).not.toContainText('week.;');
  await expect(page.getByRole('table', { name: 'Termijnen' }).getByRole('row', { name: /Vervolgafspraak/ })).not.toContainText('Opvolgen:');

  // The rest on request, by keyboard too.
  await history.getByRole('button', { name: /Meer tonen/ }).focus();
  await page.keyboard.press('Enter');
  await expect(entries).toHaveCount(12);
  await expect(history.getByRole('button', { name: /Meer tonen/ })).toHaveCount(0);
  const acknowledged = entries.filter({ hasText: 'Ontvangst bevestigd' }).getByRole('row', { name: /Status/ });
  await expect(acknowledged).toContainText('Geregistreerd');
  await expect(acknowledged).toContainText('Ontvangst bevestigd');
  expect(await brokenWords(history)).toEqual([]);

  await history.getByLabel('Toon').selectOption({ label: 'Contacten en notities' });
  await expect(entries).toHaveCount(10);
  await expect(history).not.toContainText('Klacht geregistreerd');
  await history.getByLabel('Toon').selectOption({ label: 'Stappen en status' });
  await expect(entries).toHaveCount(2);
  await expect(entries.nth(0)).toContainText('Ontvangst bevestigd');
  await expect(entries.nth(1)).toContainText('Klacht geregistreerd');
  await history.getByLabel('Toon').selectOption({ label: 'Brieven' });
  await expect(history).toContainText('Hiervan is nog niets vastgelegd.');

  await history.getByLabel('Toon').selectOption({ label: 'Alles' });
  await history.screenshot({ path: test.info().outputPath('voortgang.png') });
});
