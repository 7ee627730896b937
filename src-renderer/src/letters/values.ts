/**
 * The values a letter's placeholders take, from the complaint, the customer,
 * the procedure and its deadlines. A value that is not known is left out (not
 * set to ""), so fillTemplate reports it as missing.
 */
import { format, parseISO, isValid } from 'date-fns';
import { nl } from 'date-fns/locale';
import type { Customer, Deadline } from '../domain/model';
import type { EscalationBody } from '../domain/procedure';
import { ESCALATION_KIND_LABELS, formatTerm } from '../domain/procedureText';
import { VERDICT_LABELS } from '../domain/workflowLabels';
import { receivedDay } from '../domain/deadlines';
import type { LetterFormOfAddress, LetterInput } from './types';

/** "21 november 2026" for a yyyy-MM-dd day (or an ISO date-time); "" when it is not a date. */
export function dutchDate(day: string): string {
  const date = parseISO(day);
  return isValid(date) ? format(date, 'd MMMM yyyy', { locale: nl }) : '';
}

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

/** Name, address lines, contact and term of a body, one per line. */
export function bodyDetails(body: EscalationBody, form: LetterFormOfAddress): string[] {
  const lines = [...body.address.filter((l) => l.trim() !== '')];
  if (body.email.trim()) lines.push(`E-mail: ${body.email.trim()}`);
  if (body.website.trim()) lines.push(`Website: ${body.website.trim()}`);
  if (body.decisionTerm) lines.push(`Termijn voor een besluit: ${formatTerm(body.decisionTerm)} na ontvangst`);
  if (body.binding) lines.push(form === 'je' ? 'Het oordeel van deze instantie is bindend voor jou en voor ons.' : 'Het oordeel van deze instantie is bindend voor u en voor ons.');
  if (body.description.trim()) lines.push(body.description.trim());
  return lines;
}

function bodiesText(bodies: readonly EscalationBody[], form: LetterFormOfAddress): string {
  return bodies
    .map((body) => {
      const kind = ESCALATION_KIND_LABELS[body.kind].toLowerCase();
      const title = body.name.toLowerCase().includes(kind) ? body.name : `${body.name} (${kind})`;
      return [title, ...bodyDetails(body, form)].join('\n');
    })
    .join('\n\n');
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

export function letterValues(input: LetterInput): Record<string, string> {
  const { customer, complaint, procedure, letterhead, deadlines } = input;
  const form = letterhead.formOfAddress;
  const w = complaint.workflow;
  const values: Record<string, string> = {};

  set(values, 'klant.aanhef', salutationLine(customer, form));
  set(values, 'klant.naam', customer.name.trim());
  set(values, 'klant.voornaam', firstName(customer.name));
  set(values, 'klant.adres', customer.street.trim());
  set(values, 'klant.postcode', customer.postcode.trim());
  set(values, 'klant.woonplaats', customer.city.trim());

  set(values, 'klacht.kenmerk', complaint.reference);
  set(values, 'klacht.samenvatting', complaint.summary.trim());
  set(values, 'klacht.omschrijving', complaint.description.trim());
  set(values, 'klacht.ontvangen', dutchDate(receivedDay(complaint)));
  if (complaint.problemArisenOn) set(values, 'klacht.probleemdatum', dutchDate(complaint.problemArisenOn));
  set(values, 'brief.datum', dutchDate(input.date));

  if (procedure.terms.acknowledge) set(values, 'termijn.ontvangst', formatTerm(procedure.terms.acknowledge));
  if (procedure.terms.response) set(values, 'termijn.reactie', formatTerm(procedure.terms.response));
  if (procedure.terms.submissionLimit) set(values, 'termijn.indienen', formatTerm(procedure.terms.submissionLimit));
  const responseDue = lastDeadline(deadlines, ['extended_response', 'response']);
  if (responseDue) set(values, 'termijn.reactie.datum', dutchDate(responseDue.dueOn));

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
  const measures = [
    ...w.correctiveActions.map((a) => a.description.trim()).filter((d) => d !== ''),
    ...(w.structuralMeasures.trim() ? [w.structuralMeasures.trim()] : []),
  ];
  if (measures.length > 0) set(values, 'maatregelen', measures.join('; '));
  set(values, 'afspraak', w.customerAgreement?.notes.trim() || w.informalSettlement?.agreement.trim());
  set(values, 'niet_ontvankelijk.reden', w.inadmissible?.reason.trim());

  const bodies = procedure.escalations;
  if (bodies.length > 0) set(values, 'instanties', bodiesText(bodies, form));
  else set(values, 'instanties', procedure.texts.notSatisfied.trim());
  const referral = referralBody(input);
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
