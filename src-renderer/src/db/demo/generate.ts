/**
 * Realistic demo data, made in batches so a large seed never sits in memory
 * or in one transaction at once. Pure: no database here; the demo repository
 * allocates references and writes each batch.
 *
 * Complaints are registered on working days over the past three years, in
 * increasing order, so references follow the order of registration. Older
 * complaints are mostly closed, recent ones mostly open, and about a quarter
 * of the complaints come from a customer who complained before.
 */
import { addDays, addMinutes, isWeekend, parseISO, setHours, setMinutes, startOfDay, startOfMinute, subMinutes, subYears } from 'date-fns';
import type { WorkingDayCalendar } from '../../domain/calendar';
import { analysisFactOf, type AnalysisFact } from '../../domain/analysis';
import { indexedRecords } from '../../domain/desk';
import { localDay } from '../../domain/dates';
import { newId } from '../../domain/ids';
import { STATUS_LABELS } from '../../domain/labels';
import type { Actor, Channel, Complaint, ComplaintEvent, ComplaintStatus, Customer, EventType, Measure, OpenDeadline, Staff } from '../../domain/model';
import type { Procedure } from '../../domain/procedure';
import { dutchDay } from '../../domain/workflow/spec';
import { sentText } from '../../domain/workflow/specs/intake';
import { VERDICT_LABELS } from '../../domain/workflowLabels';
import { newComplaintRecord, newCustomerRecord } from '../../domain/records';
import type { ComplaintInputOutput, CustomerInputOutput } from '../../domain/validation';
import { complaintCreatedEvent, customerCreatedEvent, makeEvent } from '../repositories/eventLog';
import { Random } from './random';
import { demoWorkflow } from './workflow';
import { DemoLearning } from './learning';
import { isLongFile, LONG_FILE_EVERY, longFileEvents } from './longFile';
import {
  CITIES,
  COMPLAINTS_BY_CATEGORY,
  CONTACT_NOTES,
  DEMO_STAFF,
  DETAILS,
  FIRST_NAMES,
  PRODUCTS,
  REMEDIES,
  STREETS,
  SURNAMES,
} from './vocabulary';

export interface DemoBatch {
  customers: Customer[];
  complaints: Complaint[];
  /** The open terms of the batch's complaints, for the desk's table. */
  openDeadlines: OpenDeadline[];
  /** What the analysis keeps of the batch's complaints. */
  analysisFacts: AnalysisFact[];
  events: ComplaintEvent[];
  /** The measures register's records the batch's complaints came to. */
  measures: Measure[];
}

/** Hands out the reference for a complaint registered at that moment. */
export type AllocateReference = (registeredAt: Date) => string;

const CHANNEL_WEIGHTS: readonly (readonly [Channel, number])[] = [
  ['phone', 40], ['email', 25], ['letter', 10], ['desk', 10], ['website', 10], ['form', 5],
];
const RETURNING_CUSTOMER_SHARE = 0.25;
/** Statuses a complaint reaches before (or without) an owner. */
const WITHOUT_OWNER: readonly ComplaintStatus[] = ['registered', 'acknowledged', 'settled', 'withdrawn', 'inadmissible'];

export function demoStaff(nowIso: string): Staff[] {
  return DEMO_STAFF.map(([name, roles]) => ({ id: newId(), name, roles: [...roles], active: true, createdAt: nowIso, updatedAt: nowIso }));
}

export interface DemoGeneratorOptions {
  count: number;
  now: Date;
  seed: number;
  /** Must hold at least one member; roles pick who assigns, owns and coordinates. */
  staff: readonly Staff[];
  /** Who registers complaints and customers; null: a demo receptionist. */
  registrar: Actor | null;
  /** The procedure version the demo complaints run under, and the calendar their terms count on. */
  procedure: Procedure;
  calendar: WorkingDayCalendar;
  /** One complaint in this many (by number) has a long file of fifty events (see longFile.ts); 0: none. */
  longFileEvery?: number;
}

