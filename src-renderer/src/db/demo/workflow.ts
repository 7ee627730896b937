/**
 * A workflow for a demo complaint that matches its status, with days spread
 * after its receipt and never after "now": acknowledged ones were
 * acknowledged, judged ones judged, closed ones evaluated and agreed where the
 * procedure asks for it. Recent ones keep open terms, so the demo register has
 * complaints overdue and due soon.
 */
import { addDays } from 'date-fns';
import type { WorkingDayCalendar } from '../../domain/calendar';
import { localDay } from '../../domain/dates';
import { newId } from '../../domain/ids';
import { SEND_METHODS, type ComplaintStatus, type ComplaintWorkflow, type SentMessage, type Staff } from '../../domain/model';
import type { Procedure } from '../../domain/procedure';
import { emptyWorkflow } from '../../domain/workflow';
import type { Random } from './random';
import { CORRECTIVE_ACTIONS, REASONINGS, ROOT_CAUSES, SETTLEMENTS, SOLUTIONS } from './vocabulary';

export interface DemoWorkflowInput {
  status: ComplaintStatus;
  receivedAt: Date;
  now: Date;
  owner: Staff | null;
  procedure: Procedure;
  calendar: WorkingDayCalendar;
  random: Random;
}

export interface DemoWorkflow {
  /** May differ from the asked status where the procedure has no such step (no evaluation, no escalation body). */
  status: ComplaintStatus;
  workflow: ComplaintWorkflow;
  ownerAssignedAt: Date | null;
  /** When the last step happened: the moment of the status event. */
  lastStepAt: Date;
}

const RANK: Partial<Record<ComplaintStatus, number>> = {
  registered: 0,
  acknowledged: 1,
  in_progress: 2,
  judged: 3,
  escalated: 3,
  resolved: 4,
  evaluated: 5,
  closed: 6,
};

class Timeline {
  at: Date;

  constructor(
    start: Date,
    private readonly now: Date,
    private readonly random: Random,
  ) {
    this.at = start;
  }

  /** A few days on from the previous step, never after now. */
  next(minDays: number, maxDays: number): string {
    const at = addDays(this.at, this.random.int(minDays, maxDays));
    this.at = at > this.now ? this.now : at;
    return localDay(this.at);
  }
}

function fitStatus(status: ComplaintStatus, procedure: Procedure): ComplaintStatus {
  if (status === 'evaluated' && !procedure.steps.evaluation) return 'resolved';
  if (status === 'escalated' && procedure.escalations.length === 0) return 'judged';
  return status;
}

export function demoWorkflow(input: DemoWorkflowInput): DemoWorkflow {
  const { procedure, random: r, owner, calendar } = input;
  const status = fitStatus(input.status, procedure);
  const w = emptyWorkflow(procedure.id);
  const time = new Timeline(input.receivedAt, input.now, r);
  const sent = (minDays: number, maxDays: number): SentMessage => ({ sentOn: time.next(minDays, maxDays), method: r.pick(SEND_METHODS) });
  const retention = (day: string) => (procedure.terms.retention ? calendar.dueDay(day, procedure.terms.retention) : null);
  let ownerAssignedAt: Date | null = null;

  if (status !== 'registered' && status !== 'inadmissible') w.acknowledgement = sent(0, 2);
  if (status === 'settled') {
    w.informalSettlement = { on: time.next(0, 3), agreement: r.pick(SETTLEMENTS) };
  } else if (status === 'withdrawn' || status === 'inadmissible') {
    const ended = { on: time.next(1, 10), reason: status === 'withdrawn' ? 'Klant trok de klacht telefonisch in' : 'Ingediend na de termijn' };
    w[status] = ended;
    w.retentionUntil = retention(ended.on);
  }
  const rank = RANK[status] ?? -1;
  if (rank >= 2) {
    if (procedure.terms.furtherHandling) w.furtherHandlingMessage = sent(1, 5);
    if (owner) {
      w.ownerAssignedOn = time.next(0, 2);
      ownerAssignedAt = time.at;
    }
    if (procedure.terms.statusCheckEvery && r.chance(0.5)) {
      w.statusChecks.push({ id: newId(), on: time.next(10, 14), ownerId: owner?.id ?? null, discussed: 'Stand van zaken besproken', nextStep: '' });
    }
  }
  if (rank >= 3) judge(w, input, status, rank, time);
  if (status === 'escalated') escalate(w, input, time);
  if (rank >= 5 && procedure.steps.evaluation) w.evaluation = { on: time.next(2, 10), notes: 'Klant is tevreden over de afhandeling' };
  if (rank >= 6) {
    if (procedure.steps.customerAgreementBeforeClosing) w.customerAgreement = { on: time.next(0, 3), notes: '' };
    w.closedOn = time.next(0, 3);
    w.retentionUntil = retention(w.closedOn);
  }
  return { status, workflow: w, ownerAssignedAt, lastStepAt: time.at };
}

