/**
 * Seed 002, the seven-step procedure of a craft or installation business
 * (preset "Klachtenprocedure vakbedrijf", the one a new office starts with):
 * receipt, registration and acknowledgement, possibly asking for more
 * information; judgement from the customer's information and internally,
 * possibly with a visit on site; a solution and repair term agreed with the
 * customer and followed even when a third party carries it out; the result
 * reported to the customer; after the repair, asking whether the complaint was
 * solved to satisfaction; cause and corrective measures, checked for effect;
 * an independent third party, mediation, arbitration or the court for a
 * customer who does not accept the solution; archiving for 3 years. (Step 5,
 * the periodic analysis of all complaints, is no step of one complaint.)
 */
import { expect, test } from '@playwright/test';
import { passProfile, recordComplaint } from '../helpers';
import {
  addCorrectiveAction,
  addStaff,
  assignOwner,
  at,
  card,
  checklistStep,
  closeFile,
  escalate,
  escalationItem,
  expectDone,
  expectStatus,
  finishCorrectiveAction,
  fromDesk,
  laterOn,
  logContact,
  openStep,
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

const PROCEDURE = 'Klachtenprocedure vakbedrijf';
const OFFICE: Office = {
  name: 'Installatiebedrijf Van Leeuwen',
  address: ['Industrieweg 7', '2801 PN Gouda'],
  phone: '0182-123456',
  email: 'klachten@vanleeuwen.nl',
  place: 'Gouda',
  signatory: 'Pieter Bakker',
  signatoryFunction: 'Bedrijfsleider',
  formOfAddress: 'u',
};

test('002 vakbedrijf: a complaint about a repair goes through registration, a visit on site, an extension, judgement with a repair by a third party, an independent third party, the evaluation and measures to a closed file', async ({ page }) => {
  // Monday 16 November 2026: a new office keeps the procedure it starts with.
  await page.clock.setFixedTime(at('2026-11-16'));
  await page.goto('./#/instellingen/klachtenregeling');
  await passProfile(page);
  await expect(page.getByRole('heading', { name: `${PROCEDURE} · versie 1` })).toBeVisible();
  await addStaff(page, 'Pieter Bakker');
  await addStaff(page, 'Henk Mulder');
  await setLetterhead(page, OFFICE);

  // 1. The complaint is reported by phone and registered.
  const reference = await recordComplaint(page, {
    name: 'Carla Bos',
    salutation: 'Mevrouw',
    phone: '06-12345678',
    email: 'carla.bos@example.nl',
    street: 'Goudsewagenstraat 3',
    postcode: '2801 CD',
    city: 'Gouda',
    channel: 'Telefoon',
    summary: 'Cv-ketel lekt na onderhoud',
    involved: 'Henk Mulder',
  });
  const c = card(page);
  await expect(c.workflow).toContainText(`${PROCEDURE}, versie 1`);
  await expect(term(page, 'Ontvangstbevestiging')).toContainText('23 november 2026');
  await expect(term(page, 'Schriftelijke reactie')).toContainText('14 december 2026');

  // Receipt confirmed in writing, and more information asked for the judgement.
  await sendLetter(page, {
    type: 'Ontvangstbevestiging',
    says: ['Geachte mevrouw Bos,', 'uiterlijk op 14 december 2026'],
    meets: 'Ontvangst bevestigd',
  });
  await expect(term(page, 'Ontvangstbevestiging')).toContainText('gehaald op 16 november 2026');
  await sendLetter(page, {
    type: 'Verzoek om aanvullende informatie',
    fill: (dialog) => dialog.getByLabel('Welke informatie is nodig?').fill('Sinds wanneer lekt de ketel, en hoeveel water verliest hij per dag?'),
    says: ['Sinds wanneer lekt de ketel, en hoeveel water verliest hij per dag?'],
    by: 'E-mail',
  });
  await assignOwner(page, 'Pieter Bakker');
  await expectStatus(page, 'In behandeling');

  // 2. Judged from the customer's information and internally, with a visit on site.
  await laterOn(page, '2026-11-17');
  await logContact(page, { kind: 'Bezoek ter plaatse', direction: 'out', withWhom: 'Klant', name: 'Carla Bos', notes: 'Lekkage bij de pakking van de warmtewisselaar gezien' });
  await expect(checklistStep(page, 'Hoor en wederhoor')).not.toContainText('gedaan');
  await logContact(page, { kind: 'Intern overleg', direction: 'out', withWhom: 'Medewerker', name: 'Henk Mulder', notes: 'Henk heeft bij het onderhoud de pakking vervangen' });
  await expectDone(page, 'Hoor en wederhoor', '2026-11-17');

  // Monday 7 December: the manufacturer's analysis takes longer; Mrs Bos hears so within the 4 weeks.
  await laterOn(page, '2026-12-07');
  await sendLetter(page, {
    type: 'Verlengingsbericht',
    fill: async (dialog) => {
      await dialog.getByLabel('Nieuwe uiterste datum').fill('21-12-2026');
      await dialog.getByLabel('Reden van verlenging').fill('Wij wachten op de analyse van de fabrikant van de ketel.');
    },
    says: ['U ontvangt onze schriftelijke reactie uiterlijk op 21 december 2026'],
    meets: 'Termijn verlengen',
  });
  await expect(term(page, 'Reactie na verlenging')).toContainText('21 december 2026');
  await expect(term(page, 'Bericht verlenging')).toContainText('gehaald op 7 december 2026');

  // Wednesday 9 December: a justified complaint; repair agreed with a term, carried out by a third party; cause and measure.
  await laterOn(page, '2026-12-09');
  await recordJudgement(page, { verdict: 'Gegrond', reasoning: 'Bij het onderhoud is een pakking van het verkeerde type geplaatst.', proposed: 'Pieter Bakker' });
  await expectDone(page, 'Oordeel', '2026-12-09');
  // A justified complaint needs a solution under this procedure: the step is still to do.
  await expect(checklistStep(page, 'Oplossing en hersteltermijn met de klant afgesproken')).toContainText('nog te doen');
  await takeStep(page, 'Oplossing afspreken', async (form) => {
    await form.getByLabel('Oplossing', { exact: true }).fill('Nieuwe pakking van het juiste type plaatsen en de waterschade vergoeden');
    await form.getByLabel('Afgesproken hersteldatum').fill('15-12-2026');
    await form.getByLabel('Uitgevoerd door derde (naam)').fill('Ketelservice Nederland');
  });
  await expect(recorded(page, 'Oplossing')).toContainText('hersteldatum 15 december 2026; door Ketelservice Nederland');
  await expect(checklistStep(page, 'Oplossing en hersteltermijn met de klant afgesproken')).toContainText('gedaan');
  await expect(term(page, 'Hersteldatum')).toContainText('15 december 2026');
  await takeStep(page, 'Oorzaak vastleggen', (form) => form.getByLabel('Oorzaak van de klacht').fill('In de bus lagen geen pakkingen voor dit keteltype'));
  await expect(checklistStep(page, 'Oorzaak van de klacht onderzocht')).toContainText('gedaan');
  await addCorrectiveAction(page, { description: 'Pakkingen per keteltype standaard in de bus', assignee: 'Henk Mulder', dueOn: '31-12-2026', checkOn: '08-01-2027' });
  await expect(term(page, 'Effectiviteitstoets: Pakkingen per keteltype')).toContainText('8 januari 2027');

  // The result reported to the customer in writing.
  await sendLetter(page, {
    type: 'Schriftelijke reactie op de klacht',
    says: ['wij vinden uw klacht gegrond', 'Nieuwe pakking van het juiste type plaatsen', 'Pakkingen per keteltype standaard in de bus', 'Onafhankelijke derde', 'Mediation', 'Raad van Arbitrage'],
    meets: 'Schriftelijke reactie verstuurd',
  });
  await expect(term(page, 'Reactie na verlenging')).toContainText('gehaald op 9 december 2026');

  // 6. Mrs Bos does not accept the solution and wants a new boiler; an independent third party assesses it.
  await laterOn(page, '2026-12-10');
  await escalate(page, { to: 'Onafhankelijke derde', receivedOn: '10-12-2026', notes: 'Klant wil een nieuwe ketel in plaats van herstel' });
  await laterOn(page, '2026-12-14');
  await recordDecision(page, 'Onafhankelijke derde', 'Herstel met de juiste pakking is redelijk; een nieuwe ketel is niet nodig', '2026-12-14');
  await expectDone(page, 'Beslissing van Onafhankelijke derde', '2026-12-14');
  // Should she go further, the next step of the regeling is mediation.
  const next = await openStep(page, 'Escaleren');
  await expect(next.getByLabel('Naar')).toHaveValue('mediation');
  await expect(next).toContainText('Volgende stap volgens de klachtenregeling: Mediation');
  await next.getByRole('button', { name: 'Annuleren' }).click();

  // 3. The third party repairs on the agreed day; the office follows it.
  await laterOn(page, '2026-12-15');
  await takeStep(page, 'Oplossing uitgevoerd');
  await expect(term(page, 'Hersteldatum')).toContainText('gehaald op 15 december 2026');
  await expect(c.timeline).toContainText('Oplossing uitgevoerd door Ketelservice Nederland');
  await expectStatus(page, 'Oplossing uitgevoerd');

  // After the repair: is the complaint solved to satisfaction? The desk has it waiting for that question.
  await laterOn(page, '2026-12-18');
  await fromDesk(page, reference, 'Wacht op evaluatie');
  await expect(c.bar.getByRole('button', { name: 'Dossier sluiten' })).toBeDisabled();
  await takeStep(page, 'Evaluatie met klant vastleggen', (form) => form.getByLabel('Uitkomst van de evaluatie').fill('Ketel droog, mevrouw Bos is tevreden'));
  await expect(recorded(page, 'Evaluatie')).toHaveText('18 december 2026: Ketel droog, mevrouw Bos is tevreden');
  await expectStatus(page, 'Geëvalueerd');

  // 4. Friday 8 January 2027: the measure is in place and checked for effect; the file closes and is archived for 3 years.
  await laterOn(page, '2027-01-08');
  await finishCorrectiveAction(page, 'Pakkingen per keteltype standaard in de bus', '2027-01-08', 'Geen lekkages meer na onderhoud');
  await expectDone(page, 'Maatregelen ingevoerd en op effectiviteit getoetst', '2027-01-08');
  await closeFile(page, { reference, customer: 'Carla Bos', owner: 'Pieter Bakker', keepUntil: '8 januari 2030' }, '2027-01-08');
});

test('002 vakbedrijf: a customer who goes straight to the court passes over the independent third party and mediation, and the file says why', async ({ page }) => {
  await page.clock.setFixedTime(at('2026-11-16'));
  await page.goto('./#/instellingen/klachtenregeling');
  await passProfile(page);
  await expect(page.getByRole('heading', { name: `${PROCEDURE} · versie 1` })).toBeVisible();
  await recordComplaint(page, { name: 'Carla Bos', summary: 'Cv-ketel lekt na onderhoud' });

  const form = await openStep(page, 'Escaleren');
  // The regeling's step 6: together first, then an independent third party, mediation, arbitration or the court.
  await expect(form.getByLabel('Naar')).toHaveValue('onafhankelijke-derde');
  await expect(form).toContainText('Volgende stap volgens de klachtenregeling: Onafhankelijke derde');
  await form.getByLabel('Naar').selectOption({ label: 'Burgerlijke rechter' });
  await form.getByLabel('Ontvangen door instantie op').fill('16-11-2026');
  await form.getByRole('button', { name: 'Vastleggen' }).click();
  await expect(form).toContainText('Vul in waarom Onafhankelijke derde of Mediation wordt overgeslagen');
  await form.getByLabel('Reden om Onafhankelijke derde of Mediation over te slaan').fill('Mevrouw Bos heeft de rechter al ingeschakeld');
  await form.getByRole('button', { name: 'Vastleggen' }).click();
  await expect(form).toBeHidden();

  const said = 'Onafhankelijke derde of Mediation overgeslagen: Mevrouw Bos heeft de rechter al ingeschakeld';
  await expect(escalationItem(page, 'Burgerlijke rechter')).toContainText(said);
  await expect(card(page).timeline).toContainText(`Geëscaleerd naar Burgerlijke rechter, ontvangen op 16-11-2026; ${said}`);
});
