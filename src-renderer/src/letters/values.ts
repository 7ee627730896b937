/**
 * The values a letter's placeholders take, from the complaint, the customer,
 * the procedure and its deadlines. A value that is not known is left out (not
 * set to ""), so fillTemplate reports it as missing.
 */
import { format, parseISO, isValid } from 'date-fns';
import { nl } from 'date-fns/locale';
import { longDutchDate } from '../domain/dates';
import type { Customer, Deadline } from '../domain/model';
import type { EscalationBody, Procedure } from '../domain/procedure';
import { ESCALATION_KIND_LABELS, formatTerm } from '../domain/procedureText';
import { VERDICT_LABELS } from '../domain/workflowLabels';
import { receivedDay } from '../domain/deadlines';
import { inFormOfAddress } from './formOfAddress';
import { handlingText, responsePromise } from './procedureSentences';
import type { LetterFormOfAddress, LetterInput } from './types';

/** "21 november 2026" for a yyyy-MM-dd day (or an ISO date-time); "" when it is not a date. */
export const dutchDate = longDutchDate;

/** "dinsdag 1 december 2026 om 14.00 uur", or without the time for a plain day. */
export function dutchDateTime(value: string): string {
  const date = parseISO(value);
  if (!isValid(date)) return '';
  if (!value.includes('T')) return format(date, 'EEEE d MMMM yyyy', { locale: nl });
  return format(date, "EEEE d MMMM yyyy 'om' H.mm 'uur'", { locale: nl });
}

const TUSSENVOEGSELS = new Set(['van', 'de', 'der', 'den', 'het', "'t", 'ten', 'ter', 'te', 'in', 'op', 'aan', 'uit', 'uijt', 'vd', 'v.d.', 'la', 'le', 'du', 'da', 'di', 'del', 'della', 'dos', 'el']);

function words(name: string): string[] {
  return name.trim().split(/\s+/).filter((w) => w !== '');
}

/** The part after the first name, with its first tussenvoegsel capitalised as after "mevrouw" or "heer": "De Vries". */
export function familyNameForSalutation(name: string): string {
  const parts = words(name);
  const family = parts.length > 1 ? parts.slice(1) : parts;
  const first = family[0];
  if (first !== undefined && TUSSENVOEGSELS.has(first.toLowerCase())) {
    family[0] = first.charAt(0).toUpperCase() + first.slice(1);
  }
  return family.join(' ');
}

export function firstName(name: string): string {
  return words(name)[0] ?? '';
}

/** "Geachte mevrouw De Vries," / "Geachte heer/mevrouw Jansen," (u) or "Beste Anna," (je). */
export function salutationLine(customer: Pick<Customer, 'name' | 'salutation'>, form: LetterFormOfAddress): string {
  const name = customer.name.trim();
  if (form === 'je') return name === '' ? 'Beste klant,' : `Beste ${firstName(name)},`;
  if (name === '') return 'Geachte heer/mevrouw,';
  const title = customer.salutation === 'mevrouw' ? 'mevrouw' : customer.salutation === 'heer' ? 'heer' : 'heer/mevrouw';
  return `Geachte ${title} ${familyNameForSalutation(name)},`;
}

function lastDeadline(deadlines: readonly Deadline[], kinds: readonly Deadline['kind'][]): Deadline | undefined {
  for (const kind of kinds) {
    const found = deadlines.find((d) => d.kind === kind);
    if (found) return found;
  }
  return undefined;
}

