/**
 * A care provider under the Wkkgz (preset "Klachtenregeling zorgaanbieder
 * (Wkkgz)"): acknowledgement within 5 working days (the preset's proposal),
 * careful investigation that hears the practitioner the complaint is about, a
 * reasoned written decision within 6 weeks with the measures taken, one
 * extension of at most 4 weeks announced in writing before the 6 weeks end, a
 * free independent complaints officer, and an approved dispute body whose
 * ruling binds. The file is kept 2 years after handling.
 */
import { expect, test } from '@playwright/test';
import { recordComplaint } from '../helpers';
import {
  addCorrectiveAction,
  addStaff,
  assignOwner,
  at,
  card,
  checklistStep,
  chooseProcedure,
  closeFile,
  escalate,
  expectDone,
  expectStatus,
  finishCorrectiveAction,
  laterOn,
  logContact,
  recordDecision,
  recordJudgement,
  recorded,
  refusedStep,
  sendLetter,
  setLetterhead,
  takeStep,
  term,
  type Office,
} from './steps';

test.slow();

const PROCEDURE = 'Klachtenregeling zorgaanbieder (Wkkgz)';
const OFFICE: Office = {
  name: 'Fysiotherapie De Linde',
  address: ['Lindelaan 3', '3521 AB Utrecht'],
  phone: '030-2345678',
  email: 'klachten@fysiodelinde.nl',
  place: 'Utrecht',
  signatory: 'Lotte Vermeer',
  signatoryFunction: 'Kwaliteitsfunctionaris',
  formOfAddress: 'u',
};

