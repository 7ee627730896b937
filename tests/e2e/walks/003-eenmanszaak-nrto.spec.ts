/**
 * Seed 003, a one-person web design business joined to the NRTO (preset
 * "Klachtenregeling eenmanszaak (aangesloten bij de NRTO)"): the owner, Mok
 * Heijmerink, handles every complaint himself. A mail confirms receipt within
 * 5 working days; within 10 working days the complainant hears how the
 * complaint will be handled (a proposal, or a conversation, in principle by
 * phone); the complaint is handled within 4 weeks, or the complainant hears
 * when to expect an answer; a closing mail says what was agreed. Complaints
 * are confidential and archived for 5 years; the NRTO's Commissie van
 * Kwaliteitshandhaving rules on what is not settled, and its ruling is accepted.
 */
import { expect, test } from '@playwright/test';
import { passProfile, recordComplaint } from '../helpers';
import {
  at,
  card,
  checklistStep,
  chooseProcedure,
  closeFile,
  escalate,
  escalationItem,
  expectDone,
  expectStatus,
  laterOn,
  logContact,
  recordDecision,
  recordJudgement,
  recorded,
  sendLetter,
  setLetterhead,
  takeStep,
  term,
  type Office,
} from './steps';

test.slow();

const PROCEDURE = 'Klachtenregeling eenmanszaak (aangesloten bij de NRTO)';
const OWNER = 'Mok Heijmerink';
const OFFICE: Office = {
  name: 'Webbouwen aan de keukentafel',
  address: ['Keukentafel 1', '6811 AA Arnhem'],
  phone: '026-1234567',
  email: 'mok@webbouwenaandekeukeltafel.nl',
  place: 'Arnhem',
  signatory: OWNER,
  signatoryFunction: 'Eigenaar',
  formOfAddress: 'je',
};

