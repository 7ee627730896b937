/**
 * Every kind of event the app writes, walked through the repositories and the
 * workflow as an office would, and each line and change of the history read
 * as the Voortgang panel shows it: never "[object Object]", an id or an
 * English stored value ("partly_founded", "neutral").
 */
import { localDay } from '../../src-renderer/src/domain/dates';
import { describe, expect, it } from 'vitest';
import { historyRows } from '../../src-renderer/src/domain/history/changes';
import { fieldKind } from '../../src-renderer/src/domain/history/fields';
import type { ValueNames } from '../../src-renderer/src/domain/history/values';
import {
  ATTACHMENT_KINDS,
  CHANNELS,
  COMPLAINT_STATUSES,
  CONTACT_DIRECTIONS,
  CONTACT_KINDS,
  CONTACT_PARTIES,
  DEADLINE_KINDS,
  ESCALATION_STATUSES,
  EVENT_TYPES,
  MANAGEMENT_REASONS,
  RECEIPT_SOURCES,
  SALUTATIONS,
  SEND_METHODS,
  VERDICTS,
  type ComplaintEvent,
  type EventType,
} from '../../src-renderer/src/domain/model';
import { ACTOR, coordinatorOffice, freshDb, intake, NOW } from './support/db';
import { walkFor } from './support/workflow';

const at = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);
const SHA = 'a'.repeat(64);

/** Stored values that are also Dutch words ("open", "post", "heer"): wrong only as the whole value. */
const DUTCH_TOO = new Set(['open', 'in', 'post', 'website', 'letter', 'heer', 'mevrouw']);
const RAW_VALUES = [
  ...ATTACHMENT_KINDS, ...CHANNELS, ...COMPLAINT_STATUSES, ...CONTACT_DIRECTIONS, ...CONTACT_KINDS, ...CONTACT_PARTIES, ...DEADLINE_KINDS,
  ...ESCALATION_STATUSES, ...MANAGEMENT_REASONS, ...RECEIPT_SOURCES, ...SALUTATIONS, ...SEND_METHODS, ...VERDICTS,
].filter((value) => !DUTCH_TOO.has(value));
const ID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}/i;

/** What a person would not write: the reasons a line of the history is wrong. */
function rawIn(text: string): string[] {
  const found: string[] = [];
  if (text.includes('[object')) found.push('[object Object]');
  if (ID.test(text)) found.push('an id');
  for (const value of RAW_VALUES) if (new RegExp(`(^|[^\\p{L}_-])${value}($|[^\\p{L}_-])`, 'u').test(text)) found.push(value);
  if ([...DUTCH_TOO, 'NL', 'BE'].includes(text)) found.push(text);
  return found;
}

/** Every line the panel shows for these events, with what is wrong in it. */
function problems(events: readonly ComplaintEvent[], names: ValueNames): string[] {
  return events.flatMap((event) => {
    const unknown = event.changes.filter((change) => fieldKind(change.field) === null).map((change) => `${event.type}: no kind for ${change.field}`);
    const lines = [event.summary, ...historyRows(event, names).flatMap((row) => [row.label, row.old, row.new])];
    return [...unknown, ...lines.flatMap((line) => rawIn(line).map((raw) => `${event.type}: ${raw} in "${line}"`))];
  });
}

/** Walks through the workflow steps of the seed procedures, as the domain records them. */
function workflowEvents(): ComplaintEvent[] {
  const asEvent = (event: { type: EventType; summary: string; changes: ComplaintEvent['changes'] }, i: number): ComplaintEvent => ({
    ...event, id: `e${i}`, complaintId: 'complaint-1', customerId: 'customer-1', at: '', actorId: null, actorName: 'Balie', updatedAt: '',
  });
  const coordinator = walkFor('coordinatorWithVerdict', { employeesInvolved: [] })
    .do('2026-04-27', { type: 'acknowledge', sentOn: '2026-04-27', method: 'email' })
    .do('2026-04-28', { type: 'assign_owner', ownerId: 'erik', ownerName: 'Erik Zwart', customerContactBy: 'owner' })
    .do('2026-04-28', { type: 'log_contact', on: '2026-04-28', kind: 'home_visit', withWhom: 'customer', direction: 'out', name: '', notes: 'Zool bekeken.', followUpOn: '2026-05-01' })
    .do('2026-04-29', { type: 'add_follow_up', dueOn: '2026-05-06', what: 'Leverancier bellen' })
    .do('2026-04-30', { type: 'record_status_check', on: '2026-04-30', discussed: 'Levering duurt een week.', nextStep: 'Bellen' })
    .do('2026-05-04', { type: 'record_judgement', verdict: 'partly_founded', reasoning: 'Te laat gemeld', judgedOn: '2026-05-04', judges: ['Erik Zwart'], judgedById: 'erik' })
    .do('2026-05-04', { type: 'record_solution', description: 'Nieuwe zool', agreedRepairOn: '2026-05-08', thirdParty: 'Schoenmakerij Bos' })
    .do('2026-05-08', { type: 'complete_solution', on: '2026-05-08' })
    .do('2026-05-08', { type: 'record_root_cause', rootCause: 'Lijm verouderd' })
    .do('2026-05-08', { type: 'add_corrective_action', description: 'Lijm vervangen', assignee: 'Erik', dueOn: '2026-05-20', effectivenessCheckDueOn: '2026-06-20' })
    .do('2026-05-08', { type: 'record_structural_measures', text: 'Voorraad lijm controleren' });
  coordinator
    .do('2026-05-08', { type: 'update_corrective_action', id: coordinator.complaint.workflow.correctiveActions[0]?.id ?? '', doneOn: '2026-05-08' })
    .do('2026-05-11', { type: 'record_evaluation', on: '2026-05-11', notes: 'Tevreden' })
    .do('2026-05-11', { type: 'record_customer_agreement', on: '2026-05-11', notes: 'Akkoord per mail' })
    .do('2026-05-12', { type: 'add_note', text: 'Klant belde nog even.' })
    .do('2026-05-12', { type: 'close', on: '2026-05-12', openItems: 'done' })
    .do('2026-05-13', { type: 'reopen', reason: 'Zool laat los' })
    .do('2026-05-14', { type: 'withdraw', on: '2026-05-14', reason: 'Klant ziet ervan af' });
  const appeal = walkFor('committee', { employeesInvolved: [] })
    .do('2026-05-12', { type: 'record_judgement', verdict: 'unfounded', reasoning: 'Geen fout gevonden', judgedOn: '2026-05-12', judges: ['NC Jansen'], judgedById: null })
    .do('2026-05-13', { type: 'send_response', sentOn: '2026-05-13', method: 'handed_over' })
    .do('2026-05-15', { type: 'close', on: '2026-05-15' })
    .do('2026-06-16', { type: 'escalate', bodyId: 'beroepscommissie', receivedOn: '2026-06-15', notes: 'Niet eens met het oordeel' });
  appeal.do('2026-07-01', { type: 'decide_escalation', escalationId: appeal.complaint.workflow.escalations[0]?.id ?? '', outcome: 'Beroep ongegrond', decidedOn: '2026-07-01' });
  const extended = walkFor('craft').do('2026-04-27', { type: 'extend', reason: 'Onderdeel besteld', newDueOn: '2026-06-05', notice: { sentOn: '2026-04-27', method: 'post' } });
  const settled = walkFor('dokh').do('2026-04-27', { type: 'settle_informally', on: '2026-04-27', agreement: 'Excuses' });
  // The walk keeps each step's whole event; its type names only what most tests read.
  return [...coordinator.events, ...appeal.events, ...extended.events, ...settled.events].map((event, i) => asEvent(event as Parameters<typeof asEvent>[0], i));
}