function judge(w: ComplaintWorkflow, input: DemoWorkflowInput, status: ComplaintStatus, rank: number, time: Timeline): void {
  const { procedure, random: r, owner } = input;
  // A carried-out solution needs a complaint that was (partly) founded.
  const verdict = rank >= 4 ? r.pick(['founded', 'partly_founded'] as const) : r.pick(['founded', 'partly_founded', 'unfounded'] as const);
  const judges = procedure.steps.judgedBy === 'committee' ? procedure.committee.map((m) => m.name) : [owner?.name ?? 'Directie'];
  const judgedOn = time.next(7, 20);
  w.judgement = { verdict, reasoning: r.pick(REASONINGS), judgedOn, judgedById: owner?.id ?? null, judges };
  if (rank >= 4 || r.chance(0.6)) w.response = { sentOn: time.next(0, 3), method: r.pick(['post', 'email'] as const) };
  if (verdict !== 'unfounded' && (procedure.steps.solutionFollowUp || rank >= 4)) {
    const agreedRepairOn = localDay(addDays(time.at, r.int(5, 21)));
    w.solution = { description: r.pick(SOLUTIONS), agreedRepairOn, thirdParty: r.chance(0.2) ? 'Installatiebedrijf De Vries' : '', carriedOutOn: null };
    if (rank >= 4) w.solution.carriedOutOn = time.next(3, 14);
  }
  if (procedure.steps.rootCauseAndCorrectiveActions && verdict !== 'unfounded' && r.chance(0.4)) {
    w.rootCause = r.pick(ROOT_CAUSES);
    const dueOn = localDay(addDays(time.at, r.int(7, 30)));
    const finished = status === 'closed';
    w.correctiveActions.push({
      id: newId(),
      description: r.pick(CORRECTIVE_ACTIONS),
      assignee: owner?.name ?? 'Directie',
      dueOn,
      doneOn: finished ? dueOn : null,
      effectivenessCheckDueOn: localDay(addDays(time.at, r.int(40, 90))),
      effectivenessCheckedOn: finished ? dueOn : null,
      effectivenessResult: finished ? 'Geen nieuwe klachten van dit type' : '',
    });
  }
}

function escalate(w: ComplaintWorkflow, input: DemoWorkflowInput, time: Timeline): void {
  const body = input.procedure.escalations.find((b) => b.decisionTerm) ?? input.procedure.escalations[0];
  if (!body) return;
  const receivedOn = time.next(3, 20);
  w.escalations.push({
    id: newId(),
    bodyId: body.id,
    bodyKind: body.kind,
    bodyName: body.name,
    receivedOn,
    dueOn: body.decisionTerm ? input.calendar.dueDay(receivedOn, body.decisionTerm) : null,
    status: 'open',
    extension: null,
    decidedOn: null,
    outcome: '',
    notes: 'Klant is het niet eens met het oordeel',
  });
  w.statusBeforeEscalation = 'judged';
}
