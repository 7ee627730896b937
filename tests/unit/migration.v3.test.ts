import { describe, expect, it } from 'vitest';
import { defaultPreset } from '../../src-renderer/src/db/migrations/v2';
import { createWorkingDayCalendar } from '../../src-renderer/src/domain/calendar';
import { withNextDeadline } from '../../src-renderer/src/domain/deadlines';
import type { Complaint, Customer } from '../../src-renderer/src/domain/model';
import { newComplaintRecord } from '../../src-renderer/src/domain/records';
import { searchTermsForCustomer } from '../../src-renderer/src/domain/search';
import { ACTOR, storedEvents } from './support/db';
import { complaintAsUpgraded, customerAsUpgraded } from './support/schemas';
import { CURRENT_SCHEMA_VERSION, upgradedFrom } from './support/upgrade';

const AT = '2026-04-24T08:00:00.000Z';
const SHA = 'a'.repeat(64);

/** A customer as version 2 wrote it: no representative, no merge mark. */
const details = { customerNumber: 'KL-1', name: 'Anna Visser', salutation: 'mevrouw', phone: '06-12345678', email: 'anna@example.nl', street: 'Dorpsstraat 1', postcode: '2801 AB', city: 'Gouda' } as const;
const v2Customer = { id: 'c-1', ...details, createdAt: AT, updatedAt: AT, searchTerms: searchTermsForCustomer(details) };

/** A contact as version 2 recorded it: no direction, no follow-up link. */
const v2Contact = { id: 'ct-1', on: '2026-04-27', kind: 'phone', withWhom: 'customer', name: '', notes: 'Klant gebeld' };

const procedure = defaultPreset();
const calendar = createWorkingDayCalendar();

/** A complaint as the version 2 code makes it: its record, workflow and next deadline. */
function v2Complaint(id: string, reference: string, workflow: Partial<Complaint['workflow']>): Complaint {
  const record = newComplaintRecord(
    { channel: 'phone', receivedAt: new Date(2026, 3, 24, 10).toISOString(), problemArisenOn: '', summary: 'Verwarming kapot', description: '', category: '', productOrService: '', employeesInvolved: [], remedySought: '', confidential: false },
    { id, reference, customer: v2Customer as unknown as Customer, nowIso: AT, procedureVersionId: procedure.id },
  );
  return withNextDeadline({ ...record, workflow: { ...record.workflow, ...workflow } }, procedure, calendar);
}

const withContact = v2Complaint('k-1', 'K-2026-0001', {
  contacts: [v2Contact as unknown as Complaint['workflow']['contacts'][number]],
  followUps: [{ id: 'f-1', dueOn: '2026-05-06', what: 'Terugbellen', doneOn: null }],
});
const plain = v2Complaint('k-2', 'K-2026-0002', {});
const event = { id: 'e-1', complaintId: 'k-1', customerId: 'c-1', type: 'contact', at: AT, actorId: null, actorName: 'Balie', summary: 'Telefoongesprek met klant op 27-04-2026: Klant gebeld', changes: [], updatedAt: AT };
const staff = { id: 's-1', name: 'Marloes van Dam', roles: ['coordinator', 'owner'], active: true, createdAt: AT, updatedAt: AT };
const setting = { key: 'closingDays', value: [{ day: '2026-05-15', description: 'Brugdag' }], updatedAt: AT };
const counter = { id: 'complaint-reference-2026', value: 2, updatedAt: AT };

/** Version 2 data, as offices have it on disk, opened by this version. */
function upgradedFromVersion2() {
  return upgradedFrom(2, async (v2) => {
    await v2.table('procedures').add(procedure);
    await v2.table('customers').add(v2Customer);
    await v2.table('complaints').bulkAdd([withContact, plain]);
    await v2.table('events').add(event);
    await v2.table('staff').add(staff);
    await v2.table('settings').add(setting);
    await v2.table('counters').add(counter);
  });
}

describe('upgrading a version 2 database', () => {
  it('keeps every record, adds the new fields empty and the new tables', async () => {
    const { db } = await upgradedFromVersion2();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(await db.customers.get('c-1')).toEqual({ ...customerAsUpgraded({ ...v2Customer, representative: null, mergedIntoId: null }), country: 'NL' });
    // Version 4 adds the desk state on top: neither has an owner yet.
    expect(await db.complaints.get('k-1')).toEqual(
      complaintAsUpgraded({
        ...withContact,
        workflow: { ...withContact.workflow, contacts: [{ ...v2Contact, direction: null, followUpId: null }] },
        deskState: 'unassigned',
      }),
    );
    expect(await db.complaints.get('k-2')).toEqual(complaintAsUpgraded({ ...plain, deskState: 'unassigned' }));
    // Unchanged but for the seal version 14 gives every event.
    const stored = await storedEvents(db);
    expect(stored.map(({ seal: _seal, ...rest }) => rest)).toEqual([event]);
    expect(stored[0]?.seal?.link).toMatch(/^[0-9a-f]{64}$/);
    expect(await db.staff.toArray()).toEqual([staff]);
    expect(await db.settings.toArray()).toEqual([setting]);
    expect(await db.counters.get(counter.id)).toEqual(counter);
    expect(await db.procedures.toArray()).toEqual([procedure]);
    expect(await db.attachments.count()).toBe(0);
    expect(await db.files.count()).toBe(0);
    // The indexes answer for upgraded records: nobody is merged, the deadline index is intact.
    expect(await db.customers.where('mergedIntoId').notEqual('').count()).toBe(0);
    expect(await db.complaints.where('[status+nextDeadline]').equals(['registered', withContact.nextDeadline ?? '']).count()).toBe(2);
    db.close();
  });

  it('leaves the upgraded data workable: search, pins, contacts, representative, merge', async () => {
    const { db, repos } = await upgradedFromVersion2();
    const now = new Date(2026, 3, 28, 12);
    expect((await repos.customers.find('anna')).map((c) => c.id)).toEqual(['c-1']);
    const pinned = await repos.attachments.add({ complaintId: 'k-1', name: 'brief.pdf', type: 'application/pdf', size: 10, sha256: SHA, kind: 'complaint' }, ACTOR, now);
    expect(pinned).toMatchObject({ complaintId: 'k-1', customerId: 'c-1' });
    await repos.complaints.applyAction('k-1', { type: 'log_contact', on: '2026-04-28', kind: 'email', withWhom: 'customer', direction: 'in', name: '', notes: 'Foto’s ontvangen' }, ACTOR, now);
    expect((await repos.complaints.get('k-1'))?.workflow.contacts.map((c) => c.direction)).toEqual([null, 'in']);
    await repos.customers.update('c-1', { representative: { name: 'Piet Visser', relation: 'zoon', phone: '', email: '' } }, ACTOR, now);
    expect((await repos.customers.get('c-1'))?.representative).toEqual({ name: 'Piet Visser', relation: 'zoon', phone: '', email: '' });

    const { customer: duplicate } = await repos.complaints.create(
      { customerId: null, customer: { name: 'A. Visser' }, complaint: { channel: 'letter', receivedAt: '2026-04-28T09:00', summary: 'Nog een klacht' } },
      ACTOR,
      now,
    );
    await repos.customers.merge('c-1', duplicate.id, {}, ACTOR, now);
    expect((await repos.customers.complaints('c-1')).map((c) => c.reference)).toEqual(['K-2026-0003', 'K-2026-0002', 'K-2026-0001']);
    // The version 2 contact event is on the customer card after the merge as before.
    expect((await repos.events.listForCustomer('c-1')).map((e) => e.id)).toContain('e-1');
    db.close();
  });
});
