import { describe, expect, it } from 'vitest';
import { anonymisedComplaint, anonymisedEvent, backupLingerText, customersLeftWithout, hashesFreed, removalCounts, removalText, retentionLapsed } from '../../src-renderer/src/domain/privacy';
import type { ComplaintEvent } from '../../src-renderer/src/domain/model';
import { Walk, complaintUnder, preset } from './support/workflow';

const committee = preset('committee');

/** Seed 001, with every kind of free text a file collects, closed on 11 May 2026. */
const closed = new Walk(
  complaintUnder(committee, {
    summary: 'Lekkage bij mevrouw Jansen',
    description: 'Het plafond van de slaapkamer aan de Kerkstraat 12 is doorweekt',
    category: 'Installatie',
    productOrService: 'CV-ketel type Jansen-X',
    employeesInvolved: ['Piet Monteur'],
    remedySought: 'Vergoeding van het behang',
    channel: 'email',
  }),
  committee,
)
  .do('2026-04-28', { type: 'acknowledge', sentOn: '2026-04-28', method: 'email' })
  .do('2026-04-30', { type: 'log_contact', on: '2026-04-30', kind: 'phone', withWhom: 'employee', direction: 'out', name: 'Piet Monteur', notes: 'Piet was bij mevrouw Jansen' })
  .do('2026-05-04', { type: 'record_root_cause', rootCause: 'Piet vergat de kraan bij mevrouw Jansen' })
  .do('2026-05-04', { type: 'add_corrective_action', description: 'Controlelijst na elke installatie', assignee: 'Karel Chef', dueOn: '2026-06-01', effectivenessCheckDueOn: '' })
  .do('2026-05-07', { type: 'record_judgement', verdict: 'founded', reasoning: 'Mevrouw Jansen heeft gelijk', judgedOn: '2026-05-07', judges: ['NC Jansen', 'K. Bruurmijn'], judgedById: null })
  .do('2026-05-08', { type: 'send_response', sentOn: '2026-05-08', method: 'email' })
  .do('2026-05-11', { type: 'close', on: '2026-05-11', openItems: 'keep' }).complaint;

const PERSONAL = ['Jan de Vries', 'Jansen', 'Kerkstraat', 'Piet', 'behang', 'Karel', 'Bruurmijn', 'customer-1'];

describe('anonymising a file whose retention passed', () => {
  const anonymised = anonymisedComplaint(closed, '2027-06-01T10:00:00.000Z');

  it('leaves no name, contact data or free text of the case anywhere in the record', () => {
    const text = JSON.stringify(anonymised);
    for (const personal of PERSONAL) expect(text, personal).not.toContain(personal);
  });

  it('keeps what the analysis counts: dates, category, channel, verdict, terms met and measures', () => {
    expect(anonymised).toMatchObject({ reference: closed.reference, receivedAt: closed.receivedAt, channel: 'email', category: 'Installatie', status: 'closed', anonymisedOn: '2027-06-01' });
    expect(anonymised.workflow).toMatchObject({
      acknowledgement: { sentOn: '2026-04-28', method: 'email' },
      response: { sentOn: '2026-05-08', method: 'email' },
      judgement: { verdict: 'founded', judgedOn: '2026-05-07' },
      closedOn: '2026-05-11',
      correctiveActions: [{ description: 'Controlelijst na elke installatie', dueOn: '2026-06-01' }],
    });
  });

  it('takes the file out of retention, and search finds it by reference and category only', () => {
    expect(closed.workflow.retentionUntil).not.toBeNull();
    expect(anonymised.workflow.retentionUntil).toBeNull();
    expect(anonymised.searchTerms.some((term) => term.includes('jansen') || term.includes('lekkage'))).toBe(false);
    expect(anonymised.searchTerms).toContain('installatie');
  });

  it('keeps an event\'s id, type, moment and colleague, which the shared register checks, and drops its text and changes', () => {
    const event: ComplaintEvent = { id: 'e1', complaintId: closed.id, customerId: 'customer-1', type: 'contact', at: '2026-05-01T10:00:00.000Z', actorId: 's1', actorName: 'Marloes van Dam', summary: 'Gebeld met mevrouw Jansen', changes: [{ field: 'notes', old: null, new: 'Jansen boos' }], updatedAt: '2026-05-01T10:00:00.000Z' };
    expect(anonymisedEvent(event)).toEqual({ ...event, customerId: null, summary: 'Contact', changes: [] });
  });
});

describe('which files are past their term', () => {
  const until = closed.workflow.retentionUntil ?? '';

  it('keeps a file through its last day and lists it from the day after', () => {
    expect(retentionLapsed(closed, until)).toBe(false);
    const dayAfter = new Date(`${until}T12:00:00`);
    dayAfter.setDate(dayAfter.getDate() + 1);
    expect(retentionLapsed(closed, dayAfter.toISOString().slice(0, 10))).toBe(true);
  });

  it('never lists an anonymised file again', () => {
    expect(retentionLapsed({ ...closed, anonymisedOn: '2027-06-01' }, '2030-01-01')).toBe(false);
  });
});

describe('what goes with a removal', () => {
  it('takes a customer only when none of their other complaints remains', () => {
    const complaintsOf = new Map([
      ['alone', ['k1']],
      ['twice', ['k1', 'k2']],
      ['both-go', ['k1', 'k3']],
    ]);
    expect(customersLeftWithout(new Set(['k1', 'k3']), complaintsOf)).toEqual(['alone', 'both-go']);
  });

  it('frees a file\'s bytes only when no remaining record still pins it', () => {
    const removed = [{ sha256: 'a' }, { sha256: 'b' }, { sha256: 'c' }];
    const staying = [
      { sha256: 'b', removedAt: null },
      { sha256: 'c', removedAt: '2026-01-01T00:00:00.000Z' },
    ];
    expect(hashesFreed(removed, staying)).toEqual(['a', 'c']);
  });

  it('says exactly what goes: complaints, letters, other files and the customer', () => {
    const docx = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
    const counts = removalCounts(1, [{ type: docx, kind: 'acknowledgement' }, { type: 'image/jpeg', kind: 'photo' }, { type: 'application/pdf', kind: 'complaint' }], 1);
    expect(counts).toEqual({ complaints: 1, letters: 1, files: 2, customers: 1 });
    expect(removalText('anonymise', counts)).toBe('1 klacht zonder naam, contactgegevens en vrije tekst; 1 brief en 2 andere bestanden; 1 klant met naam en contactgegevens');
    expect(removalText('erase', { ...counts, customers: 0 })).toBe('1 klacht met de hele voortgang; 1 brief en 2 andere bestanden; geen klantgegevens (de klant heeft nog een andere klacht)');
  });

  it('tells how long a removed file may stay in the backups the app keeps', () => {
    expect(backupLingerText()).toMatch(/tot 12 maanden in oudere back-ups/);
  });
});
