/**
 * Seed 000, a care and welfare organisation joined to DOKh (preset
 * "Klachtenregeling zorg en welzijn (aangesloten bij DOKh)"): acknowledgement
 * within two working days, first contact to understand the complaint and look
 * for a solution together, otherwise judgement by an employee who was not
 * involved after hoor en wederhoor, a written response within four weeks that
 * names the corrective actions, and for a client who is not satisfied a talk
 * with the director, the DOKh complaints officer and its dispute body.
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
  openStep,
  type Office,
  recordDecision,
  recordJudgement,
  recorded,
  refusedStep,
  sendLetter,
  setLetterhead,
  takeStep,
  term,
} from './steps';

// A walk takes a month of the office's time in a minute or so of the machine's: give it room on a busy machine.
test.slow();

const PROCEDURE = 'Klachtenregeling zorg en welzijn (aangesloten bij DOKh)';
const OFFICE: Office = {
  name: 'M@',
  address: ['Westhaven 63', '2801 PN Gouda'],
  phone: '0182-359823',
  email: 'info@m-et.nl',
  place: 'Gouda',
  signatory: 'Marloes Verbeek',
  signatoryFunction: 'Klachtenafhandeling',
  formOfAddress: 'je',
};

test('000 DOKh: a complaint goes from intake through first contact, hoor en wederhoor, judgement, response and the director to a closed file', async ({ page }) => {
  // Monday 16 November 2026: the complaint comes in by phone.
  await page.clock.setFixedTime(at('2026-11-16'));
  await addStaff(page, 'Ilse Jansen');
  await addStaff(page, 'Karin Smit');
  await chooseProcedure(page, PROCEDURE);
  await setLetterhead(page, OFFICE);

  const reference = await recordComplaint(page, {
    name: 'Anna de Wit',
    salutation: 'Mevrouw',
    email: 'anna.dewit@example.nl',
    street: 'Kleiweg 12',
    postcode: '2801 AB',
    city: 'Gouda',
    channel: 'Telefoon',
    summary: 'Begeleider kwam twee keer niet opdagen',
    description: 'De afspraken op 9 en 12 november gingen niet door en niemand liet iets weten.',
    involved: 'Karin Smit',
  });
  const c = card(page);
  await expect(c.workflow).toContainText(`${PROCEDURE}, versie 1`);
  // Two working days for the acknowledgement, four weeks for the written response; no extension in this regeling.
  await expect(term(page, 'Ontvangstbevestiging')).toContainText('18 november 2026');
  await expect(term(page, 'Ontvangstbevestiging')).toContainText('nog 2 werkdagen');
  await expect(term(page, 'Schriftelijke reactie')).toContainText('14 december 2026');
  await expect(term(page, 'Bericht verlenging')).toHaveCount(0);
  await expect(c.bar.getByRole('button', { name: 'Termijn verlengen' })).toHaveCount(0);

  await sendLetter(page, {
    type: 'Ontvangstbevestiging',
    says: ['Beste Anna,', 'Binnen 4 weken na ontvangst, dus uiterlijk op 14 december 2026'],
    // "uiterlijk vier weken": the regeling allows no extension, so the letter promises none.
    saysNot: ['meer tijd', 'nieuwe datum'],
    by: 'E-mail',
    meets: 'Ontvangst bevestigd',
  });
  await expect(term(page, 'Ontvangstbevestiging')).toContainText('gehaald op 16 november 2026');
  await expectStatus(page, 'Ontvangst bevestigd');

  // Tuesday: we call to check we understood the complaint and look for a solution together. None is found.
  await laterOn(page, '2026-11-17');
  await expect(checklistStep(page, 'Contact met de klant')).toContainText('volgende stap');
  await logContact(page, {
    kind: 'Telefoongesprek',
    direction: 'out',
    withWhom: 'Klant',
    name: 'Anna de Wit',
    notes: 'Klacht doorgenomen; samen geen oplossing gevonden: Anna wil dat afspraken niet meer zonder bericht vervallen',
  });
  await expectDone(page, 'Contact met de klant', '2026-11-17');
  await expect(c.bar.getByRole('button', { name: 'Direct opgelost', exact: true })).toBeVisible();
  // Rosters that drop appointments without notice need a change of working method: a serious complaint, never settled at first contact.
  await takeStep(page, 'Ernst beoordelen', async (form) => {
    await form.getByLabel('Ernstige klacht?').selectOption({ label: 'Ja: de klacht vraagt aanpassing van de werkwijze' });
    await form.getByLabel('Toelichting').fill('Het rooster meldt vervallen afspraken niet aan cliënten');
  });
  await expectDone(page, 'Ernstige klacht: vraagt aanpassing van de werkwijze', '2026-11-17');
  await expect(c.bar.getByRole('button', { name: 'Direct opgelost', exact: true })).toHaveCount(0);
  await c.workflow.getByText('Nog niet mogelijk').click();
  await expect(c.workflow.getByRole('button', { name: 'Direct opgelost', exact: true })).toHaveAccessibleDescription(
    'Een ernstige klacht, die aanpassing van de werkwijze vraagt, wordt niet bij het eerste contact afgehandeld: neem hem verder in behandeling',
  );
  await c.workflow.screenshot({ path: 'test-results/guards-000-serious.png' });

  // Further handling: judged by an employee who was not involved.
  await refusedStep(page, 'Behandelaar toewijzen', (form) => form.getByLabel('Behandelaar').selectOption({ label: 'Karin Smit' }), 'Karin Smit is betrokken bij deze klacht');
  await assignOwner(page, 'Ilse Jansen');
  await expectStatus(page, 'In behandeling');
  await expectDone(page, 'Behandelaar toegewezen', '2026-11-17');
  await expect(c.bar.getByRole('button', { name: 'Direct opgelost', exact: true })).toHaveCount(0);

  // Hoor en wederhoor: the client is invited, then the client and the employee she names are heard.
  await sendLetter(page, {
    type: 'Uitnodiging voor een gesprek',
    fill: (dialog) => dialog.getByLabel('Dag en tijd van het gesprek').fill('19-11-2026 14:00'),
    says: ['donderdag 19 november 2026 om 14.00 uur bij M@'],
  });
  await laterOn(page, '2026-11-19');
  await logContact(page, { kind: 'Gesprek op kantoor', direction: 'in', withWhom: 'Klant', name: 'Anna de Wit', notes: 'Anna vertelde hoe de gemiste afspraken haar week ontregelden' });
  await expect(checklistStep(page, 'Hoor en wederhoor')).not.toContainText('gedaan');
  // Each employee the complaint names has a line of their own, and the judgement waits for them.
  await expect(checklistStep(page, 'Karin Smit gehoord')).not.toContainText('gedaan');
  await c.workflow.getByText('Nog niet mogelijk').click();
  await expect(c.workflow.getByRole('button', { name: 'Oordeel vastleggen', exact: true })).toHaveAccessibleDescription(/Hoor en wederhoor: Karin Smit is nog niet gehoord/);
  await c.checklist.screenshot({ path: 'test-results/guards-000-hearing.png' });
  await logContact(page, { kind: 'Intern overleg', direction: 'out', withWhom: 'Medewerker', name: 'Karin Smit', notes: 'Karin was ingeroosterd maar kreeg de wijziging niet door' });
  await expectDone(page, 'Hoor en wederhoor', '2026-11-19');
  await expectDone(page, 'Karin Smit gehoord', '2026-11-19');

  // Monday 30 November: the judgement, its cause and the corrective action, then the written response that names them.
  await laterOn(page, '2026-11-30');
  await refusedStep(
    page,
    'Oordeel vastleggen',
    async (form) => {
      await form.getByLabel('Oordeel', { exact: true }).selectOption({ label: 'Deels gegrond' });
      await form.getByLabel('Motivering').fill('De afspraken vervielen zonder bericht; de vervanging was wel geregeld.');
      await form.getByLabel('Beoordeeld door').fill('Karin Smit');
    },
    'Karin Smit is betrokken bij deze klacht en mag hem niet beoordelen',
  );
  await recordJudgement(page, { verdict: 'Deels gegrond', reasoning: 'De afspraken vervielen zonder bericht; de vervanging was wel geregeld.', judges: 'Ilse Jansen' });
  await expectStatus(page, 'Beoordeeld');
  await expectDone(page, 'Oordeel', '2026-11-30');

  await takeStep(page, 'Oorzaak vastleggen', (form) => form.getByLabel('Oorzaak van de klacht').fill('Roosterwijzigingen werden niet aan de cliënt doorgegeven'));
  await expect(recorded(page, 'Oorzaak')).toHaveText('Roosterwijzigingen werden niet aan de cliënt doorgegeven');
  await expect(checklistStep(page, 'Oorzaak van de klacht onderzocht')).toContainText('gedaan');
  await addCorrectiveAction(page, { description: 'Roosterwijzigingen altijd per sms aan de cliënt melden', dueOn: '11-12-2026' });
  await expect(term(page, 'Corrigerende maatregel: Roosterwijzigingen')).toContainText('11 december 2026');

  await sendLetter(page, {
    type: 'Schriftelijke reactie op de klacht',
    says: ['we vinden je klacht deels gegrond', 'De afspraken vervielen zonder bericht', 'Roosterwijzigingen altijd per sms aan de cliënt melden', 'Directeur van M@', 'Klachtenfunctionaris van DOKh', 'Geschilleninstantie van DOKh'],
    // This regeling has no solution step: the letter names the corrective actions and leaves the solution paragraph out.
    saysNot: ['Oplossing:'],
    meets: 'Schriftelijke reactie verstuurd',
  });
  await expect(term(page, 'Schriftelijke reactie')).toContainText('gehaald op 30 november 2026');
  await expectDone(page, 'Schriftelijke reactie aan de klant', '2026-11-30');

  // Thursday 3 December: Anna is not satisfied and asks for a talk with the director.
  await laterOn(page, '2026-12-03');
  // The regeling's order: the director or the DOKh complaints officer first, the dispute body only after that.
  const escalation = await openStep(page, 'Escaleren');
  await expect(escalation.getByLabel('Naar')).toHaveValue('directie');
  await expect(escalation).toContainText('Volgende stap volgens de klachtenregeling: Directeur van M@ of Klachtenfunctionaris van DOKh');
  const skipReason = escalation.getByLabel('Reden om Directeur van M@ of Klachtenfunctionaris van DOKh over te slaan');
  await expect(skipReason).toHaveCount(0);
  await escalation.getByLabel('Naar').selectOption({ label: 'Geschilleninstantie van DOKh' });
  await escalation.getByRole('button', { name: 'Vastleggen' }).click();
  await expect(skipReason).toBeFocused();
  await expect(escalation).toContainText('Vul in waarom Directeur van M@ of Klachtenfunctionaris van DOKh wordt overgeslagen');
  // Anna takes the first step after all: no reason is asked.
  await escalation.getByLabel('Naar').selectOption({ label: 'Directeur van M@' });
  await expect(skipReason).toHaveCount(0);
  await escalate(page, { to: 'Directeur van M@', receivedOn: '03-12-2026', notes: 'Anna wil horen hoe het rooster voortaan gaat' });
  await expect(checklistStep(page, 'Beslissing van Directeur van M@')).toContainText('volgende stap');
  await laterOn(page, '2026-12-08');
  await recordDecision(page, 'Directeur van M@', 'Gesprek gevoerd; Anna is gerustgesteld door de sms-melding', '2026-12-08');
  await expectDone(page, 'Beslissing van Directeur van M@', '2026-12-08');
  await expectStatus(page, 'Beoordeeld');

  // Friday 11 December: the corrective action is in place; the file closes.
  await laterOn(page, '2026-12-11');
  await finishCorrectiveAction(page, 'Roosterwijzigingen altijd per sms aan de cliënt melden', '2026-12-11');
  await expectDone(page, 'Maatregelen ingevoerd', '2026-12-11');
  await closeFile(page, { reference, customer: 'Anna de Wit', owner: 'Ilse Jansen' }, '2026-12-11');
});

test('000 DOKh: a complaint solved together at the first contact is settled and closed', async ({ page }) => {
  await page.clock.setFixedTime(at('2026-11-16'));
  await chooseProcedure(page, PROCEDURE);
  await setLetterhead(page, OFFICE);
  const reference = await recordComplaint(page, {
    name: 'Jan Vos',
    salutation: 'De heer',
    street: 'Turfmarkt 4',
    postcode: '2801 HA',
    city: 'Gouda',
    summary: 'Factuur voor een gemiste afspraak',
    // Judged on the phone already, at intake: not serious, so settling it together is open.
    seriousness: 'Nee: samen met de klant naar een oplossing zoeken kan',
  });
  await expectDone(page, 'Geen ernstige klacht', '2026-11-16');
  await sendLetter(page, { type: 'Ontvangstbevestiging', says: ['Beste Jan,'], meets: 'Ontvangst bevestigd' });

  // The next day we call; together we find a solution, and record it: the complaint is settled.
  await laterOn(page, '2026-11-17');
  await takeStep(page, 'Direct opgelost', (form) => form.getByLabel('Wat is er afgesproken?').fill('De factuur wordt gecrediteerd'));
  await expectStatus(page, 'Direct opgelost');
  await expect(recorded(page, 'Direct opgelost')).toHaveText('17 november 2026: De factuur wordt gecrediteerd');
  await expectDone(page, 'Oplossing vastgelegd: klacht afgewikkeld', '2026-11-17');
  // Settling answers the complaint as a written response would, and nothing else is owed.
  await expect(term(page, 'Schriftelijke reactie')).toContainText('gehaald op 17 november 2026');
  await expect(checklistStep(page, 'Hoor en wederhoor')).toContainText('niet van toepassing');
  await expect(checklistStep(page, 'Oordeel')).toContainText('niet van toepassing');

  await closeFile(page, { reference, customer: 'Jan Vos' }, '2026-11-17');
});