/** A withdrawn file under 001 (kept one year), anonymised long after its term: what its history still holds. */
async function anonymisedFileEvents(): Promise<ComplaintEvent[]> {
  const { repos } = await freshDb();
  await repos.procedures.choosePreset('dienstverlener-klachtencommissie', ACTOR, at(0));
  const { complaint } = await repos.complaints.create(intake(), ACTOR, at(1));
  await repos.complaints.applyAction(complaint.id, { type: 'withdraw', on: localDay(at(2)), reason: 'Opgelost' }, ACTOR, at(2));
  await repos.privacy.remove([complaint.id], 'anonymise', ACTOR, ['coordinator'], new Date(NOW.getFullYear() + 3, 0, 2, 10));
  return repos.events.listForComplaint(complaint.id);
}

describe('the history reads as Dutch a person would write', () => {
  it('for every kind of event the app writes, contacts, verdicts and merges included', async () => {
    const { context, erik } = await coordinatorOffice();
    const { repos } = context;
    const { complaint, customer } = await repos.complaints.create(intake(), ACTOR, at(1));
    await repos.complaints.update(complaint.id, { channel: 'email', confidential: true, employeesInvolved: 'Piet' }, ACTOR, at(2));
    await repos.customers.update(customer.id, { salutation: 'neutral', country: 'BE', postcode: '2000', representative: { name: 'Piet', relation: 'zoon', phone: '', email: '' } }, ACTOR, at(3));
    await repos.complaints.applyAction(complaint.id, { type: 'assign_owner', ownerId: erik.id, ownerName: erik.name, customerContactBy: 'coordinator' }, ACTOR, at(4));
    await repos.complaints.applyAction(complaint.id, { type: 'acknowledge', sentOn: '2026-03-10', method: 'post' }, ACTOR, at(5));
    const file = await repos.attachments.add({ complaintId: complaint.id, name: 'foto.jpg', type: 'image/jpeg', size: 1200, sha256: SHA, kind: 'photo' }, ACTOR, at(6));
    await repos.attachments.remove(file.id, ACTOR, at(7));
    await repos.letters.fileLetter({ complaintId: complaint.id, type: 'acknowledgement', fileName: 'brief.docx', sha256: 'b'.repeat(64), size: 2000 }, ACTOR, at(8));
    const duplicate = await repos.complaints.create(intake({ customer: { phone: '06-99999999', customerNumber: '' } }), ACTOR, at(9));
    await repos.customers.merge(customer.id, duplicate.customer.id, {}, ACTOR, at(10));
    await repos.personRights.recordExport(customer.id, { complaints: 2, letters: 1, files: 1, customers: 1 }, ACTOR, ['coordinator'], at(11));
    await repos.confidentialReads.opened(complaint.id, ACTOR, at(11));

    const stored = [
      ...(await repos.events.listForComplaint(complaint.id)),
      ...(await repos.events.listForComplaint(duplicate.complaint.id)),
      ...(await anonymisedFileEvents()),
      ...(await repos.events.listForCustomer(customer.id)),
    ];
    const staffNames = new Map([[erik.id, erik.name], ['erik', 'Erik Zwart']]);
    const names: ValueNames = { staffName: (id) => staffNames.get(id) };
    const events = [...stored, ...workflowEvents()];

    // The office's settings have a screen of their own, not this history.
    const shownElsewhere: EventType[] = ['settings_changed'];
    expect(new Set([...events.map((event) => event.type), ...shownElsewhere])).toEqual(new Set(EVENT_TYPES));
    expect(problems(events, names)).toEqual([]);
  });
});