/** Letters and digits only, lower case: "6851 CZ Huissen" and "6851CZ Huissen," compare equal. */
function comparable(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Whether `text` already says `part`; too short a part (a country code, a single word) proves nothing. */
function alreadySays(text: string, part: string): boolean {
  const needle = comparable(part);
  return needle.length >= 4 && comparable(text).includes(needle);
}

const NUMBER_WORDS = ['nul', 'één', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien', 'elf', 'twaalf'];

/** Whether a description states the term itself, in digits ("8 weken") or in words ("acht weken"). */
function mentionsTerm(text: string, term: NonNullable<EscalationBody['decisionTerm']>): boolean {
  const written = formatTerm(term);
  const unit = written.slice(written.indexOf(' ') + 1);
  const amounts = [String(term.amount), NUMBER_WORDS[term.amount], term.amount === 1 ? 'een' : undefined].filter((a) => a !== undefined);
  return new RegExp(`(?<![\\p{L}\\p{N}])(${amounts.join('|')}) ${unit}(?![\\p{L}])`, 'iu').test(text);
}

/** Bodies whose ruling binds both sides by law; any other body's ruling binds only the office that promised to follow it (001's appeal committee, 003's NRTO commission). */
const BINDS_BOTH: ReadonlySet<EscalationBody['kind']> = new Set(['court', 'arbitration', 'dispute_body']);

function bindingSentence(body: EscalationBody, form: LetterFormOfAddress): string {
  if (!BINDS_BOTH.has(body.kind)) return form === 'je' ? 'We houden ons aan het oordeel van deze instantie.' : 'Wij houden ons aan het oordeel van deze instantie.';
  return form === 'je' ? 'Het oordeel van deze instantie is bindend voor jou en voor ons.' : 'Het oordeel van deze instantie is bindend voor u en voor ons.';
}

/**
 * Address, contact, term and binding of a body, one per line, leaving out
 * what its name or description already says: offices often write the address
 * and term into the description too, and a letter that states them twice
 * reads as if there were two bodies. The description itself is not included.
 */
function bodyFacts(body: EscalationBody, form: LetterFormOfAddress): string[] {
  const description = body.description.trim();
  const lines = body.address.map((l) => l.trim()).filter((l) => l !== '' && !alreadySays(body.name, l));
  const addressInDescription = lines.length > 0 && lines.every((l) => alreadySays(description, l));
  const facts = addressInDescription ? [] : lines;
  const email = body.email.trim();
  if (email && !description.includes(email)) facts.push(`E-mail: ${email}`);
  const website = body.website.trim();
  if (website && !description.includes(website)) facts.push(`Website: ${website}`);
  if (body.decisionTerm && !mentionsTerm(description, body.decisionTerm)) facts.push(`Termijn voor een besluit: ${formatTerm(body.decisionTerm)} na ontvangst`);
  if (body.binding && !/\bbindend/i.test(description)) facts.push(bindingSentence(body, form));
  return facts;
}

/** Address, contact, term and description of a body, one per line (the referral letter's details under the name). */
function bodyDetails(body: EscalationBody, form: LetterFormOfAddress): string[] {
  const description = body.description.trim();
  return [...bodyFacts(body, form), ...(description ? [description] : [])];
}

/** The body's name, with its kind when the name does not already say it: "Onafhankelijke derde (geschilleninstantie)". */
function bodyTitle(body: EscalationBody): string {
  const name = body.name.trim();
  const kind = ESCALATION_KIND_LABELS[body.kind].toLowerCase();
  // The head noun is enough: "Onafhankelijke klachtenfunctionaris" needs no "(externe klachtenfunctionaris)".
  const head = kind.split(' ').at(-1) ?? kind;
  if (body.kind === 'management' || name.toLowerCase().includes(head)) return name;
  return name.endsWith(')') ? `${name}, ${kind}` : `${name} (${kind})`;
}

/**
 * One block per body: name, then its facts, then its description. Bodies in a
 * row that share one description (the arbitration board and the court under
 * "their rulings bind both parties") share one block, so the text is said once.
 */
function bodiesText(bodies: readonly EscalationBody[], form: LetterFormOfAddress): string {
  const blocks: string[] = [];
  let group: string[] = [];
  bodies.forEach((body, i) => {
    group.push(bodyTitle(body), ...bodyFacts(body, form));
    const description = body.description.trim();
    const next = bodies[i + 1];
    if (description !== '' && next && next.description.trim() === description) return;
    if (description !== '') group.push(description);
    blocks.push(group.join('\n'));
    group = [];
  });
  return blocks.join('\n\n');
}

/**
 * The decision letter's opening line above the bodies in its "not satisfied"
 * part. It calls them the regeling's next steps, not places the customer may
 * "turn to": 002's independent third party is proposed by the office, and
 * mediation is chosen together.
 */
function notSatisfiedOpening(form: LetterFormOfAddress): string {
  return form === 'je'
    ? 'Ben je niet tevreden met deze reactie? Dit zijn de volgende stappen die onze klachtenregeling noemt:'
    : 'Bent u niet tevreden met deze reactie? Dit zijn de volgende stappen die onze klachtenregeling noemt:';
}

/** The body a referral letter names: the chosen one, else the first external officer or dispute body. */
export function referralBody(input: LetterInput): EscalationBody | undefined {
  const bodies = input.procedure.escalations;
  const id = input.extra?.bodyId;
  if (id) return bodies.find((b) => b.id === id);
  return bodies.find((b) => b.kind === 'complaints_officer') ?? bodies.find((b) => b.kind === 'dispute_body') ?? bodies.find((b) => b.kind !== 'management');
}

function set(values: Record<string, string>, key: string, value: string | null | undefined): void {
  if (value !== null && value !== undefined && value.trim() !== '') values[key] = value;
}

/**
 * The summary as it reads inside a sentence ("…uw klacht over {klacht.samenvatting}."):
 * the capital only a sentence start needs goes ("Nieuwe schoenen knellen" →
 * "nieuwe schoenen knellen"), a word in capitals keeps them ("KPN", "WiFi"),
 * and a closing full stop goes, as the sentence brings its own.
 */
function midSentence(text: string): string {
  const trimmed = text.trim().replace(/\.+$/u, '');
  return /^\p{Lu}\p{Ll}+(?![\p{L}\p{N}])/u.test(trimmed) ? trimmed.charAt(0).toLocaleLowerCase('nl') + trimmed.slice(1) : trimmed;
}

/** The procedure with its own texts in the letter's form of address: a "je" letter must not quote "uw klacht" from a regeling written with "u". */
function procedureInForm(procedure: Procedure, form: LetterFormOfAddress): Procedure {
  const from = procedure.texts.formOfAddress ?? 'u';
  if (from === form) return procedure;
  const say = (text: string) => inFormOfAddress(text, from, form);
  return {
    ...procedure,
    texts: { ...procedure.texts, howToSubmit: say(procedure.texts.howToSubmit), notSatisfied: say(procedure.texts.notSatisfied) },
    escalations: procedure.escalations.map((body) => ({ ...body, description: say(body.description) })),
  };
}

/** A measure as one item of the list the template ends with a full stop: a full stop or semicolon typed at its end would double it. */
function listed(text: string): string {
  return text.trim().replace(/[.;\s]+$/, '');
}

/** The measure with the day it will be done: the Wkkgz asks the response to say by when each measure is realised. */
function withDueDay(measure: string, dueOn: string): string {
  const day = dueOn ? dutchDate(dueOn) : '';
  if (measure === '' || day === '' || measure.includes(day)) return measure;
  return `${measure} (uiterlijk ${day})`;
}

export function letterValues(input: LetterInput): Record<string, string> {
  const { customer, complaint, letterhead, deadlines } = input;
  const form = letterhead.formOfAddress;
  const procedure = procedureInForm(input.procedure, form);
  const w = complaint.workflow;
  const values: Record<string, string> = {};

  set(values, 'klant.aanhef', salutationLine(customer, form));
  set(values, 'klant.naam', customer.name.trim());
  set(values, 'klant.voornaam', firstName(customer.name));
  set(values, 'klant.adres', customer.street.trim());
  set(values, 'klant.postcode', customer.postcode.trim());
  set(values, 'klant.woonplaats', customer.city.trim());

  set(values, 'klacht.kenmerk', complaint.reference);
  set(values, 'klacht.samenvatting', midSentence(complaint.summary));
  set(values, 'klacht.omschrijving', complaint.description.trim());
  set(values, 'klacht.ontvangen', dutchDate(receivedDay(complaint)));
  set(values, 'klacht.indienen', procedure.texts.howToSubmit.trim());
  if (complaint.problemArisenOn) set(values, 'klacht.probleemdatum', dutchDate(complaint.problemArisenOn));
  set(values, 'brief.datum', dutchDate(input.date));

  if (procedure.terms.acknowledge) set(values, 'termijn.ontvangst', formatTerm(procedure.terms.acknowledge));
  if (procedure.terms.response) set(values, 'termijn.reactie', formatTerm(procedure.terms.response));
  if (procedure.terms.submissionLimit) set(values, 'termijn.indienen', formatTerm(procedure.terms.submissionLimit));
  const responseDue = lastDeadline(deadlines, ['extended_response', 'response']);
  const responseDueDay = responseDue ? dutchDate(responseDue.dueOn) : null;
  set(values, 'termijn.reactie.datum', responseDueDay);
  set(values, 'reactie.toezegging', responsePromise(procedure, responseDueDay, form));
  set(values, 'behandeling', handlingText(procedure, responseDueDay, form));

  const newDueOn = input.extra?.newDueOn ?? w.extension?.newDueOn;
  if (newDueOn) set(values, 'verlenging.datum', dutchDate(newDueOn));
  set(values, 'verlenging.reden', input.extra?.reason ?? w.extension?.reason);
  if (input.extra?.meetingOn) set(values, 'gesprek.datum', dutchDateTime(input.extra.meetingOn));
  set(values, 'vragen', input.extra?.questions);

  if (w.judgement) {
    set(values, 'oordeel', VERDICT_LABELS[w.judgement.verdict].toLowerCase());
    set(values, 'oordeel.motivering', w.judgement.reasoning.trim());
  }
  set(values, 'oplossing', w.solution?.description.trim());
  const measures = [...w.correctiveActions.map((a) => withDueDay(listed(a.description), a.dueOn)), listed(w.structuralMeasures)]
    .filter((d) => d !== '')
    // Each measure after the first stands after a semicolon, inside the sentence.
    .map((d, i) => (i === 0 ? d : midSentence(d)));
  if (measures.length > 0) set(values, 'maatregelen', measures.join('; '));
  // 003 asks no agreement of the customer: its closing message says what was agreed as the solution.
  set(values, 'afspraak', w.customerAgreement?.notes.trim() || w.informalSettlement?.agreement.trim() || w.solution?.description.trim());
  set(values, 'niet_ontvankelijk.reden', w.inadmissible?.reason.trim());

  // Without bodies both say the procedure's own text; with them "niet_tevreden" puts an opening line above them.
  const bodies = procedure.escalations;
  const instanties = bodies.length > 0 ? bodiesText(bodies, form) : procedure.texts.notSatisfied.trim();
  set(values, 'instanties', instanties);
  set(values, 'niet_tevreden', bodies.length > 0 ? `${notSatisfiedOpening(form)}\n\n${instanties}` : instanties);
  const referral = referralBody({ ...input, procedure });
  if (referral) {
    set(values, 'instantie.naam', referral.name);
    set(values, 'instantie.gegevens', bodyDetails(referral, form).join('\n'));
  }

  set(values, 'kantoor.naam', letterhead.officeName.trim());
  set(values, 'kantoor.telefoon', letterhead.phone.trim());
  set(values, 'kantoor.email', letterhead.email.trim());
  set(values, 'ondertekenaar.naam', letterhead.signatoryName.trim());
  set(values, 'ondertekenaar.functie', letterhead.signatoryFunction.trim());
  return values;
}
