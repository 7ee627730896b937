/**
 * Seed 004, a care business with practitioners and a complaints coordinator
 * (preset "Klachtenprotocol met coördinator klachten"): the coordinator
 * acknowledges within 5 working days, keeps a digital copy of the complaint
 * and of the acknowledgement on the pinboard and the progress under contacts,
 * decides who owns the complaint and who contacts the customer (usually asked
 * to come in), checks the status with the owner after 2 weeks, consults
 * management when the owner cannot handle it, evaluates the course with the
 * customer, and closes the file only once the customer agrees. No response
 * term, no escalation, no retention named.
 */
import { expect, test } from '@playwright/test';
import { tinyPdf } from '../fixtures/files';
import { recordComplaint } from '../helpers';
import {
  addStaff,
  assignOwner,
  at,
  card,
  checklistStep,
  chooseProcedure,
  closeFile,
  expectDone,
  expectStatus,
  fromDesk,
  laterOn,
  logContact,
  openStep,
  recorded,
  sendLetter,
  setLetterhead,
  takeStep,
  term,
  type Office,
} from './steps';

test.slow();

const PROCEDURE = 'Klachtenprotocol met coördinator klachten';
const OFFICE: Office = {
  name: 'Hoorzorg en Orthopedie De Brug',
  address: ['Brugstraat 2', '6511 AA Nijmegen'],
  phone: '024-3456789',
  email: 'klachten@debrug.nl',
  place: 'Nijmegen',
  signatory: 'Sanne de Balie',
  signatoryFunction: 'Coördinator klachten',
  formOfAddress: 'u',
};