export class DemoGenerator {
  private readonly random: Random;
  private readonly days: Date[];
  private readonly knownCustomers: Customer[] = [];
  private produced = 0;

  private readonly count: number;
  private readonly now: Date;
  private readonly staff: readonly Staff[];
  private readonly registrar: Actor | null;
  private readonly procedure: Procedure;
  private readonly calendar: WorkingDayCalendar;
  private readonly seed: number;
  private readonly learning: DemoLearning;
  private readonly longFileEvery: number;

  constructor(options: DemoGeneratorOptions) {
    ({
      count: this.count,
      now: this.now,
      staff: this.staff,
      registrar: this.registrar,
      procedure: this.procedure,
      calendar: this.calendar,
    } = options);
    this.random = new Random(options.seed);
    this.seed = options.seed;
    this.learning = new DemoLearning(options.seed);
    this.longFileEvery = options.longFileEvery ?? LONG_FILE_EVERY;
    this.days = workingDays(subYears(this.now, 3), this.now);
  }

  get remaining(): number {
    return this.count - this.produced;
  }

  batch(size: number, allocateReference: AllocateReference): DemoBatch {
    const batch: DemoBatch = { customers: [], complaints: [], openDeadlines: [], analysisFacts: [], events: [], measures: [] };
    const end = Math.min(this.count, this.produced + size);
    for (; this.produced < end; this.produced++) {
      const registeredAt = this.registrationMoment(this.produced);
      const customer = this.customerFor(registeredAt, batch);
      this.addComplaint(registeredAt, customer, allocateReference(registeredAt), batch);
    }
    return batch;
  }

  /** The i-th of `count` moments, spread evenly over the working days and office hours. */
  private registrationMoment(index: number): Date {
    const position = ((index + this.random.next() * 0.5) / this.count) * this.days.length;
    const day = this.days[Math.min(this.days.length - 1, Math.floor(position))] ?? this.now;
    const officeMinutes = Math.floor((position % 1) * 8.5 * 60);
    const moment = addMinutes(setMinutes(setHours(day, 8), 30), officeMinutes);
    return moment > this.now ? startOfMinute(subMinutes(this.now, 1)) : moment;
  }

  private customerFor(registeredAt: Date, batch: DemoBatch): Customer {
    const known = this.knownCustomers;
    if (known.length > 0 && this.random.chance(RETURNING_CUSTOMER_SHARE)) {
      // Recent customers come back more often than those of years ago.
      const back = Math.floor(this.random.next() ** 2 * Math.min(known.length, 2000));
      const returning = known[known.length - 1 - back];
      if (returning) return returning;
    }
    const actor = this.registrar ?? this.staffWith('receptionist');
    const nowIso = registeredAt.toISOString();
    const customer = newCustomerRecord(newId(), this.customerInput(), nowIso);
    known.push(customer);
    batch.customers.push(customer);
    batch.events.push(customerCreatedEvent(customer, actor, nowIso));
    return customer;
  }

  private customerInput(): CustomerInputOutput {
    const r = this.random;
    const first = r.pick(FIRST_NAMES);
    const [particle, surname] = r.pick(SURNAMES);
    const [city, areaCode, lowest, highest] = r.pick(CITIES);
    const name = [first, particle, surname].filter(Boolean).join(' ');
    const mailbox = `${first}.${particle}${surname}`.normalize('NFD').replace(/[^A-Za-z.]/g, '').toLowerCase();
    return {
      name,
      salutation: r.weighted([['mevrouw', 45], ['heer', 45], ['neutral', 10]]),
      phone: r.chance(0.85) ? this.phoneNumber(areaCode) : '',
      email: r.chance(0.6) ? `${mailbox}@${r.pick(['gmail.com', 'hotmail.com', 'ziggo.nl', 'kpnmail.nl', 'outlook.com'])}` : '',
      street: `${r.pick(STREETS)} ${r.int(1, 250)}${r.chance(0.1) ? r.pick(['a', 'b', '-2', ' bis']) : ''}`,
      postcode: `${r.int(lowest, highest)} ${this.postcodeLetters()}`,
      city,
      country: 'NL',
      customerNumber: r.chance(0.6) ? `KL-${r.int(10000, 99999)}` : '',
    };
  }

