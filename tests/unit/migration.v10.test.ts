import { describe, expect, it } from 'vitest';
import type { KlachtenbalieDb } from '../../src-renderer/src/db/database';
import { createWorkingDayCalendar, type WorkingDayCalendar } from '../../src-renderer/src/domain/calendar';
import { indexedRecords } from '../../src-renderer/src/domain/desk';
import type { Complaint, OpenDeadline } from '../../src-renderer/src/domain/model';
import type { Procedure } from '../../src-renderer/src/domain/procedure';
import { CURRENT_SCHEMA_VERSION, upgradedFrom } from './support/upgrade';
import { complaintUnder, preset, Walk } from './support/workflow';

const dokh = preset('dokh');
const committee = preset('committee');
const now = createWorkingDayCalendar();

/** How version 9 counted: a term in days, weeks, months or years first moved its start to a working day. */
const VERSION_9_RULE: WorkingDayCalendar = {
  ...now,
  dueDay: (start, term) => now.dueDay(term.unit === 'working_days' ? start : now.nextWorkingDayOnOrAfter(start), term),
};

/** Thursday 14 May 2026, Hemelvaartsdag. */
const ASCENSION_DAY = new Date(2026, 4, 14, 9, 30).toISOString();
const FRIDAY_BEFORE_KONINGSDAG = new Date(2026, 3, 24, 10, 0).toISOString();

function walkAsVersion9(procedure: Procedure, overrides: Partial<Complaint>): Walk {
  return new Walk(complaintUnder(procedure, { employeesInvolved: [], ...overrides }), procedure, VERSION_9_RULE);
}

/** Seed 000, received on Hemelvaartsdag and acknowledged: the written response (4 weeks) and a typed follow-up are open. */
const response = walkAsVersion9(dokh, { id: 'k-response', reference: 'K-2026-0001', receivedAt: ASCENSION_DAY })
  .do('2026-05-15', { type: 'acknowledge', sentOn: '2026-05-15', method: 'email' })
  .do('2026-05-15', { type: 'add_follow_up', dueOn: '2026-06-19', what: 'Terugbellen' }).complaint;

/** Seed 001, received on Hemelvaartsdag: the office took more time, to a day it typed. */
const extended = walkAsVersion9(committee, { id: 'k-extended', reference: 'K-2026-0002', receivedAt: ASCENSION_DAY })
  .do('2026-05-15', { type: 'acknowledge', sentOn: '2026-05-15', method: 'email' })
  .do('2026-06-01', { type: 'extend', reason: 'Wachten op de monteur', newDueOn: '2026-06-26', notice: { sentOn: '2026-06-01', method: 'post' } }).complaint;

/** Seed 001, closed, then an appeal received on Hemelvaartsdag (8 weeks). */
const appealed = walkAsVersion9(committee, { id: 'k-appealed', reference: 'K-2026-0003', receivedAt: FRIDAY_BEFORE_KONINGSDAG })
  .do('2026-04-28', { type: 'acknowledge', sentOn: '2026-04-28', method: 'email' })
  .do('2026-05-07', { type: 'record_judgement', verdict: 'unfounded', reasoning: 'Geen fout', judgedOn: '2026-05-07', judges: ['NC Jansen', 'K. Bruurmijn'], judgedById: null })
  .do('2026-05-08', { type: 'send_response', sentOn: '2026-05-08', method: 'email' })
  .do('2026-05-11', { type: 'close', on: '2026-05-11' })
  .do('2026-05-15', { type: 'escalate', bodyId: 'beroepscommissie', receivedOn: '2026-05-14', notes: '' }).complaint;

/** Seed 001, withdrawn on Hemelvaartsdag: kept one year from that day. */
const withdrawn = walkAsVersion9(committee, { id: 'k-withdrawn', reference: 'K-2026-0004', receivedAt: FRIDAY_BEFORE_KONINGSDAG })
  .do('2026-04-28', { type: 'acknowledge', sentOn: '2026-04-28', method: 'email' })
  .do('2026-05-14', { type: 'withdraw', on: '2026-05-14', reason: 'Klant trok in' }).complaint;

