import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { KlachtenbalieDb } from '../../src-renderer/src/db/database';
import { emptyWorkflow } from '../../src-renderer/src/domain/workflow';
import { ACTOR, storedEventCount } from './support/db';
import { customerAsUpgraded } from './support/schemas';
import { CURRENT_SCHEMA_VERSION, upgradedFrom } from './support/upgrade';

const customer = {
  id: 'c-1',
  customerNumber: 'KL-1',
  name: 'Anna Visser',
  salutation: 'mevrouw',
  phone: '06-12345678',
  email: '',
  street: 'Dorpsstraat 1',
  postcode: '2801 AB',
  city: 'Gouda',
  createdAt: '2026-04-24T08:00:00.000Z',
  updatedAt: '2026-04-24T08:00:00.000Z',
  searchTerms: ['anna', 'visser'],
};

/** A complaint as version 1 wrote it: no workflow, no nextDeadlineKind, nextDeadline null. */
function v1Complaint(id: string, reference: string, status: string, receivedAt: Date, updatedAt: string) {
  return {
    id,
    reference,
    customerId: 'c-1',
    customerName: 'Anna Visser',
    channel: 'phone',
    receivedAt: receivedAt.toISOString(),
    problemArisenOn: '',
    summary: 'Verwarming kapot',
    description: '',
    category: '',
    productOrService: '',
    employeesInvolved: [],
    remedySought: '',
    confidential: false,
    status,
    ownerId: null,
    coordinatorId: null,
    nextDeadline: null,
    createdAt: receivedAt.toISOString(),
    updatedAt,
    searchTerms: ['verwarming', 'kapot', 'anna', 'visser'],
  };
}

/** Version 1 data, as offices have it on disk, opened by this version. */
function upgradedFromVersion1() {
  return upgradedFrom(1, async (v1) => {
    await v1.table('customers').add(customer);
    await v1.table('complaints').bulkAdd([
      v1Complaint('k-1', 'K-2026-0001', 'registered', new Date(2026, 3, 24, 10, 0), '2026-04-24T08:00:00.000Z'),
      v1Complaint('k-2', 'K-2026-0002', 'closed', new Date(2026, 1, 2, 9, 0), '2026-03-16T10:00:00.000Z'),
    ]);
    await v1.table('events').add({
      id: 'e-1',
      complaintId: 'k-1',
      customerId: 'c-1',
      type: 'created',
      at: '2026-04-24T08:00:00.000Z',
      actorId: null,
      actorName: 'Balie',
      summary: 'Klacht K-2026-0001 geregistreerd',
      changes: [],
      updatedAt: '2026-04-24T08:00:00.000Z',
    });
    await v1.table('counters').add({ id: 'complaint-reference-2026', value: 2, updatedAt: '2026-04-24T08:00:00.000Z' });
  });
}

describe('upgrading a version 1 database', () => {
  it('keeps every record and gives complaints a workflow, procedure version and next deadline', async () => {
    const { db } = await upgradedFromVersion1();

    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    // Version 3 adds the representative and the merge mark, empty.
    expect(await db.customers.get('c-1')).toEqual({ ...customerAsUpgraded({ ...customer, representative: null, mergedIntoId: null }), country: 'NL' });
    // Version 11 puts every customer stored before in the Netherlands.
    expect(await storedEventCount(db)).toBe(1);
    expect((await db.counters.get('complaint-reference-2026'))?.value).toBe(2);

    const procedures = await db.procedures.toArray();
    expect(procedures.map((p) => p.id)).toEqual(['vakbedrijf@1']);

    const open = await db.complaints.get('k-1');
    expect(open).toMatchObject({ summary: 'Verwarming kapot', status: 'registered', nextDeadline: '2026-05-04', nextDeadlineKind: 'acknowledgement' });
    expect(open?.workflow).toEqual(emptyWorkflow('vakbedrijf@1'));

    // A closed complaint is kept for the retention term from its last change.
    const closed = await db.complaints.get('k-2');
    expect(closed).toMatchObject({ nextDeadline: null, nextDeadlineKind: null });
    expect(closed?.workflow).toMatchObject({ closedOn: '2026-03-16', retentionUntil: '2029-03-16', procedureVersionId: 'vakbedrijf@1' });

    // The indexes of version 2 answer for the upgraded records.
    expect(await db.complaints.where('[status+nextDeadline]').equals(['registered', '2026-05-04']).primaryKeys()).toEqual(['k-1']);
    // Version 4 carries the open terms on to the desk; the closed complaint has none.
    const rows = await db.openDeadlines.toArray();
    expect(rows.map((r) => `${r.complaintId} ${r.kind}`).sort()).toEqual(['k-1 acknowledgement', 'k-1 extension_notice', 'k-1 response']);
    db.close();
  });

  it('leaves upgraded complaints workable: steps, deadlines and new complaints', async () => {
    const { db, repos } = await upgradedFromVersion1();
    await repos.complaints.applyAction('k-1', { type: 'acknowledge', sentOn: '2026-04-28', method: 'email' }, ACTOR, new Date(2026, 3, 28, 12));
    expect(await repos.complaints.get('k-1')).toMatchObject({ status: 'acknowledged', nextDeadline: '2026-05-22', nextDeadlineKind: 'response' });
    expect((await repos.procedures.current()).id).toBe('vakbedrijf@1');
    db.close();
  });

  it('opens a new database with the default procedure stored', async () => {
    const db = new KlachtenbalieDb('fresh', { indexedDB: new IDBFactory(), IDBKeyRange });
    await db.open();
    expect((await db.procedures.toArray()).map((p) => p.id)).toEqual(['vakbedrijf@1']);
    db.close();
  });
});
