/**
 * How each kind of stored value reads in the history: one formatter per kind,
 * so a contact reads as a contact and not as "[object Object]", a verdict as
 * "deels gegrond" and not "partly_founded". Which field is which kind is
 * fields.ts; this file only writes values.
 */
import { satisfactionText } from '../satisfaction';
import { format } from 'date-fns';
import { nl } from 'date-fns/locale';
import { longDutchDate } from '../dates';
import { ATTACHMENT_KIND_LABELS, CHANNEL_LABELS, RECEIPT_SOURCE_LABELS, SALUTATION_LABELS, STATUS_LABELS } from '../labels';
import type {
  AttachmentKind,
  Channel,
  ComplaintStatus,
  ContactRecord,
  CorrectiveAction,
  CustomerContactBy,
  Escalation,
  Extension,
  FollowUp,
  Judgement,
  ManagementConsultation,
  ReceiptSource,
  Representative,
  Salutation,
  SentMessage,
  Solution,
  StatusCheck,
} from '../model';
import { COUNTRY_LABELS, type Country } from '../countries';
import { joinClauses } from '../sentences';
import {
  CONTACT_DIRECTION_LABELS,
  CONTACT_KIND_LABELS,
  CONTACT_PARTY_LABELS,
  CUSTOMER_CONTACT_BY_LABELS,
  MANAGEMENT_REASON_LABELS,
  SEND_METHOD_LABELS,
  VERDICT_LABELS,
} from '../workflowLabels';
import { followUpWhat } from '../followUp';

export const EMPTY = '(leeg)';

/** What a formatter may need besides the value: names for the ids the records keep. */
export interface ValueNames {
  staffName(id: string): string | undefined;
}

const NO_NAMES: ValueNames = { staffName: () => undefined };

type Formatter = (value: never, names: ValueNames) => string;

const isBlank = (value: unknown) => value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);

function day(value: string): string {
  return longDutchDate(value.slice(0, 10)) || value;
}

function moment(value: string): string {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : format(date, 'd MMMM yyyy HH:mm', { locale: nl });
}

const label =
  <K extends string>(labels: Record<K, string>) =>
  (value: K) =>
    labels[value] ?? value;

const lower = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

function bytes(size: number): string {
  if (size < 1024) return `${size} bytes`;
  const kilo = size / 1024;
  if (kilo < 1024) return `${kilo.toLocaleString('nl-NL', { maximumFractionDigits: 0 })} kB`;
  return `${(kilo / 1024).toLocaleString('nl-NL', { maximumFractionDigits: 1 })} MB`;
}

const sentMessage = (message: SentMessage) => `${day(message.sentOn)}, ${SEND_METHOD_LABELS[message.method] ?? message.method}`;

const extension = (value: Extension) =>
  joinClauses([`Tot ${day(value.newDueOn)}: ${value.reason}`, `klant bericht op ${sentMessage(value.notice).replace(', ', ' per ').toLowerCase()}`]);

const dated = (text: string) => (value: { on: string } & Record<string, unknown>) => {
  const said = typeof value[text] === 'string' ? (value[text] as string) : '';
  return said ? `${day(value.on)}: ${said}` : day(value.on);
};

const each =
  <T>(write: (item: T, names: ValueNames) => string) =>
  (items: readonly T[], names: ValueNames) =>
    items.map((item) => write(item, names)).join(' · ');

const staffName = (id: string | null, names: ValueNames) => (id ? (names.staffName(id) ?? 'een (voormalig) medewerker') : 'niemand');

const contact = (c: ContactRecord) => {
  const who = c.name || lower(CONTACT_PARTY_LABELS[c.withWhom] ?? c.withWhom);
  const direction = c.direction ? ` (${lower(CONTACT_DIRECTION_LABELS[c.direction])})` : '';
  return `${CONTACT_KIND_LABELS[c.kind] ?? c.kind} met ${who}${direction} op ${day(c.on)}: ${c.notes}`;
};

const statusCheck = (c: StatusCheck, names: ValueNames) =>
  joinClauses([`Op ${day(c.on)} met ${staffName(c.ownerId, names)}: ${c.discussed}`, c.nextStep && `volgende stap: ${c.nextStep}`]);

const followUp = (f: FollowUp) => joinClauses([`${day(f.dueOn)}: ${followUpWhat(f)}`, f.doneOn ? `gedaan op ${day(f.doneOn)}` : 'open']);