test('004 coordinator: a complaint goes from the coordinator’s intake through the owner, a visit, the status check, management, the solution, evaluation and agreement to a closed file', async ({ page }) => {
  // Monday 16 November 2026: the coordinator receives a dissatisfaction form from management.
  await page.clock.setFixedTime(at('2026-11-16'));
  await addStaff(page, 'Pieter Bakker');
  await addStaff(page, 'Karin Smit');
  await chooseProcedure(page, PROCEDURE);
  await setLetterhead(page, OFFICE);

  const reference = await recordComplaint(page, {
    name: 'Greet Hoekstra',
    salutation: 'Mevrouw',
    street: 'Waalkade 10',
    postcode: '6511 XR',
    city: 'Nijmegen',
    channel: 'Formulier',
    summary: 'Steunzolen knellen na aanpassing',
    involved: 'Karin Smit',
  });
  const c = card(page);
  await expect(c.workflow).toContainText(`${PROCEDURE}, versie 1`);
  await expect(term(page, 'Ontvangstbevestiging')).toContainText('23 november 2026');
  // No response term: "zo snel mogelijk een passende oplossing".
  await expect(term(page, 'Schriftelijke reactie')).toHaveCount(0);

  // A digital copy of the complaint on the pinboard.
  await page.getByLabel('Bestanden kiezen').setInputFiles({ name: 'ontevredenheidsformulier.pdf', mimeType: 'application/pdf', buffer: tinyPdf() });
  await expect(c.files.getByRole('row', { name: /ontevredenheidsformulier\.pdf/ })).toBeVisible();

  // The acknowledgement, and its copy on the pinboard too.
  await sendLetter(page, {
    type: 'Ontvangstbevestiging',
    // The regeling names no response term ("zo snel mogelijk een passende oplossing"): the letter promises contact, no date.
    says: ['Geachte mevrouw Hoekstra,', 'ontvangen over: steunzolen knellen na aanpassing.', 'Wij nemen zo snel mogelijk contact met u op'],
    saysNot: ['schriftelijke reactie', 'uiterlijk op'],
    meets: 'Ontvangst bevestigd',
  });
  await expect(c.files.getByRole('row', { name: /Ontvangstbevestiging/ })).toBeVisible();
  await expect(term(page, 'Ontvangstbevestiging')).toContainText('gehaald op 16 november 2026');

  // The coordinator decides who owns the complaint; the protocol forbids no one, not even the practitioner it is about.
  await expect(checklistStep(page, 'Behandelaar (eigenaar van de klacht) toegewezen')).toBeVisible();
  // …and agrees who contacts the customer: the assignment is not recorded without it.
  const assign = await openStep(page, 'Behandelaar toewijzen');
  await assign.getByLabel('Behandelaar', { exact: true }).selectOption({ label: 'Pieter Bakker' });
  await assign.getByRole('button', { name: 'Vastleggen' }).click();
  await expect(assign.getByLabel('Wie neemt contact op met de klant?')).toHaveAccessibleDescription(/Kies wie contact opneemt met de klant/);
  await assignOwner(page, 'Pieter Bakker', 'De behandelaar');
  await expect(c.timeline).toContainText('Behandelaar: Pieter Bakker; contact met de klant: de behandelaar');
  await expect(recorded(page, 'Contact met de klant door')).toHaveText('De behandelaar');
  await expectStatus(page, 'In behandeling');
  await expect(term(page, 'Statuscontrole')).toContainText('30 november 2026');

  // The customer is asked to come to the business; the visit goes in the file under contacts.
  await sendLetter(page, {
    type: 'Uitnodiging voor een gesprek',
    fill: (dialog) => dialog.getByLabel('Dag en tijd van het gesprek').fill('19-11-2026 10:30'),
    says: ['donderdag 19 november 2026 om 10.30 uur bij Hoorzorg en Orthopedie De Brug'],
  });
  await laterOn(page, '2026-11-19');
  await logContact(page, { kind: 'Gesprek op kantoor', direction: 'in', withWhom: 'Klant', name: 'Greet Hoekstra', notes: 'Zolen gecontroleerd: te smal bij de bal van de voet' });

  // Monday 30 November, two weeks on: the coordinator asks the owner how it stands, from the desk.
  await laterOn(page, '2026-11-30');
  await page.goto('./#/bureau');
  const checks = page.getByRole('region', { name: 'Statuscontroles', exact: true });
  await checks.getByRole('button', { name: `Statuscontrole vastleggen ${reference}` }).click();
  const check = checks.getByRole('form', { name: 'Statuscontrole vastleggen' });
  await check.getByLabel('Wat is besproken?').fill('Pieter krijgt de pasvorm niet goed; tweede aanpassing hielp niet');
  await check.getByLabel('Volgende stap').fill('Overleg met de directie');
  await page.keyboard.press('Control+Enter');
  await expect(checks).toContainText('Vandaag is geen statuscontrole nodig.');
  await page.goto('./#/klachten');
  await page.getByRole('table', { name: 'Klachtenlijst' }).getByRole('link', { name: reference }).click();
  await expectDone(page, 'Statuscontrole bij de behandelaar', '2026-11-30');
  await expect(term(page, 'Statuscontrole')).toContainText('14 december 2026');

  // The owner cannot handle it properly: "te allen tijden" management is consulted before it goes on.
  await takeStep(page, 'Behandelaar kan het niet afhandelen', (form) => form.getByLabel('Waarom lukt het de behandelaar niet?').fill('Tweede aanpassing hielp niet'));
  const missing = 'De behandelaar kan de klacht niet goed afhandelen (gemeld op 30-11-2026). Overleg eerst met de directie hoe verder te handelen: het overleg met de directie ontbreekt nog.';
  await c.workflow.getByText(/^Nog niet mogelijk/).click();
  await expect(c.workflow.getByRole('button', { name: 'Oplossing afspreken', exact: true })).toHaveAccessibleDescription(missing);
  await expect(checklistStep(page, 'Kan de behandelaar de klacht niet afhandelen')).toContainText('volgende stap');
  await takeStep(page, 'Overleg met directie vastleggen', async (form) => {
    // The form starts on the ground just reported.
    await expect(form.getByLabel('Reden')).toHaveValue('owner_cannot_handle');
    await form.getByLabel('Uitkomst van het overleg').fill('De senior orthopedisch schoentechnicus meet de zolen opnieuw aan');
  });
  await expectDone(page, 'Kan de behandelaar de klacht niet afhandelen', '2026-11-30');

  // Tuesday 1 December: no verdict under this protocol (nobody declares it founded or not), a solution agreed with a date.
  await laterOn(page, '2026-12-01');
  await expect(c.workflow.getByRole('button', { name: 'Oordeel vastleggen' })).toHaveCount(0);
  await expect(c.checklist).not.toContainText('gegrond');
  await takeStep(page, 'Oplossing afspreken', async (form) => {
    await form.getByLabel('Oplossing', { exact: true }).fill('Nieuwe zolen aanmeten door de senior schoentechnicus');
    await form.getByLabel('Afgesproken hersteldatum').fill('10-12-2026');
  });
  await expect(term(page, 'Hersteldatum')).toContainText('10 december 2026');
  // Interim written communication goes in the file. The reply names the agreed solution; this protocol has no verdict, so the letter gives none.
  await sendLetter(page, {
    type: 'Schriftelijke reactie op de klacht',
    says: ['Nieuwe zolen aanmeten door de senior schoentechnicus'],
    // No verdict and no corrective measures under this regeling: the letter leaves those paragraphs out.
    saysNot: ['Ons oordeel', 'gegrond', 'herhaling te voorkomen'],
    meets: 'Schriftelijke reactie verstuurd',
  });
  await expectDone(page, 'Oplossing aan de klant gemeld', '2026-12-01');

  // Thursday 10 December: the new soles fit; the desk now has it waiting for the evaluation.
  await laterOn(page, '2026-12-10');
  await takeStep(page, 'Oplossing uitgevoerd');
  await expect(term(page, 'Hersteldatum')).toContainText('gehaald op 10 december 2026');
  await expectStatus(page, 'Oplossing uitgevoerd');
  await expect(term(page, 'Statuscontrole')).toContainText('14 december 2026');

  // Monday 14 December: the coordinator evaluates the course with the customer; closing waits for her agreement.
  await laterOn(page, '2026-12-14');
  await fromDesk(page, reference, 'Wacht op evaluatie');
  await takeStep(page, 'Evaluatie met klant vastleggen', (form) => form.getByLabel('Uitkomst van de evaluatie').fill('Tevreden over de tweede aanmeting, minder over de wachttijd'));
  await expect(recorded(page, 'Evaluatie')).toHaveText('14 december 2026: Tevreden over de tweede aanmeting, minder over de wachttijd');
  await expectStatus(page, 'Geëvalueerd');
  // Handled and evaluated: no more status checks with the owner.
  await expect(term(page, 'Statuscontrole')).toHaveCount(0);
  await fromDesk(page, reference, 'Wacht op akkoord klant');
  await expect(c.bar.getByRole('button', { name: 'Dossier sluiten' })).toHaveAccessibleDescription('De klacht kan pas worden gesloten nadat de klant akkoord heeft gegeven');
  await takeStep(page, 'Akkoord van klant vastleggen', (form) => form.getByLabel('Toelichting').fill('de nieuwe zolen zitten goed en mevrouw Hoekstra gaat akkoord met de afhandeling.'));
  await expectDone(page, 'Akkoord van de klant', '2026-12-14');
  await expect(checklistStep(page, 'Dossier gesloten')).toContainText('volgende stap');

  // The closing letter says what was agreed.
  await sendLetter(page, {
    type: 'Afsluitbrief',
    says: ['de nieuwe zolen zitten goed en mevrouw Hoekstra gaat akkoord met de afhandeling.'],
  });

  await closeFile(page, { reference, customer: 'Greet Hoekstra', owner: 'Pieter Bakker' }, '2026-12-14');
});