  /** Written as people write them, so search has every notation to cope with. */
  private phoneNumber(areaCode: string): string {
    const r = this.random;
    const mobile = r.digits(8);
    const local = r.digits(10 - areaCode.length);
    return r.weighted([
      [`06-${mobile}`, 30],
      [`06${mobile}`, 15],
      [`+31 6 ${mobile.slice(0, 4)} ${mobile.slice(4)}`, 10],
      [`${areaCode}-${local}`, 25],
      [`(${areaCode}) ${local}`, 10],
      [`${areaCode} ${local}`, 10],
    ]);
  }

  private postcodeLetters(): string {
    const letters = 'ABCDEFGHJKLMNPRSTVWXZ';
    for (;;) {
      const pair = this.random.pick([...letters]) + this.random.pick([...letters]);
      if (pair !== 'SA' && pair !== 'SD' && pair !== 'SS') return pair;
    }
  }

  private addComplaint(registeredAt: Date, customer: Customer, reference: string, batch: DemoBatch): void {
    const r = this.random;
    const input = this.complaintInput(registeredAt);
    const asked = this.statusFor(registeredAt);
    const owner = WITHOUT_OWNER.includes(asked) ? null : this.staffWith('owner');
    const coordinator = asked === 'registered' ? null : this.staffWith('coordinator');
    const { procedure, calendar } = this;
    const record = newComplaintRecord(input, {
      id: newId(),
      reference,
      customer,
      nowIso: registeredAt.toISOString(),
      procedureVersionId: procedure.id,
    });
    const receptionist = this.registrar ?? this.staffWith('receptionist');
    const { status, workflow, ownerAssignedAt, lastStepAt } = demoWorkflow({
      status: asked,
      receivedAt: registeredAt,
      now: this.now,
      owner,
      procedure,
      calendar,
      random: r,
    });

    const events: ComplaintEvent[] = [complaintCreatedEvent(record, receptionist, record.createdAt)];
    const follow = (type: EventType, summary: string, field: string | null, value: unknown, at: Date) =>
      makeEvent(
        {
          type,
          complaintId: record.id,
          customerId: customer.id,
          summary,
          changes: field ? [{ field, old: field === 'status' ? 'registered' : null, new: value }] : [],
        },
        coordinator ?? receptionist,
        at.toISOString(),
      );
    if (owner) events.push(follow('owner_assigned', `Behandelaar: ${owner.name}`, 'ownerId', owner.id, ownerAssignedAt ?? registeredAt));
    // The steps a real file records on the way, each on its own day (late morning), as the card's timeline shows them.
    const onDay = (day: string) => {
      // A fixed time, not a random one: the demo's random stream (and so every seed's data) stays as it was.
      const at = setMinutes(setHours(parseISO(day), 10), events.length * 7);
      return at > this.now ? this.now : at;
    };
    const step = (summary: string, day: string) => events.push(follow('step_recorded', summary, null, null, onDay(day)));
    if (workflow.acknowledgement) step(sentText('Ontvangstbevestiging', workflow.acknowledgement.sentOn, workflow.acknowledgement.method), workflow.acknowledgement.sentOn);
    for (const check of workflow.statusChecks) step(`Statuscontrole op ${dutchDay(check.on)}: ${check.discussed}`, check.on);
    if (workflow.judgement) {
      const { verdict, judges, reasoning, judgedOn } = workflow.judgement;
      step(`Oordeel: ${VERDICT_LABELS[verdict].toLowerCase()} (${judges.join(', ')}): ${reasoning}`, judgedOn);
    }
    if (status !== 'registered') {
      events.push(follow('status_changed', `Status: ${STATUS_LABELS[status]}`, 'status', status, lastStepAt));
    } else if (r.chance(0.5)) {
      const at = addDays(registeredAt, r.int(0, 2));
      events.push(follow('contact', r.pick(CONTACT_NOTES), null, null, at > this.now ? this.now : at));
    }
    if (isLongFile(reference, status, this.longFileEvery)) {
      const seed = this.seed * 7919 + this.produced;
      events.push(...longFileEvents({ complaint: record, events, owner: owner ?? receptionist, coordinator: coordinator ?? receptionist, until: lastStepAt, seed }));
    }

    const lastAt = events.reduce((latest, event) => (event.at > latest ? event.at : latest), record.createdAt);
    const complaint = this.learning.learn({ ...record, status, ownerId: owner?.id ?? null, coordinatorId: coordinator?.id ?? null, workflow, updatedAt: lastAt }, batch.measures);
    const stamped = indexedRecords(complaint, procedure, calendar);
    batch.complaints.push(stamped.complaint);
    batch.openDeadlines.push(...stamped.openDeadlines);
    batch.analysisFacts.push(analysisFactOf(stamped.complaint, procedure, calendar));
    batch.events.push(...events);
  }