test('003 NRTO: the owner takes a mailed complaint from receipt through the further-handling message, a call, an extension, the closing mail and the NRTO commission to a closed file', async ({ page }) => {
  // Monday 16 November 2026: the owner starts the app for the first time; he is the whole office.
  await page.clock.setFixedTime(at('2026-11-16'));
  await page.goto('./#/klachten');
  await passProfile(page, OWNER);
  await chooseProcedure(page, PROCEDURE);
  await setLetterhead(page, OFFICE);

  // The complaint arrives by mail; it is about the owner himself.
  const reference = await recordComplaint(page, {
    name: 'Eva Bakker',
    salutation: 'Mevrouw',
    email: 'eva@bakkerbloemen.nl',
    street: 'Rijnkade 8',
    postcode: '6811 HA',
    city: 'Arnhem',
    channel: 'E-mail',
    summary: 'Website na oplevering traag en niet te vinden',
    involved: OWNER,
    // GAP: the regeling says "Alle klachten worden vertrouwelijk behandeld" (steps.confidential), but the
    // intake does not propose it: "Vertrouwelijk" starts unticked (features/intake/formValues.ts), so it is ticked by hand.
    confidential: true,
  });
  const c = card(page);
  await expect(c.facts).toContainText('Vertrouwelijk');
  await expect(c.workflow).toContainText(`${PROCEDURE}, versie 1`);
  await expect(term(page, 'Ontvangstbevestiging')).toContainText('23 november 2026');
  await expect(term(page, 'Bericht verdere afhandeling')).toContainText('30 november 2026');
  await expect(term(page, 'Schriftelijke reactie')).toContainText('14 december 2026');
  // Nobody to assign: the owner handles every complaint.
  await expect(c.checklist).not.toContainText('Behandelaar toegewezen');

  await sendLetter(page, {
    type: 'Ontvangstbevestiging',
    says: ['Beste Eva,', 'uiterlijk op 14 december 2026'],
    by: 'E-mail',
    meets: 'Ontvangst bevestigd',
  });
  await expect(term(page, 'Ontvangstbevestiging')).toContainText('gehaald op 16 november 2026');

  // Tuesday: "Er kan via mail gevraagd worden om verduidelijking."
  await laterOn(page, '2026-11-17');
  await sendLetter(page, {
    type: 'Verzoek om aanvullende informatie',
    fill: (dialog) => dialog.getByLabel('Welke informatie is nodig?').fill('Welke pagina’s laden traag, en op welk apparaat?'),
    says: ['Welke pagina’s laden traag, en op welk apparaat?'],
    by: 'E-mail',
  });

  // Monday 23 November, within the 10 working days: how the complaint will be handled. Handling starts with it.
  await laterOn(page, '2026-11-23');
  await expect(checklistStep(page, 'Bericht aan de klant over de verdere afhandeling')).toContainText('volgende stap');
  await sendLetter(page, {
    type: 'Bericht over de verdere afhandeling',
    // GAP: the standard text says "Een medewerker die niet bij de klacht betrokken is, beoordeelt je klacht",
    // whoever judges under the regeling; here the owner judges (letters/templates.ts, further_handling).
    says: ['Uiterlijk op 14 december 2026 krijg je onze schriftelijke reactie'],
    by: 'E-mail',
    meets: 'Bericht verdere afhandeling verstuurd',
  });
  await expect(term(page, 'Bericht verdere afhandeling')).toContainText('gehaald op 23 november 2026');
  await expectDone(page, 'Bericht aan de klant over de verdere afhandeling', '2026-11-23');
  await expectStatus(page, 'In behandeling');

  // The conversation to hear the complainant, by phone.
  await logContact(page, { kind: 'Telefoongesprek', direction: 'out', withWhom: 'Klant', name: 'Eva Bakker', notes: 'Eva gehoord: de site laadt traag op haar telefoon en staat niet in Google' });

  // Monday 7 December: four weeks are not feasible; Eva hears when to expect an answer.
  await laterOn(page, '2026-12-07');
  await sendLetter(page, {
    type: 'Verlengingsbericht',
    fill: async (dialog) => {
      await dialog.getByLabel('Nieuwe uiterste datum').fill('23-12-2026');
      await dialog.getByLabel('Reden van verlenging').fill('Ik wacht op het rapport van de hostingpartij.');
    },
    says: ['Je krijgt onze schriftelijke reactie uiterlijk op 23 december 2026', 'Ik wacht op het rapport van de hostingpartij.'],
    by: 'E-mail',
    meets: 'Termijn verlengen',
  });
  await expect(term(page, 'Bericht verlenging')).toContainText('gehaald op 7 december 2026');
  await expect(term(page, 'Reactie na verlenging')).toContainText('23 december 2026');
  await expect(recorded(page, 'Verlenging')).toContainText('tot 23 december 2026');

  // Friday 18 December: the owner judges, even a complaint about himself, and agrees a solution with Eva.
  await laterOn(page, '2026-12-18');
  await recordJudgement(page, { verdict: 'Gegrond', reasoning: 'De hosting was te licht en de site was niet aangemeld bij zoekmachines.', proposed: OWNER });
  await expectDone(page, 'Oordeel', '2026-12-18');
  await takeStep(page, 'Oplossing afspreken', async (form) => {
    await form.getByLabel('Oplossing', { exact: true }).fill('De site verhuist kosteloos naar snellere hosting en wordt aangemeld bij zoekmachines');
    await form.getByLabel('Afgesproken hersteldatum').fill('22-12-2026');
  });
  await expect(term(page, 'Hersteldatum')).toContainText('22 december 2026');

  // Tuesday 22 December: done, and the closing mail says what was agreed.
  await laterOn(page, '2026-12-22');
  await takeStep(page, 'Oplossing uitgevoerd');
  await expect(term(page, 'Hersteldatum')).toContainText('gehaald op 22 december 2026');
  await expectStatus(page, 'Oplossing uitgevoerd');
  await sendLetter(page, {
    type: 'Afsluitbrief',
    says: ['Beste Eva,', `Met deze brief sluiten we het dossier`],
    // GAP: the closing letter fills {afspraak} only from the customer's agreement or a settlement at first
    // contact (letters/values.ts, afspraak); under this regeling neither exists, so "what was agreed" stays a placeholder.
    missing: ['afspraak'],
    by: 'E-mail',
    // GAP: the Afsluitbrief is the regeling's "afsluitende mail", but sending it meets no step: LETTER_STEP has
    // no 'closing' (letters/sent.ts), so it goes in the file as a contact and the step below is recorded by hand.
  });
  await expect(checklistStep(page, 'Afsluitend bericht aan de klant')).not.toContainText('gedaan');
  await takeStep(page, 'Schriftelijke reactie verstuurd', (form) => form.getByLabel('Verzonden per').selectOption({ label: 'E-mail' }));
  await expectDone(page, 'Afsluitend bericht aan de klant', '2026-12-22');
  await expect(term(page, 'Reactie na verlenging')).toContainText('gehaald op 22 december 2026');

  // Monday 4 January 2027: Eva turns to the NRTO commission; its ruling is accepted.
  await laterOn(page, '2027-01-04');
  await escalate(page, { to: 'Commissie van Kwaliteitshandhaving (NRTO)', receivedOn: '04-01-2027', notes: 'Eva wil ook een vergoeding voor de gemiste omzet' });
  await expect(checklistStep(page, 'Beslissing van Commissie van Kwaliteitshandhaving (NRTO)')).toContainText('volgende stap');
  await laterOn(page, '2027-02-01');
  await recordDecision(page, 'Commissie van Kwaliteitshandhaving (NRTO)', 'Klacht naar behoren afgehandeld; geen vergoeding', '2027-02-01');
  await expectStatus(page, 'Oplossing uitgevoerd');
  // "zorgdragen voor een snelle handeling": four weeks to carry the ruling out, among the terms until it is done.
  await expect(term(page, 'Uitspraak uitvoeren')).toContainText('1 maart 2027');
  const ruling = escalationItem(page, 'Commissie van Kwaliteitshandhaving (NRTO)');
  await expect(ruling).toContainText('uitspraak uitvoeren uiterlijk 1 maart 2027');
  await card(page).workflow.screenshot({ path: 'test-results/guards-003-ruling-term.png' });
  await ruling.getByRole('button', { name: 'Uitspraak uitgevoerd' }).click();
  await expect(ruling).toContainText('uitspraak uitgevoerd 1 februari 2027');
  await expect(term(page, 'Uitspraak uitvoeren')).toContainText('gehaald op 1 februari 2027');

  // Archived for 5 years: until 1 February 2032, a Sunday, so the next working day.
  await closeFile(page, { reference, customer: 'Eva Bakker', keepUntil: '2 februari 2032' }, '2027-02-01');
});