test('Wkkgz: a complaint about care goes from intake through hearing both sides, one extension, the reasoned decision with measures and the dispute body to a closed file', async ({ page }) => {
  // Monday 16 November 2026: a letter comes in about the physiotherapist Eva Smits.
  await page.clock.setFixedTime(at('2026-11-16'));
  await addStaff(page, 'Lotte Vermeer');
  await addStaff(page, 'Eva Smits');
  await chooseProcedure(page, PROCEDURE);
  await setLetterhead(page, OFFICE);

  const reference = await recordComplaint(page, {
    name: 'Henk de Boer',
    salutation: 'De heer',
    street: 'Oudegracht 40',
    postcode: '3511 AR',
    city: 'Utrecht',
    channel: 'Brief',
    summary: 'Schouderklachten verergerd na behandeling',
    description: 'Na de derde behandeling kon de heer De Boer zijn arm niet meer heffen; zijn vragen werden weggewuifd.',
    involved: 'Eva Smits',
    // Not ticked here: the regeling treats every complaint as confidential, so the intake proposes it.
    confidentialProposed: true,
  });
  const c = card(page);
  await expect(c.facts).toContainText('Vertrouwelijk');
  await expect(c.workflow).toContainText(`${PROCEDURE}, versie 1`);
  await expect(term(page, 'Ontvangstbevestiging')).toContainText('23 november 2026');
  // Six weeks for the decision; a notice that more time is needed is due by the same day.
  await expect(term(page, 'Schriftelijke reactie')).toContainText('28 december 2026');
  await expect(term(page, 'Bericht verlenging')).toContainText('28 december 2026');

  await sendLetter(page, {
    type: 'Ontvangstbevestiging',
    says: ['Geachte heer De Boer,', 'Binnen 6 weken na ontvangst, dus uiterlijk op 28 december 2026'],
    meets: 'Ontvangst bevestigd',
  });
  await expect(term(page, 'Ontvangstbevestiging')).toContainText('gehaald op 16 november 2026');

  // The complaint is not handled by the practitioner it is about.
  await refusedStep(page, 'Behandelaar toewijzen', (form) => form.getByLabel('Behandelaar').selectOption({ label: 'Eva Smits' }), 'Eva Smits is betrokken bij deze klacht');
  await assignOwner(page, 'Lotte Vermeer');
  await expectDone(page, 'Behandelaar toegewezen', '2026-11-16');
  await expectStatus(page, 'In behandeling');

  // Careful investigation: Mr De Boer and Eva Smits are both heard.
  await laterOn(page, '2026-11-24');
  await logContact(page, { kind: 'Gesprek op kantoor', direction: 'in', withWhom: 'Klant', name: 'Henk de Boer', notes: 'De heer De Boer beschreef de pijn na de derde behandeling' });
  await expect(checklistStep(page, 'Hoor en wederhoor')).not.toContainText('gedaan');
  await logContact(page, { kind: 'Intern overleg', direction: 'out', withWhom: 'Medewerker', name: 'Eva Smits', notes: 'Eva Smits lichtte het behandelplan en de oefeningen toe' });
  await expectDone(page, 'Hoor en wederhoor', '2026-11-24');

  // Monday 21 December, before the six weeks end: the investigation needs more time, at most 4 weeks more.
  await laterOn(page, '2026-12-21');
  await page.getByRole('button', { name: 'Brief maken', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Brief maken' });
  await dialog.getByLabel('Soort brief').selectOption({ label: 'Verlengingsbericht' });
  await dialog.getByLabel('Nieuwe uiterste datum').fill('01-02-2027');
  await dialog.getByLabel('Reden van verlenging').fill('Wij wachten op het oordeel van een onafhankelijke collega-fysiotherapeut.');
  await dialog.getByRole('button', { name: 'Voorbeeld tonen' }).click();
  await dialog.getByRole('button', { name: 'Alleen op het prikbord zetten' }).click();
  await dialog.getByRole('button', { name: 'Vastleggen als verstuurd' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('De termijn mag met ten hoogste 4 weken worden verlengd: uiterlijk tot 25-01-2027');
  // GAP: the dialog checks the law's maximum only when the letter is recorded as sent; by then the letter with the
  // wrong date is on the pinboard and cannot be changed (features/letters/letterOptions.ts checks only that the date
  // is a date). The person closes the dialog and makes the letter again.
  await dialog.getByRole('button', { name: 'Brief maken sluiten' }).click();
  await expect(term(page, 'Reactie na verlenging')).toHaveCount(0);
  await sendLetter(page, {
    type: 'Verlengingsbericht',
    fill: async (letter) => {
      await letter.getByLabel('Nieuwe uiterste datum').fill('25-01-2027');
      await letter.getByLabel('Reden van verlenging').fill('Wij wachten op het oordeel van een onafhankelijke collega-fysiotherapeut.');
    },
    says: ['U ontvangt onze schriftelijke reactie uiterlijk op 25 januari 2027'],
    meets: 'Termijn verlengen',
  });
  await expect(term(page, 'Bericht verlenging')).toContainText('gehaald op 21 december 2026');
  await expect(term(page, 'Reactie na verlenging')).toContainText('25 januari 2027');
  // Once only: the step is listed among those not possible now, with the reason.
  await c.workflow.getByText(/^Nog niet mogelijk/).click();
  const extendAgain = c.workflow.getByRole('button', { name: 'Termijn verlengen' });
  await expect(extendAgain).toBeDisabled();
  await expect(extendAgain).toHaveAccessibleDescription('De termijn is al eens verlengd; dat kan maar één keer');

  // Monday 18 January 2027: the judgement, what is done for Mr De Boer, the cause and the measure.
  await laterOn(page, '2027-01-18');
  await recordJudgement(page, { verdict: 'Gegrond', reasoning: 'De oefeningen werden te snel opgebouwd en de klachten van de heer De Boer niet serieus genomen.', proposed: 'Lotte Vermeer' });
  await expectDone(page, 'Oordeel', '2027-01-18');
  await takeStep(page, 'Oplossing afspreken', async (form) => {
    await form.getByLabel('Oplossing', { exact: true }).fill('Twee behandelingen bij een andere fysiotherapeut, zonder kosten');
    // The Wkkgz names no repair term: no repair date is asked, so none can fall overdue.
    await expect(form.getByLabel('Afgesproken hersteldatum')).toHaveCount(0);
  });
  await expect(recorded(page, 'Oplossing')).toContainText('Twee behandelingen bij een andere fysiotherapeut');
  await expect(term(page, 'Hersteldatum')).toHaveCount(0);
  await takeStep(page, 'Oorzaak vastleggen', (form) => form.getByLabel('Oorzaak van de klacht').fill('Geen vast moment om pijnklachten tijdens de behandeling te bespreken'));
  await expect(checklistStep(page, 'Oorzaak van de klacht onderzocht')).toContainText('gedaan');
  await addCorrectiveAction(page, { description: 'Pijnscore aan het begin van elke behandeling vastleggen', dueOn: '26-02-2027' });

  // The reasoned written decision: the judgement, the decisions taken, and where Mr De Boer can go next.
  await sendLetter(page, {
    type: 'Schriftelijke reactie op de klacht',
    says: [
      'wij vinden uw klacht gegrond',
      'De oefeningen werden te snel opgebouwd',
      'Twee behandelingen bij een andere fysiotherapeut, zonder kosten',
      'Pijnscore aan het begin van elke behandeling vastleggen',
      'Onafhankelijke klachtenfunctionaris',
      'Geschilleninstantie',
      // GAP: the Wkkgz asks for the term within which the measures will be realised; {maatregelen} gives
      // only their descriptions, not their dates (letters/values.ts, maatregelen).
    ],
    meets: 'Schriftelijke reactie verstuurd',
  });
  await expect(term(page, 'Reactie na verlenging')).toContainText('gehaald op 18 januari 2027');
  await expectDone(page, 'Schriftelijke reactie aan de klant', '2027-01-18');

  // Friday 29 January: the extra treatments are given.
  await laterOn(page, '2027-01-29');
  await takeStep(page, 'Oplossing uitgevoerd');
  await expectStatus(page, 'Oplossing uitgevoerd');

  // Monday 1 February: Mr De Boer wants damages; he is referred to the dispute body.
  await laterOn(page, '2027-02-01');
  await sendLetter(page, {
    type: 'Doorverwijzing',
    fill: (letter) => letter.getByLabel('Verwijzen naar').selectOption({ label: 'Geschilleninstantie' }),
    says: ['Geschilleninstantie', 'bindende uitspraak', 'schadevergoeding'],
  });
  await laterOn(page, '2027-02-15');
  await escalate(page, { to: 'Geschilleninstantie', receivedOn: '15-02-2027', notes: 'Verzoek om schadevergoeding' });
  await expect(checklistStep(page, 'Beslissing van Geschilleninstantie')).toContainText('volgende stap');

  // Friday 26 February: the measure is in place.
  await laterOn(page, '2027-02-26');
  await finishCorrectiveAction(page, 'Pijnscore aan het begin van elke behandeling vastleggen', '2027-02-26');
  await expectDone(page, 'Maatregelen ingevoerd', '2027-02-26');
  // Still escalated: the file cannot close while the dispute body has not ruled.
  await expect(c.bar.getByRole('button', { name: 'Dossier sluiten' })).toHaveAccessibleDescription(/Geschilleninstantie heeft nog niet beslist/);

  // Monday 15 March: the binding ruling; the file closes and is kept 2 years.
  await laterOn(page, '2027-03-15');
  await recordDecision(page, 'Geschilleninstantie', 'Klacht gegrond; schadevergoeding van € 250 toegekend', '2027-03-15');
  await expectStatus(page, 'Oplossing uitgevoerd');
  await closeFile(page, { reference, customer: 'Henk de Boer', owner: 'Lotte Vermeer', keepUntil: '15 maart 2029' }, '2027-03-15');
});