  private complaintInput(registeredAt: Date): ComplaintInputOutput {
    const r = this.random;
    const channel = r.weighted(CHANNEL_WEIGHTS);
    // On the phone or at the desk it is registered while the customer talks; post waits a few days.
    const delayMinutes = channel === 'phone' || channel === 'desk' ? r.int(0, 20) : r.int(0, 4 * 24 * 60);
    const receivedAt = subMinutes(registeredAt, delayMinutes);
    const category = r.pick(Object.keys(COMPLAINTS_BY_CATEGORY));
    const summary = r.pick(COMPLAINTS_BY_CATEGORY[category] ?? ['Klacht']);
    return {
      channel,
      receivedAt: receivedAt.toISOString(),
      problemArisenOn: r.chance(0.6) ? localDay(addDays(receivedAt, -r.int(0, 60))) : '',
      summary,
      description: `${summary}. ${r.pick(DETAILS)}`,
      category,
      productOrService: r.pick(PRODUCTS),
      employeesInvolved: r.chance(0.3) ? [r.pick(FIRST_NAMES)] : [],
      remedySought: r.pick(REMEDIES),
      confidential: r.chance(0.05),
    };
  }

  private statusFor(registeredAt: Date): ComplaintStatus {
    const ageDays = (this.now.getTime() - registeredAt.getTime()) / 86_400_000;
    const r = this.random;
    if (ageDays < 14) return r.weighted([['registered', 40], ['acknowledged', 40], ['in_progress', 20]]);
    if (ageDays < 60) {
      return r.weighted([['acknowledged', 15], ['in_progress', 50], ['judged', 20], ['settled', 5], ['resolved', 10]]);
    }
    if (ageDays < 180) {
      return r.weighted([
        ['in_progress', 15], ['judged', 15], ['resolved', 20], ['evaluated', 15], ['closed', 30], ['escalated', 5],
      ]);
    }
    return r.weighted([['closed', 75], ['evaluated', 5], ['withdrawn', 7], ['inadmissible', 5], ['settled', 8]]);
  }

  private staffWith(role: Staff['roles'][number]): Staff {
    const candidates = this.staff.filter((member) => member.roles.includes(role));
    return this.random.pick(candidates.length > 0 ? candidates : this.staff);
  }
}

function workingDays(from: Date, to: Date): Date[] {
  const days: Date[] = [];
  for (let day = startOfDay(from); day <= to; day = addDays(day, 1)) if (!isWeekend(day)) days.push(day);
  return days;
}