const judgement = (j: Judgement) =>
  `${VERDICT_LABELS[j.verdict] ?? j.verdict} op ${day(j.judgedOn)}${j.judges.length ? ` door ${j.judges.join(', ')}` : ''}: ${j.reasoning}`;

const solution = (s: Solution) =>
  joinClauses([
    s.description,
    s.agreedRepairOn && `herstel uiterlijk ${day(s.agreedRepairOn)}`,
    s.thirdParty && `uit te voeren door ${s.thirdParty}`,
    s.carriedOutOn && `uitgevoerd op ${day(s.carriedOutOn)}`,
  ]);

const correctiveAction = (a: CorrectiveAction) =>
  joinClauses([
    `${a.description} (${a.assignee}, uiterlijk ${day(a.dueOn)})`,
    a.doneOn && `uitgevoerd op ${day(a.doneOn)}`,
    a.effectivenessCheckedOn && `effectiviteit getoetst op ${day(a.effectivenessCheckedOn)}: ${a.effectivenessResult}`,
  ]);

const consultation = (c: ManagementConsultation) => `${day(c.on)} (${lower(MANAGEMENT_REASON_LABELS[c.reason] ?? c.reason)}): ${c.notes}`;

const ESCALATION_STATUS_TEXTS: Record<Escalation['status'], string> = { open: 'loopt', decided: 'besloten', withdrawn: 'ingetrokken' };

const escalation = (e: Escalation) =>
  joinClauses([
    `${e.bodyName}, ontvangen op ${day(e.receivedOn)}`,
    e.dueOn && `beslissing uiterlijk ${day(e.extension?.newDueOn ?? e.dueOn)}`,
    ESCALATION_STATUS_TEXTS[e.status] ?? e.status,
    e.decidedOn && `besloten op ${day(e.decidedOn)}${e.outcome ? `: ${e.outcome}` : ''}`,
    e.carriedOutOn && `uitspraak uitgevoerd op ${day(e.carriedOutOn)}`,
  ]);

const representative = (r: Representative) => joinClauses([r.name, r.relation, r.phone, r.email], ', ');

/**
 * Every kind of value the history can hold, with its formatter. A field of a
 * kind not listed here does not compile (see fields.ts), so nothing falls back
 * to the stored form.
 */
const VALUE_FORMATTERS = {
  text: (value: string | number) => String(value),
  list: (value: readonly string[]) => value.join(', '),
  yesNo: (value: boolean) => (value ? 'Ja' : 'Nee'),
  day,
  moment,
  bytes,
  staff: (id: string, names: ValueNames) => staffName(id, names),
  channel: label<Channel>(CHANNEL_LABELS),
  status: label<ComplaintStatus>(STATUS_LABELS),
  salutation: label<Salutation>(SALUTATION_LABELS),
  receiptSource: label<ReceiptSource>(RECEIPT_SOURCE_LABELS),
  attachmentKind: label<AttachmentKind>(ATTACHMENT_KIND_LABELS),
  country: label<Country>(COUNTRY_LABELS),
  customerContactBy: label<CustomerContactBy>(CUSTOMER_CONTACT_BY_LABELS),
  representative,
  sentMessage,
  extension,
  extensions: each(extension),
  writtenReceipt: (value: { on: string; channel: Channel }) => `${day(value.on)}, ${lower(CHANNEL_LABELS[value.channel] ?? value.channel)}`,
  seriousness: (value: { serious: boolean; on: string; notes: string }) =>
    joinClauses([`${value.serious ? 'Ernstig' : 'Niet ernstig'} (${day(value.on)})`, value.notes], ': '),
  settlement: dated('agreement'),
  datedNotes: dated('notes'),
  datedReason: dated('reason'),
  reasons: each(dated('reason')),
  notHeard: each((value: { name: string; on: string; reason: string }) => `${value.name} (${day(value.on)}): ${value.reason}`),
  contacts: each(contact),
  statusChecks: each(statusCheck),
  followUps: each(followUp),
  consultations: each(consultation),
  judgement,
  solution,
  correctiveActions: each(correctiveAction),
  satisfaction: satisfactionText,
  escalations: each(escalation),
} satisfies Record<string, Formatter>;

export type ValueKind = keyof typeof VALUE_FORMATTERS;

/** The value as a person would write it; empty values read "(leeg)". */
export function formatValue(kind: ValueKind, value: unknown, names: ValueNames = NO_NAMES): string {
  if (isBlank(value)) return EMPTY;
  return (VALUE_FORMATTERS[kind] as (value: unknown, names: ValueNames) => string)(value, names);
}
