/**
 * The vocabulary of the procedure walks: each walk takes one complaint from
 * intake to a closed file under one preset, through the screens only (labels
 * and roles, the keyboard where a person would use it), so a walk reads like
 * the regeling it follows. Every helper checks what its own step changed.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { passProfile } from '../helpers';

/* ---------- the clock ---------- */

/**
 * 10:00 in Amsterdam on `day` (yyyy-mm-dd). The walks run between November
 * and March, in winter time; a day in summer time would be an hour off, so it
 * is refused rather than silently shifted.
 */
export function at(day: string): Date {
  const month = Number(day.slice(5, 7));
  if (month > 3 && month < 11) throw new Error(`${day} falls in summer time; the walks keep to winter days`);
  return new Date(`${day}T10:00:00+01:00`);
}

/** dd-mm-jjjj, as the date fields take it and the card shows "Vandaag". */
export function dutch(day: string): string {
  return `${day.slice(8, 10)}-${day.slice(5, 7)}-${day.slice(0, 4)}`;
}

/** The walk goes on on a later day: the clock moves on and the screen is read afresh, as the next morning. */
export async function laterOn(page: Page, day: string): Promise<void> {
  await page.clock.setFixedTime(at(day));
  await page.reload();
  await passProfile(page);
  await expect(page.getByText(`Vandaag: ${dutch(day)}`)).toBeVisible();
}

/* ---------- the office ---------- */

const ROLES = ['Balie / telefoon', 'Klachtencoördinator', 'Behandelaar', 'Directie', 'Klachtencommissie'] as const;
export type Role = (typeof ROLES)[number];

/** Adds a colleague under Instellingen › Medewerkers with exactly these roles. */
export async function addStaff(page: Page, name: string, roles: readonly Role[] = ['Behandelaar']): Promise<void> {
  await page.goto('./#/instellingen/medewerkers');
  await passProfile(page);
  await page.getByRole('button', { name: 'Medewerker toevoegen' }).click();
  const form = page.getByRole('form', { name: 'Medewerker opslaan' });
  await form.getByLabel('Naam medewerker').fill(name);
  for (const role of ROLES) await form.getByLabel(role, { exact: true }).setChecked(roles.includes(role));
  await form.getByRole('button', { name: 'Medewerker opslaan' }).click();
  await expect(page.getByRole('table', { name: 'Medewerkers' }).getByRole('row', { name: new RegExp(name) })).toBeVisible();
}

/** Picks one of the example procedures under Instellingen › Klachtenregeling; new complaints follow it. */
export async function chooseProcedure(page: Page, name: string): Promise<void> {
  await page.goto('./#/instellingen/klachtenregeling');
  await passProfile(page);
  await page.getByRole('button', { name: 'Andere voorbeeldregeling kiezen' }).click();
  await page.getByRole('button', { name: `Gebruik ${name}` }).click();
  await expect(page.getByRole('heading', { name: `${name} · versie 1` })).toBeVisible();
}

export interface Office {
  name: string;
  address: readonly string[];
  phone: string;
  email: string;
  place: string;
  signatory: string;
  signatoryFunction: string;
  /** How the regeling addresses customers. */
  formOfAddress: 'u' | 'je';
}