test.fixme('003 NRTO: the Afsluitbrief is the closing mail: it says what was agreed and meets the step "Afsluitend bericht aan de klant"', async ({ page }) => {
  // Fails today: letters/sent.ts LETTER_STEP has no 'closing', and letters/values.ts fills {afspraak} only from a
  // customer agreement or a settlement at first contact. Under this regeling the closing mail is the step itself.
  await page.clock.setFixedTime(at('2026-11-16'));
  await page.goto('./#/klachten');
  await passProfile(page, OWNER);
  await chooseProcedure(page, PROCEDURE);
  await setLetterhead(page, OFFICE);
  await recordComplaint(page, { name: 'Eva Bakker', street: 'Rijnkade 8', postcode: '6811 HA', city: 'Arnhem', summary: 'Website traag' });
  await sendLetter(page, { type: 'Ontvangstbevestiging', meets: 'Ontvangst bevestigd' });
  await sendLetter(page, { type: 'Bericht over de verdere afhandeling', meets: 'Bericht verdere afhandeling verstuurd' });
  await recordJudgement(page, { verdict: 'Gegrond', reasoning: 'De hosting was te licht.' });
  await takeStep(page, 'Oplossing afspreken', async (form) => {
    await form.getByLabel('Oplossing', { exact: true }).fill('De site verhuist naar snellere hosting');
    await form.getByLabel('Afgesproken hersteldatum').fill('16-11-2026');
  });
  await takeStep(page, 'Oplossing uitgevoerd');
  await sendLetter(page, {
    type: 'Afsluitbrief',
    says: ['De site verhuist naar snellere hosting'],
    meets: 'Schriftelijke reactie verstuurd',
  });
  await expectDone(page, 'Afsluitend bericht aan de klant', '2026-11-16');
});
