import { expect, test, type Page } from '@playwright/test';
import { recordComplaint } from './helpers';

/** Monday 2 March 2026, 10:00 in the office. */
const RECEIVED = new Date('2026-03-02T10:00:00+01:00');
const SHOTS = process.env.E2E_SHOTS_DIR;

/** Someone with the database in hand rewrites what a complaint's first event says, past the app. */
async function rewriteFirstEvent(page: Page, complaintReference: string, summary: string): Promise<void> {
  await page.evaluate(
    ({ reference, text }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('klachtenbalie');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['complaints', 'eventLogs'], 'readwrite');
          const byReference = tx.objectStore('complaints').index('reference').get(reference);
          byReference.onsuccess = () => {
            const logs = tx.objectStore('eventLogs');
            const read = logs.get(byReference.result.id);
            read.onsuccess = () => {
              const log = read.result;
              log.events[0].summary = text;
              logs.put(log);
            };
          };
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { reference: complaintReference, text: summary },
  );
}

test('the coordinator checks the journal: intact after normal work, then the complaint whose event was rewritten is named', async ({ page }) => {
  await page.clock.setFixedTime(RECEIVED);
  const reference = await recordComplaint(page, { name: 'Henk Bosman', phone: '06-98765432', summary: 'De dakgoot lekt na de reparatie' });
  await recordComplaint(page, { name: 'Gerrit Mulder', summary: 'Kozijn niet geschilderd' });

  await page.getByRole('button', { name: 'Melding sluiten' }).click();
  await page.goto('./#/instellingen/privacy');
  const section = page.getByRole('region', { name: 'Logboek controleren' });
  await section.getByRole('button', { name: 'Logboek controleren' }).click();
  // Two complaints, their two customers and the office's settings this year.
  await expect(section.getByRole('status')).toHaveText('Alle 5 logboeken zijn intact: geen gebeurtenis is achteraf gewijzigd, verwijderd of verplaatst.');
  if (SHOTS) await section.screenshot({ path: `${SHOTS}/privacy-journal-intact.png` });

  await rewriteFirstEvent(page, reference, 'Klacht ingetrokken door de klant');
  await section.getByRole('button', { name: 'Logboek controleren' }).click();
  const alert = section.getByRole('alert');
  await expect(alert).toContainText(`Logboek van klacht ${reference}: de gebeurtenis van 2 mrt. 2026 10:00 („Klacht ingetrokken door de klant”) is achteraf gewijzigd.`);
  await expect(section.getByRole('status')).toHaveCount(0);
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/privacy-journal-broken.png`, fullPage: true });
});