/** Fills in the letterhead, so letters carry the office's details; its form of address must already be the regeling's. */
export async function setLetterhead(page: Page, office: Office): Promise<void> {
  await page.goto('./#/instellingen/briefpapier');
  await passProfile(page);
  const form = page.getByRole('form', { name: 'Briefpapier' });
  await form.getByLabel('Naam kantoor').fill(office.name);
  await form.getByLabel('Adres').fill(office.address.join('\n'));
  await form.getByLabel('Telefoon').fill(office.phone);
  await form.getByLabel('E-mail').fill(office.email);
  await form.getByLabel('Plaatsnaam').fill(office.place);
  await form.getByLabel('Ondertekenaar (naam)').fill(office.signatory);
  await form.getByLabel('Functie ondertekenaar').fill(office.signatoryFunction);
  // Not set by hand: choosing the regeling already set its form of address (000 and 003 "je").
  await expect(form.getByLabel(office.formOfAddress === 'je' ? 'je (informeel)' : 'u (formeel)')).toBeChecked();
  await form.getByRole('button', { name: 'Briefpapier opslaan' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Briefpapier opgeslagen' })).toBeVisible();
}

/* ---------- the card ---------- */

export function card(page: Page) {
  const workflow = page.getByRole('region', { name: 'Klachtenregeling' });
  return {
    heading: page.getByRole('heading', { level: 1 }),
    facts: page.getByRole('list', { name: 'Kerngegevens' }),
    workflow,
    bar: workflow.getByRole('group', { name: 'Stappen die nu kunnen' }),
    terms: workflow.getByRole('table', { name: 'Termijnen' }),
    checklist: workflow.getByRole('list', { name: 'Stappen van de klachtenregeling' }),
    record: page.getByRole('region', { name: 'Afhandeling' }),
    timeline: page.getByRole('region', { name: 'Voortgang' }),
    files: page.getByRole('region', { name: /Prikbord/ }).getByRole('table', { name: 'Vastgepinde bestanden' }),
  };
}

/** What the card's "Afhandeling" says under one heading (Oordeel, Oplossing, Gesloten, …). */
export function recorded(page: Page, label: string): Locator {
  return card(page)
    .record.locator('div')
    .filter({ has: page.getByRole('term').filter({ hasText: new RegExp(`^${escape(label)}$`) }) })
    .getByRole('definition');
}

/** One term on the card: its row in "Termijnen". */
export function term(page: Page, name: string): Locator {
  return card(page).terms.getByRole('row', { name: new RegExp(`^${escape(name)}`) });
}

/** One step of the regeling in the card's checklist, found by the start of its text. */
export function checklistStep(page: Page, start: string): Locator {
  return card(page).checklist.getByRole('listitem').filter({ hasText: new RegExp(`^.?\\s*${escape(start)}`) });
}

/** The step of the regeling is done on that day. */
export async function expectDone(page: Page, start: string, day: string): Promise<void> {
  await expect(checklistStep(page, start)).toContainText(`gedaan op ${long(day)}`);
}

export async function expectStatus(page: Page, status: string): Promise<void> {
  await expect(card(page).facts.getByText(status, { exact: true })).toBeVisible();
}

/** Opens a step from "Stappen die nu kunnen" and returns its form. */
export async function openStep(page: Page, label: string): Promise<Locator> {
  const form = page.getByRole('form', { name: label });
  if (!(await form.isVisible())) {
    const button = card(page).bar.getByRole('button', { name: label, exact: true });
    await expect(button, `the step "${label}" is offered now`).toBeEnabled();
    await button.click();
  }
  await expect(form).toBeVisible();
  return form;
}

/** Takes a step: opens its form, fills it, records it, and waits until the form has closed: recorded. */
export async function takeStep(page: Page, label: string, fill: (form: Locator) => Promise<unknown> = async () => undefined): Promise<void> {
  const form = await openStep(page, label);
  await fill(form);
  // Typing leaves the focus in the form, and Ctrl+Enter records from any field; a choice made without typing is recorded with the button.
  const focusInForm = await form.evaluate((element) => element.contains(document.activeElement));
  if (focusInForm) await page.keyboard.press('Control+Enter');
  else await form.getByRole('button', { name: 'Vastleggen' }).click();
  await expect(form).toBeHidden();
}

/** A step the app refuses: the reason shows in the form, which stays open with what was typed. */
export async function refusedStep(page: Page, label: string, fill: (form: Locator) => Promise<unknown>, reason: string | RegExp): Promise<Locator> {
  const form = await openStep(page, label);
  await fill(form);
  await form.getByRole('button', { name: 'Vastleggen' }).click();
  await expect(form.getByRole('alert')).toContainText(reason);
  return form;
}

/** `contactBy`: who contacts the customer, where the regeling agrees it at the assignment (004). */
export async function assignOwner(page: Page, owner: string, contactBy?: 'De behandelaar' | 'De coördinator klachten'): Promise<void> {
  await takeStep(page, 'Behandelaar toewijzen', async (form) => {
    await form.getByLabel('Behandelaar', { exact: true }).selectOption({ label: owner });
    if (contactBy) await form.getByLabel('Wie neemt contact op met de klant?').selectOption({ label: contactBy });
  });
  await expect(card(page).timeline).toContainText(`Behandelaar: ${owner}`);
}

export interface Contact {
  kind: 'Telefoongesprek' | 'E-mail' | 'Brief' | 'Gesprek op kantoor' | 'Bezoek ter plaatse' | 'Huisbezoek' | 'Intern overleg';
  /** Who made the contact: we did (out) or they did (in). */
  direction: 'in' | 'out';
  withWhom: 'Klant' | 'Medewerker' | 'Derde';
  name: string;
  notes: string;
}

/** A conversation, visit or message for the file: hoor en wederhoor and the progress of the complaint. */
export async function logContact(page: Page, contact: Contact): Promise<void> {
  await takeStep(page, 'Contact vastleggen', async (form) => {
    await form.getByLabel('Soort contact').selectOption({ label: contact.kind });
    await form.getByLabel('Richting').selectOption({ label: contact.direction === 'in' ? 'Inkomend (klant of ander nam contact op)' : 'Uitgaand (wij namen contact op)' });
    await form.getByLabel('Met wie').selectOption({ label: contact.withWhom });
    await form.getByLabel('Naam', { exact: true }).fill(contact.name);
    await form.getByLabel('Samenvatting van het contact').fill(contact.notes);
  });
  await expect(card(page).timeline).toContainText(`${contact.kind} met ${contact.name}`);
}

export interface Judgement {
  verdict: 'Gegrond' | 'Deels gegrond' | 'Ongegrond';
  reasoning: string;
  /** Who judged, when not the name the form proposes. */
  judges?: string;
  /** The name(s) the form proposes: the owner, the person working, or the committee. */
  proposed?: string;
}

export async function recordJudgement(page: Page, judgement: Judgement): Promise<void> {
  await takeStep(page, 'Oordeel vastleggen', async (form) => {
    await form.getByLabel('Oordeel', { exact: true }).selectOption({ label: judgement.verdict });
    await form.getByLabel('Motivering').fill(judgement.reasoning);
    if (judgement.proposed) await expect(form.getByLabel('Beoordeeld door')).toHaveValue(judgement.proposed);
    if (judgement.judges) await form.getByLabel('Beoordeeld door').fill(judgement.judges);
  });
  await expect(card(page).record).toContainText(`${judgement.verdict} op`);
  await expect(card(page).record).toContainText(judgement.reasoning);
}

export interface Measure {
  description: string;
  /** Who carries it out, when not the owner the form proposes. */
  assignee?: string;
  /** dd-mm-jjjj */
  dueOn: string;
  /** dd-mm-jjjj, when its effect is to be checked. */
  checkOn?: string;
}

/** Through the card's Maatregelen section, into the register: a corrective measure against the office's first cause. */
export async function addCorrectiveAction(page: Page, measure: Measure): Promise<void> {
  const section = page.getByRole('region', { name: 'Maatregelen' });
  await section.getByRole('button', { name: 'Maatregel toevoegen' }).click();
  const form = section.getByRole('form', { name: 'Maatregel toevoegen' });
  await form.getByLabel('Maatregel', { exact: true }).fill(measure.description);
  await form.getByLabel('Soort maatregel').selectOption({ label: 'Corrigerend' });
  await form.getByLabel('Oorzaak', { exact: true }).selectOption({ index: 1 });
  if (measure.assignee) await form.getByLabel('Wie voert uit?').fill(measure.assignee);
  await form.getByLabel('Uiterlijk klaar op').fill(measure.dueOn);
  if (measure.checkOn) await form.getByLabel('Effectiviteit toetsen op').fill(measure.checkOn);
  await form.getByRole('button', { name: 'Vastleggen' }).click();
  await expect(form).toBeHidden();
  await expect(correctiveAction(page, measure.description)).toBeVisible();
}

export function correctiveAction(page: Page, description: string): Locator {
  return page.getByRole('list', { name: 'Maatregelen bij deze klacht' }).getByRole('listitem').filter({ hasText: description });
}

/** The measure is carried out today, and its effect checked (effective, with `result` as what comes next) when `result` is given. */
export async function finishCorrectiveAction(page: Page, description: string, today: string, result?: string): Promise<void> {
  const item = correctiveAction(page, description);
  await item.getByRole('button', { name: 'Maatregel uitgevoerd' }).click();
  await expect(item).toContainText(`uitgevoerd op ${long(today)}`);
  if (result === undefined) return;
  await item.getByRole('button', { name: 'Effectiviteit toetsen' }).click();
  const form = item.getByRole('form', { name: 'Effectiviteit toetsen' });
  await form.getByLabel('Uitkomst').selectOption({ label: 'Effectief' });
  await form.getByLabel('Wat gebeurt er nu?').fill(result);
  await form.getByRole('button', { name: 'Vastleggen' }).click();
  await expect(item).toContainText(`effectiviteit getoetst op ${long(today)}`);
}

export interface Escalation {
  /** The body's name, as the regeling names it. */
  to: string;
  /** dd-mm-jjjj: the day the body received the escalation. */
  receivedOn: string;
  notes?: string;
  /** What the card says the body must decide by ("besluit uiterlijk …"), when it has a term. */
  decideBy?: string;
}

export async function escalate(page: Page, escalation: Escalation): Promise<void> {
  await takeStep(page, 'Escaleren', async (form) => {
    await form.getByLabel('Naar').selectOption({ label: escalation.to });
    await form.getByLabel('Ontvangen door instantie op').fill(escalation.receivedOn);
    if (escalation.notes) await form.getByLabel('Toelichting').fill(escalation.notes);
  });
  const item = escalationItem(page, escalation.to);
  await expect(item).toContainText(`ontvangen ${long(fromDutch(escalation.receivedOn))}`);
  if (escalation.decideBy) await expect(item).toContainText(`besluit uiterlijk ${escalation.decideBy}`);
  await expectStatus(page, 'Geëscaleerd');
}

export function escalationItem(page: Page, body: string): Locator {
  return page.getByRole('list', { name: 'Escalaties' }).getByRole('listitem').filter({ hasText: body });
}

/** The body decided today; the complaint is no longer escalated. */
export async function recordDecision(page: Page, body: string, outcome: string, today: string): Promise<void> {
  const item = escalationItem(page, body);
  await item.getByLabel('Besluit van de instantie').fill(outcome);
  await item.getByRole('button', { name: 'Besluit vastleggen' }).click();
  await expect(item).toContainText(`besloten ${long(today)}: ${outcome}`);
  await expect(card(page).facts.getByText('Geëscaleerd', { exact: true })).toHaveCount(0);
}

/* ---------- letters ---------- */

export type LetterType =
  | 'Verzoek om de klacht schriftelijk in te dienen'
  | 'Ontvangstbevestiging'
  | 'Verzoek om aanvullende informatie'
  | 'Uitnodiging voor een gesprek'
  | 'Bericht over de verdere afhandeling'
  | 'Verlengingsbericht'
  | 'Schriftelijke reactie op de klacht'
  | 'Afsluitbrief'
  | 'Klacht niet in behandeling (niet-ontvankelijk)'
  | 'Doorverwijzing';

export interface Letter {
  type: LetterType;
  /** The fields this type asks for (a new date, a meeting, questions, a body). */
  fill?: (dialog: Locator) => Promise<unknown>;
  /** What the letter must say. */
  says?: (string | RegExp)[];
  /** What the letter must not say under this regeling (checked once the letter shows what it does say). */
  saysNot?: string[];
  /** Placeholders the letter cannot fill here and so shows as typed; none when left out. */
  missing?: string[];
  by?: 'Post' | 'E-mail' | 'Persoonlijk overhandigd';
  /** The step of the regeling that sending this letter records; left out, it goes in the file as an outgoing contact. */
  meets?: string;
}

/**
 * Makes a letter through "Brief maken" as a person does: choose the type, fill
 * what it asks, look at the letter, put it on the pinboard, and record that it
 * was sent. The letter is then on the pinboard and in the timeline.
 */
export async function sendLetter(page: Page, letter: Letter): Promise<void> {
  const c = card(page);
  const pinned = c.files.getByRole('row', { name: new RegExp(escape(letter.type)) });
  const before = await pinned.count();
  await page.getByRole('button', { name: 'Brief maken', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Brief maken' });
  await dialog.getByLabel('Soort brief').selectOption({ label: letter.type });
  await letter.fill?.(dialog);

  const check = dialog.getByRole('status', { name: 'Controle van de brief' });
  if (letter.missing?.length) {
    for (const name of letter.missing) await expect(check).toContainText(`{${name}}`);
  } else {
    await expect(dialog.getByText(/^Betreft: /)).toBeVisible();
    await expect(check).toHaveCount(0);
  }

  await dialog.getByRole('button', { name: 'Voorbeeld tonen' }).click();
  const preview = dialog.getByLabel('Voorbeeld van de brief');
  for (const text of letter.says ?? []) await expect(preview).toContainText(text);
  for (const text of letter.saysNot ?? []) await expect(preview).not.toContainText(text);

  await dialog.getByRole('button', { name: 'Alleen op het prikbord zetten' }).click();
  const sent = dialog.getByRole('form', { name: 'Is de brief verstuurd?' });
  await expect(sent).toContainText(letter.meets ? `Dit legt ook de stap „${letter.meets}” vast` : 'Dit komt als uitgaand contact in het verloop van de klacht');
  await sent.getByLabel(letter.by ?? 'Post', { exact: true }).check();
  await sent.getByRole('button', { name: 'Vastleggen als verstuurd' }).click();
  await expect(dialog).toBeHidden();

  await expect(pinned).toHaveCount(before + 1);
  await expect(c.timeline).toContainText(`Brief gemaakt: ${letter.type}`);
  if (!letter.meets) await expect(c.timeline).toContainText(`${letter.type} verstuurd (${(letter.by ?? 'Post').toLowerCase()})`);
}

/* ---------- desk and list ---------- */

const deskRegion = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

/** Opens the desk and checks the complaint stands in this list, then opens its card from there. */
export async function fromDesk(page: Page, reference: string, list: string): Promise<void> {
  await page.goto('./#/bureau');
  await passProfile(page);
  const link = deskRegion(page, list).getByRole('link', { name: reference, exact: true });
  await expect(link, `${reference} stands on the desk under "${list}"`).toBeVisible();
  await link.click();
  await expect(card(page).heading).toContainText(reference);
}

export interface ClosedFile {
  reference: string;
  customer: string;
  /** The owner the desk counts it for, if the complaint has one. */
  owner?: string;
  /** "bewaren tot …" on the card, when the regeling sets a retention term. */
  keepUntil?: string;
}

/**
 * Closes the file from its card, having found it on the desk under "Klaar om
 * te sluiten"; then the card, the desk and the list must all say it is closed.
 */
export async function closeFile(page: Page, file: ClosedFile, today: string): Promise<void> {
  await page.goto('./#/bureau');
  await passProfile(page);
  const openFor = (owner: string) => deskRegion(page, 'Behandelaars').getByRole('row', { name: new RegExp(owner) }).getByRole('cell').first();
  if (file.owner) await expect(openFor(file.owner)).toHaveText('1');
  const ready = deskRegion(page, 'Klaar om te sluiten').getByRole('link', { name: file.reference, exact: true });
  await expect(ready, `${file.reference} stands on the desk under "Klaar om te sluiten"`).toBeVisible();
  await ready.click();
  await expect(card(page).heading).toContainText(file.reference);

  await takeStep(page, 'Dossier sluiten', async (form) => {
    // Measures still open go on after closing (tested for effect later), as the regelingen ask.
    const openItems = form.getByLabel(/^Open vervolgafspraken en maatregelen/);
    if ((await openItems.count()) > 0) await openItems.selectOption({ label: 'Laten doorlopen na het sluiten' });
  });
  const c = card(page);
  await expectStatus(page, 'Gesloten');
  await expectDone(page, 'Dossier gesloten', today);
  await expect(c.bar.getByRole('button', { name: 'Heropenen', exact: true })).toBeVisible();
  const closed = recorded(page, 'Gesloten');
  if (file.keepUntil) {
    await expect(closed).toHaveText(`${long(today)}; bewaren tot ${file.keepUntil}`);
    await expect(term(page, 'Bewaren tot')).toContainText(file.keepUntil);
  } else {
    await expect(closed).toHaveText(long(today));
    await expect(term(page, 'Bewaren tot')).toHaveCount(0);
  }
  // Nothing of the file is still due (keeping it is no term to meet).
  await expect(c.terms.getByRole('row').filter({ hasNotText: 'Bewaren tot' }).filter({ hasText: /nog \d+ werkdag|te laat|vandaag/ })).toHaveCount(0);

  // The desk: in no list, and the owner carries nothing open.
  await page.goto('./#/bureau');
  await expect(deskRegion(page, 'Klaar om te sluiten')).toContainText('Geen klachten die alleen nog gesloten moeten worden.');
  await expect(page.getByRole('link', { name: new RegExp(escape(file.reference)) })).toHaveCount(0);
  if (file.owner) await expect(openFor(file.owner)).toHaveText('0');

  // The list: among the closed complaints, with no term left, and no longer among those in handling.
  await page.goto('./#/klachten');
  await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Gesloten' });
  await expect(page.getByText('1 klacht', { exact: true })).toBeVisible();
  const row = page.getByRole('table', { name: 'Klachtenlijst' }).getByRole('row', { name: new RegExp(escape(file.reference)) });
  await expect(row).toContainText(file.customer);
  await expect(row.getByRole('cell').nth(4)).toHaveText('Gesloten');
  await expect(row.getByRole('cell').nth(5)).toHaveText('—');
  await expect(row.getByRole('cell').nth(6)).toHaveText(file.owner ?? 'Niet toegewezen');
  await page.getByLabel('Status', { exact: true }).selectOption({ label: 'In behandeling' });
  await expect(page.getByText('0 klachten', { exact: true })).toBeVisible();
  await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Alle statussen' });
  await expect(row).toBeVisible();
}

/* ---------- small things ---------- */

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/** "16 november 2026" for 2026-11-16, as the card writes a day. */
export function long(day: string): string {
  return `${Number(day.slice(8, 10))} ${MONTHS[Number(day.slice(5, 7)) - 1]} ${day.slice(0, 4)}`;
}

/** yyyy-mm-dd for dd-mm-jjjj. */
function fromDutch(day: string): string {
  return `${day.slice(6, 10)}-${day.slice(3, 5)}-${day.slice(0, 2)}`;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