/** The complaints and open-deadline rows as version 9 stored them. */
function storedByVersion9(complaints: Complaint[]) {
  const records = complaints.map((complaint) => indexedRecords(complaint, complaint.workflow.procedureVersionId === dokh.id ? dokh : committee, VERSION_9_RULE));
  return { complaints: records.map((r) => r.complaint), openDeadlines: records.flatMap((r) => r.openDeadlines) };
}

const stored = storedByVersion9([response, extended, appealed, withdrawn]);

function upgradedFromVersion9() {
  return upgradedFrom(9, async (v9) => {
    await v9.table('procedures').bulkAdd([dokh, committee]);
    await v9.table('complaints').bulkAdd(stored.complaints);
    await v9.table('openDeadlines').bulkAdd(stored.openDeadlines);
  });
}

const rowsOf = async (db: KlachtenbalieDb, complaintId: string) =>
  Object.fromEntries((await db.openDeadlines.where('complaintId').equals(complaintId).toArray()).map((row: OpenDeadline) => [row.kind, row.dueOn]));

describe('upgrading a version 9 database (terms counted from the day of receipt itself)', () => {
  it('stored the old count: the data is what offices have on disk', () => {
    expect(stored.complaints.find((c) => c.id === 'k-response')).toMatchObject({ nextDeadline: '2026-06-12', nextDeadlineKind: 'response' });
    expect(stored.complaints.find((c) => c.id === 'k-appealed')?.workflow.escalations[0]?.dueOn).toBe('2026-07-10');
    // From Friday 15 May 2026 a year is Saturday 15 May 2027, past Whit Monday: Tuesday 18 May.
    expect(stored.complaints.find((c) => c.id === 'k-withdrawn')?.workflow.retentionUntil).toBe('2027-05-18');
  });

  it('moves the next deadline and the desk rows of a complaint received on Hemelvaartsdag to the day the regeling gives', async () => {
    const { db, repos } = await upgradedFromVersion9();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    // 4 weeks from Thursday 14 May is Thursday 11 June, not Friday 12 June.
    expect(await db.complaints.get('k-response')).toMatchObject({ nextDeadline: '2026-06-11', nextDeadlineKind: 'response', deskState: 'unassigned' });
    expect(await rowsOf(db, 'k-response')).toEqual({ response: '2026-06-11', follow_up: '2026-06-19' });
    // The desk a day after the regeling's last day: the response is late.
    const { groups: overdue } = await repos.desk.overdue('2026-06-12');
    expect(overdue.find((group) => group.key === 'response')?.rows.map((row) => [row.reference, row.dueOn])).toEqual([['K-2026-0001', '2026-06-11']]);
    db.close();
  });

  it('counts an appeal received and a withdrawal on Hemelvaartsdag again, and keeps every day the office typed', async () => {
    const { db } = await upgradedFromVersion9();

    // The notice of more time was due with the response (now 11 June); the extended response is the day the office typed.
    const extendedAfter = await db.complaints.get('k-extended');
    expect(extendedAfter?.workflow.extension).toEqual(extended.workflow.extension);
    expect(await rowsOf(db, 'k-extended')).toEqual({ extended_response: '2026-06-26' });
    expect(extendedAfter).toMatchObject({ nextDeadline: '2026-06-26', nextDeadlineKind: 'extended_response' });

    // 8 weeks from Thursday 14 May: Thursday 9 July.
    const appealedAfter = await db.complaints.get('k-appealed');
    expect(appealedAfter?.workflow.escalations).toEqual([{ ...appealed.workflow.escalations[0], dueOn: '2026-07-09' }]);
    expect(appealedAfter).toMatchObject({ nextDeadline: '2026-07-09', nextDeadlineKind: 'escalation' });
    expect(await rowsOf(db, 'k-appealed')).toEqual({ escalation: '2026-07-09' });

    // One year from Hemelvaartsdag is Friday 14 May 2027; the day of withdrawal itself stays.
    const withdrawnAfter = await db.complaints.get('k-withdrawn');
    expect(withdrawnAfter?.workflow).toEqual({ ...withdrawn.workflow, retentionUntil: '2027-05-14' });

    // The follow-up's day was typed: it stays, as do the rest of the records.
    expect((await db.complaints.get('k-response'))?.workflow).toEqual(response.workflow);
    db.close();
  });
});
