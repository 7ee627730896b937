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
  fromDesk,
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
    // Not ticked here: the regeling treats every complaint as confidential, so the intake proposes it.
    confidentialProposed: true,
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
    // The owner handles every complaint and offers a (phone) conversation and a proposal, as the regeling says.
    says: ['We behandelen je klacht zelf.', 'daarna doen we je een voorstel om je klacht af te handelen', 'Uiterlijk op 14 december 2026 krijg je onze schriftelijke reactie'],
    saysNot: ['niet bij de klacht betrokken'],
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
    // 003 names no repair term: the proposal is what was agreed, and no repair date is asked.
    await expect(form.getByLabel('Afgesproken hersteldatum')).toHaveCount(0);
  });
  await expect(recorded(page, 'Oplossing')).toContainText('De site verhuist kosteloos');
  await expect(term(page, 'Hersteldatum')).toHaveCount(0);

  // Tuesday 22 December: done, and the closing mail says what was agreed.
  await laterOn(page, '2026-12-22');
  await takeStep(page, 'Oplossing uitgevoerd');
  await expectStatus(page, 'Oplossing uitgevoerd');
  await sendLetter(page, {
    type: 'Afsluitbrief',
    // The regeling asks no agreement of the customer: the closing mail says the solution that was agreed.
    says: ['Beste Eva,', 'We hebben het volgende met je afgesproken: De site verhuist kosteloos naar snellere hosting', `Met deze brief sluiten we het dossier`],
    by: 'E-mail',
    // The Afsluitbrief is the regeling's "afsluitende mail": sending it is the step.
    meets: 'Schriftelijke reactie verstuurd',
  });
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

test('003 NRTO: a complaint by phone waits for the written complaint, asked for by mail, and its terms run from the day that mail arrives', async ({ page }) => {
  // Monday 16 November 2026: Eva calls. The regeling counts only a written complaint ("maak je klacht schriftelijk kenbaar").
  await page.clock.setFixedTime(at('2026-11-16'));
  await page.goto('./#/klachten');
  await passProfile(page, OWNER);
  await chooseProcedure(page, PROCEDURE);
  await setLetterhead(page, OFFICE);
  const reference = await recordComplaint(page, { name: 'Eva Bakker', street: 'Rijnkade 8', postcode: '6811 HA', city: 'Arnhem', channel: 'Telefoon', summary: 'Website traag', confidentialProposed: true });
  await expect(checklistStep(page, 'Klacht schriftelijk ingediend')).toContainText('volgende stap');
  // No term of the regeling runs yet, and the card says why.
  await expect(card(page).workflow).toContainText('Nog geen termijnen: die gaan lopen op de dag dat de klacht schriftelijk binnenkomt.');

  await sendLetter(page, {
    type: 'Verzoek om de klacht schriftelijk in te dienen',
    says: ['Wil je je klacht daarom schriftelijk naar ons sturen?', 'mailen naar mok@webbouwenaandekeukeltafel.nl', 'gaan de termijnen van onze klachtenregeling lopen'],
    by: 'E-mail',
  });

  // Wednesday 18 November: her mail arrives. 5 working days to confirm it, 4 weeks to answer, from that day.
  await laterOn(page, '2026-11-18');
  // Without a term it is on no term list; the desk keeps it in sight, with the day it was taken, until the written complaint is in.
  await page.goto('./#/bureau');
  const waiting = page.getByRole('region', { name: 'Wacht op schriftelijke klacht', exact: true });
  await expect(waiting.getByRole('row', { name: new RegExp(reference) })).toContainText(/16 nov\.? 2026/);
  await page.screenshot({ path: 'test-results/screenshots/desk-awaiting-written.png', fullPage: true });
  await fromDesk(page, reference, 'Wacht op schriftelijke klacht');
  await takeStep(page, 'Schriftelijke klacht ontvangen', async (form) => {
    await form.getByLabel('Binnengekomen per').selectOption({ label: 'E-mail' });
    await form.getByLabel('Schriftelijk ontvangen op').fill('18-11-2026');
  });
  await expectDone(page, 'Klacht schriftelijk ingediend', '2026-11-18');
  await expect(term(page, 'Ontvangstbevestiging')).toContainText('25 november 2026');
  await expect(term(page, 'Schriftelijke reactie')).toContainText('16 december 2026');
  await expect(card(page).timeline).toContainText('Klacht schriftelijk ontvangen op 18-11-2026 (e-mail); de termijnen lopen vanaf die dag');
  await page.goto('./#/bureau');
  await expect(waiting).toContainText('Geen klachten die nog schriftelijk moeten binnenkomen.');
});
