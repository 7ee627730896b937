/**
 * Seed 001, Klikklaar, an ICT service provider (preset "Klachtenregeling
 * dienstverlener met klachtencommissie en beroepscommissie"): a written
 * complaint within 12 months of the problem, acknowledged by the chair within
 * 2 weeks with the handling term of 4 weeks, and notice within those 4 weeks
 * when more time is needed. The chair asks the responsible employee and the
 * customer for information, discusses a material interest with management,
 * and the committee takes a reasoned position in writing. An appeal goes to
 * the appeal committee, which decides within 8 weeks; its ruling binds. The
 * file is kept one year; after every complaint management considers
 * structural measures.
 */
import { expect, test } from '@playwright/test';
import { recordComplaint } from '../helpers';
import {
  addStaff,
  assignOwner,
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

const PROCEDURE = 'Klachtenregeling dienstverlener met klachtencommissie en beroepscommissie';
const APPEAL = 'Beroepscommissie (onafhankelijk voorzitter CR Makarawung)';
const OFFICE: Office = {
  name: 'Klikklaar',
  address: ['Newtonlaan 115', '3584 BH Utrecht'],
  phone: '030-7654321',
  email: 'NCJansen@klikklaar.com',
  place: 'Utrecht',
  signatory: 'NC Jansen',
  signatoryFunction: 'Voorzitter klachtencommissie',
  formOfAddress: 'u',
};

test('001 Klikklaar: a written complaint goes from the chair’s acknowledgement through both sides, management, an extension, the committee’s position and an appeal to a closed file', async ({ page }) => {
  // Monday 16 November 2026: Ruud Peters mails the chair a formal complaint about a problem of 2 November.
  await page.clock.setFixedTime(at('2026-11-16'));
  await addStaff(page, 'NC Jansen', ['Behandelaar', 'Klachtencommissie']);
  await addStaff(page, 'Pieter Bakker');
  await chooseProcedure(page, PROCEDURE);
  await setLetterhead(page, OFFICE);

  const reference = await recordComplaint(page, {
    name: 'Ruud Peters',
    salutation: 'De heer',
    email: 'ruud@petersadvies.nl',
    street: 'Biltstraat 20',
    postcode: '3572 BC',
    city: 'Utrecht',
    channel: 'E-mail',
    summary: 'Migratie naar nieuwe mailserver mislukt',
    description: 'Na de migratie op 2 november missen drie mailboxen alle berichten van voor die datum.',
    problemArisenOn: '02-11-2026',
    involved: 'Pieter Bakker',
    // Not ticked here: the regeling treats every complaint as confidential, so the intake proposes it.
    confidentialProposed: true,
  });
  const c = card(page);
  await expect(c.facts).toContainText('Vertrouwelijk');
  await expect(c.workflow).toContainText(`${PROCEDURE}, versie 1`);
  // Within the 12 months: no admissibility to decide.
  await expect(c.checklist).not.toContainText('Ingediend na de termijn');
  await expect(c.bar.getByRole('button', { name: 'Niet-ontvankelijk verklaren' })).toHaveCount(0);
  await expect(term(page, 'Ontvangstbevestiging')).toContainText('30 november 2026');
  await expect(term(page, 'Schriftelijke reactie')).toContainText('14 december 2026');
  await expect(term(page, 'Bericht verlenging')).toContainText('14 december 2026');

  // The chair keeps the file.
  await assignOwner(page, 'NC Jansen');
  await expectStatus(page, 'In behandeling');

  // Tuesday: the acknowledgement names the handling term of 4 weeks.
  await laterOn(page, '2026-11-17');
  await sendLetter(page, {
    type: 'Ontvangstbevestiging',
    says: ['Geachte heer Peters,', 'Binnen 4 weken na ontvangst, dus uiterlijk op 14 december 2026'],
    by: 'E-mail',
    meets: 'Ontvangst bevestigd',
  });
  await expect(term(page, 'Ontvangstbevestiging')).toContainText('gehaald op 17 november 2026');
  await expectDone(page, 'Ontvangstbevestiging aan de klant', '2026-11-17');

  // The chair asks the responsible employee, then the customer, for more information.
  await logContact(page, { kind: 'Intern overleg', direction: 'out', withWhom: 'Medewerker', name: 'Pieter Bakker', notes: 'Pieter: de oude server is na de migratie volgens planning gewist' });
  await expect(checklistStep(page, 'Hoor en wederhoor')).not.toContainText('gedaan');
  await sendLetter(page, {
    type: 'Verzoek om aanvullende informatie',
    fill: (dialog) => dialog.getByLabel('Welke informatie is nodig?').fill('Welke mailboxen missen berichten, en vanaf welke datum?'),
    says: ['Welke mailboxen missen berichten, en vanaf welke datum?'],
    by: 'E-mail',
  });
  await laterOn(page, '2026-11-23');
  await logContact(page, { kind: 'E-mail', direction: 'in', withWhom: 'Klant', name: 'Ruud Peters', notes: 'Drie mailboxen missen alles van voor 2 november' });
  await expect(checklistStep(page, 'Hoor en wederhoor')).toContainText('gedaan');

  // A claim for lost work is a material interest: the chair discusses it with management.
  await takeStep(page, 'Overleg met directie vastleggen', async (form) => {
    await form.getByLabel('Reden').selectOption({ label: 'Materieel of financieel belang' });
    await form.getByLabel('Uitkomst van het overleg').fill('Geen vergoeding zonder fout van Klikklaar; het archief wordt wel kosteloos teruggezet');
  });
  await expectDone(page, 'Bij een materieel of financieel belang', '2026-11-23');

  // Monday 7 December, within the 4 weeks: more time is needed, and Mr Peters is told until when.
  await laterOn(page, '2026-12-07');
  await sendLetter(page, {
    type: 'Verlengingsbericht',
    fill: async (dialog) => {
      await dialog.getByLabel('Nieuwe uiterste datum').fill('28-12-2026');
      await dialog.getByLabel('Reden van verlenging').fill('De leverancier van de mailserver onderzoekt de logbestanden.');
    },
    says: ['U ontvangt onze schriftelijke reactie uiterlijk op 28 december 2026', 'De leverancier van de mailserver onderzoekt de logbestanden.'],
    by: 'E-mail',
    meets: 'Termijn verlengen',
  });
  await expect(term(page, 'Bericht verlenging')).toContainText('gehaald op 7 december 2026');
  await expect(term(page, 'Reactie na verlenging')).toContainText('28 december 2026');

  // Monday 21 December: the committee's definitive position, in writing with its arguments.
  await laterOn(page, '2026-12-21');
  await recordJudgement(page, {
    verdict: 'Ongegrond',
    reasoning: 'De berichten stonden in het archief van de oude server, dat volgens afspraak na de migratie is gewist.',
    proposed: 'NC Jansen, K. Bruurmijn',
  });
  await expect(recorded(page, 'Oordeel')).toContainText('door NC Jansen, K. Bruurmijn');
  await sendLetter(page, {
    type: 'Schriftelijke reactie op de klacht',
    says: ['wij vinden uw klacht ongegrond', 'volgens afspraak na de migratie is gewist', APPEAL, 'Stadswal 61a', 'Burgerlijke rechter'],
    // An unfounded complaint has no solution and no measures: the letter leaves both paragraphs out.
    saysNot: ['Oplossing:', 'herhaling te voorkomen'],
    by: 'E-mail',
    meets: 'Schriftelijke reactie verstuurd',
  });
  await expect(term(page, 'Reactie na verlenging')).toContainText('gehaald op 21 december 2026');
  await expectDone(page, 'Schriftelijke reactie aan de klant', '2026-12-21');

  // Monday 4 January 2027: Mr Peters appeals; the appeal committee decides within 8 weeks of receipt.
  await laterOn(page, '2027-01-04');
  await escalate(page, { to: APPEAL, receivedOn: '04-01-2027', notes: 'Bezwaar: de klant wist niet dat de oude server gewist zou worden', decideBy: '1 maart 2027' });
  await expect(term(page, `Besluit instantie: ${APPEAL}`)).toContainText('1 maart 2027');
  // When the appeal committee cannot decide in time it records a new term: see the test below.

  // Monday 22 February: the binding ruling of the appeal committee.
  await laterOn(page, '2027-02-22');
  await recordDecision(page, APPEAL, 'Beroep ongegrond; het standpunt van de klachtencommissie blijft staan', '2027-02-22');
  await expect(term(page, `Besluit instantie: ${APPEAL}`)).toContainText('gehaald op 22 februari 2027');
  await expectStatus(page, 'Beoordeeld');

  // Kept one year after handling.
  await closeFile(page, { reference, customer: 'Ruud Peters', owner: 'NC Jansen', keepUntil: '22 februari 2028' }, '2027-02-22');

  // After handling, management considers measures against repetition and notes them in the file.
  await page.getByRole('table', { name: 'Klachtenlijst' }).getByRole('link', { name: reference }).click();
  await expect(checklistStep(page, 'Directie: maatregelen tegen herhaling')).toContainText('volgende stap');
  await takeStep(page, 'Structurele maatregelen vastleggen', (form) =>
    form.getByLabel('Besluit van de directie over structurele maatregelen').fill('Voortaan tekent de klant vooraf af welke gegevens na een migratie worden gewist'),
  );
  await expect(recorded(page, 'Structurele maatregelen')).toHaveText('Voortaan tekent de klant vooraf af welke gegevens na een migratie worden gewist');
  await expect(checklistStep(page, 'Directie: maatregelen tegen herhaling')).toContainText('gedaan');
  await expectStatus(page, 'Gesloten');
});

test('001 Klikklaar: a complaint submitted more than 12 months after the problem is declared inadmissible, told so by letter, and leaves the desk', async ({ page }) => {
  await page.clock.setFixedTime(at('2026-11-16'));
  await addStaff(page, 'NC Jansen', ['Behandelaar', 'Klachtencommissie']);
  await chooseProcedure(page, PROCEDURE);
  await setLetterhead(page, OFFICE);
  const reference = await recordComplaint(page, {
    name: 'Ruud Peters',
    salutation: 'De heer',
    street: 'Biltstraat 20',
    postcode: '3572 BC',
    city: 'Utrecht',
    channel: 'E-mail',
    summary: 'Website in 2025 slecht opgeleverd',
    problemArisenOn: '01-09-2025',
  });
  const c = card(page);
  await expect(checklistStep(page, 'Ingediend na de termijn van 12 maanden')).toContainText('volgende stap');
  await sendLetter(page, { type: 'Ontvangstbevestiging', says: ['Geachte heer Peters,'], by: 'E-mail', meets: 'Ontvangst bevestigd' });

  await takeStep(page, 'Niet-ontvankelijk verklaren', (form) => form.getByLabel('Reden').fill('De klacht is ingediend meer dan twaalf maanden nadat het probleem ontstond.'));
  await expectStatus(page, 'Niet-ontvankelijk');
  await expectDone(page, 'Ingediend na de termijn van 12 maanden', '2026-11-16');
  await expect(term(page, 'Schriftelijke reactie')).toHaveCount(0);
  await expect(term(page, 'Bewaren tot')).toContainText('16 november 2027');
  await expect(c.bar.getByRole('button', { name: 'Oordeel vastleggen' })).toHaveCount(0);

  await sendLetter(page, {
    type: 'Klacht niet in behandeling (niet-ontvankelijk)',
    says: ['Helaas kunnen wij haar niet in behandeling nemen', 'De klacht is ingediend meer dan twaalf maanden nadat het probleem ontstond.'],
    by: 'E-mail',
  });

  await page.goto('./#/bureau');
  await expect(page.getByRole('region', { name: 'Niet toegewezen', exact: true })).toContainText('Elke open klacht heeft een behandelaar.');
  await expect(page.getByRole('link', { name: new RegExp(reference) })).toHaveCount(0);
  await page.goto('./#/klachten');
  await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Niet-ontvankelijk' });
  const row = page.getByRole('table', { name: 'Klachtenlijst' }).getByRole('row', { name: new RegExp(reference) });
  await expect(row.getByRole('cell').nth(4)).toHaveText('Niet-ontvankelijk');
  await expect(row.getByRole('cell').nth(5)).toHaveText('—');
});

test('001 Klikklaar: an appeal against a founded complaint is taken only when the customer disputes the proposed solution', async ({ page }) => {
  await page.clock.setFixedTime(at('2026-11-16'));
  await chooseProcedure(page, PROCEDURE);
  await recordComplaint(page, { name: 'Ruud Peters', summary: 'Migratie naar nieuwe mailserver mislukt', problemArisenOn: '02-11-2026' });
  await recordJudgement(page, { verdict: 'Gegrond', reasoning: 'De migratie is niet volgens plan uitgevoerd; wij zetten het archief kosteloos terug.' });

  const form = await openStep(page, 'Escaleren');
  await expect(form.getByLabel('Naar')).toHaveValue('beroepscommissie');
  const disputed = form.getByLabel('De klant is het oneens met de voorgestelde oplossing');
  await form.getByRole('button', { name: 'Vastleggen' }).click();
  await expect(form.getByRole('alert')).toHaveText(
    `${APPEAL} behandelt een bezwaar alleen als de klacht ongegrond is verklaard of als de klant het oneens is met de voorgestelde oplossing`,
  );
  await disputed.check();
  await form.getByRole('button', { name: 'Vastleggen' }).click();
  await expect(form).toBeHidden();
  await expect(escalationItem(page, APPEAL)).toContainText('grond: de klant is het oneens met de voorgestelde oplossing');
  await expect(card(page).timeline).toContainText('grond: de klant is het oneens met de voorgestelde oplossing');
  // The court stays open at any time: choosing it asks nothing about the solution.
  await openStep(page, 'Escaleren');
  await expect(form.getByLabel('Naar')).toHaveValue('rechter');
  await expect(disputed).toHaveCount(0);
});

test('001 Klikklaar: when the appeal committee cannot decide within 8 weeks, its new term is recorded with the notice to the customer', async ({ page }) => {
  await page.clock.setFixedTime(at('2026-11-16'));
  await chooseProcedure(page, PROCEDURE);
  await recordComplaint(page, { name: 'Ruud Peters', summary: 'Migratie naar nieuwe mailserver mislukt', problemArisenOn: '02-11-2026' });
  await recordJudgement(page, { verdict: 'Ongegrond', reasoning: 'Volgens afspraak uitgevoerd.' });
  await takeStep(page, 'Schriftelijke reactie verstuurd');
  await escalate(page, { to: APPEAL, receivedOn: '16-11-2026', decideBy: '11 januari 2027' });
  await laterOn(page, '2027-01-04');
  const appeal = escalationItem(page, APPEAL);
  await appeal.getByRole('button', { name: /Termijn .*verlengen/ }).click();
  await appeal.getByLabel(/Nieuwe (uiterste )?datum/).fill('08-02-2027');
  await appeal.getByLabel(/Reden/).fill('De voorzitter wacht op een technisch advies.');
  await appeal.getByRole('button', { name: /Vastleggen/ }).click();
  await expect(term(page, `Besluit instantie: ${APPEAL}`)).toContainText('8 februari 2027');
  await expect(appeal).toContainText('verlengd tot 8 februari 2027: De voorzitter wacht op een technisch advies.');
  await expect(card(page).timeline).toContainText('verlengd tot 08-02-2027: De voorzitter wacht op een technisch advies.');
  await expect(appeal.getByRole('button', { name: /Termijn .*verlengen/ })).toHaveCount(0);
});
