import { describe, expect, it } from 'vitest';
import { REMOVAL_GONE } from '../../src-renderer/src/db/repositories/privacy';
import { currentRecords } from '../../src-renderer/src/db/repositories/sharedRecords';
import { REMOVAL_REFUSED } from '../../src-renderer/src/domain/privacy';
import { carryOutRemoval } from '../../src-renderer/src/features/privacy/carryOutRemoval';
import { docOf } from '../../src-renderer/src/sync/docs';
import { ACTOR, freshDb, intake } from './support/db';
import { COORDINATOR, PAST_TERM, ROLES, closedFile, day, everything, hash } from './support/privacyOffice';

/** The personal data the office typed, each of which must be gone after anonymising. */
const PERSONAL = ['Jan de Vries', '06-12345678', 'jan@example.nl', 'Dorpsstraat', 'KL-1001', 'Verwarming doet het niet', 'lekt al weken', 'Piet Monteur', 'mevrouw de Vries belde', 'Ketel vervangen'];

/** A committee office (seed 001) with one closed file past its term: a photo, a letter, and a scan also pinned to an open complaint. */
async function office() {
  const context = await freshDb();
  const { repos } = context;
  await repos.procedures.choosePreset('dienstverlener-klachtencommissie', ACTOR, day('2026-04-01'));
  const { complaint, customerId } = await closedFile(repos);
  await repos.attachments.add({ complaintId: complaint.id, name: 'lekkage.jpg', type: 'image/jpeg', size: 10, sha256: hash('a'), kind: 'photo' }, ACTOR, day('2026-04-25'));
  await repos.letters.fileLetter({ complaintId: complaint.id, type: 'acknowledgement', fileName: 'ontvangst.docx', sha256: hash('b'), size: 20 }, ACTOR, day('2026-04-28'));
  await repos.attachments.add({ complaintId: complaint.id, name: 'gedeeld.pdf', type: 'application/pdf', size: 30, sha256: hash('c'), kind: 'other' }, ACTOR, day('2026-04-25'));
  const other = await repos.complaints.create(intake({ customer: { name: 'Els Anders', phone: '', email: '', street: '', customerNumber: '' }, complaint: { summary: 'Factuur klopt niet' } }), ACTOR, day('2026-05-20'));
  await repos.attachments.add({ complaintId: other.complaint.id, name: 'gedeeld.pdf', type: 'application/pdf', size: 30, sha256: hash('c'), kind: 'other' }, ACTOR, day('2026-05-20'));
  return { ...context, complaint, customerId, other: other.complaint };
}


describe('files whose retention term has passed', () => {
  it('are listed per procedure from the day after their last day, through the index', async () => {
    const { repos, complaint } = await office();
    expect(await repos.privacy.lapsedCount('2027-05-11')).toBe(0);
    expect(await repos.privacy.lapsedCount('2027-06-01')).toBe(1);
    const [group] = await repos.privacy.lapsed('2027-06-01');
    expect(group).toMatchObject({ procedureName: expect.stringContaining('lachtencommissie'), rule: expect.stringMatching(/^Bewaren 1 jaar na afhandeling/) });
    expect(group?.files).toEqual([{ id: complaint.id, reference: complaint.reference, endedOn: '2026-05-11', retentionUntil: complaint.workflow.retentionUntil }]);
  });
});

describe('anonymising a file past its term', () => {
  it('leaves no personal string anywhere in the database, and keeps the figures the analysis counts', async () => {
    const { db, repos, complaint, customerId } = await office();
    const before = { ...complaint.workflow };
    const plan = await repos.privacy.plan([complaint.id], 'anonymise', '2027-06-01');
    expect(plan.counts).toEqual({ complaints: 1, letters: 1, files: 2, customers: 1 });

    const outcome = await repos.privacy.remove([complaint.id], 'anonymise', COORDINATOR, ROLES, PAST_TERM);
    expect(outcome.counts).toEqual(plan.counts);
    const text = JSON.stringify(await everything(db));
    expect(PERSONAL.filter((personal) => text.includes(personal))).toEqual([]);

    const after = await repos.complaints.get(complaint.id);
    expect(after).toMatchObject({ reference: complaint.reference, channel: complaint.channel, category: 'Installatie', receivedAt: complaint.receivedAt, status: 'closed' });
    expect(after?.workflow).toMatchObject({ acknowledgement: before.acknowledgement, response: before.response, closedOn: '2026-05-11', judgement: { verdict: 'founded' } });
    expect(await repos.customers.get(customerId)).toBeUndefined();
    expect(await repos.attachments.listForComplaint(complaint.id)).toEqual([]);
    expect(await repos.privacy.lapsedCount('2027-06-01')).toBe(0);
  });

  it('frees the bytes of its own files, and keeps a file still pinned to another complaint', async () => {
    const { repos, complaint } = await office();
    const disk = new Set([hash('a'), hash('b'), hash('c')]);
    const files = { deleteAttachments: async (hashes: string[]) => hashes.filter((h) => disk.delete(h)).length };
    const done = await carryOutRemoval(repos, files, { ids: [complaint.id], kind: 'anonymise', actor: COORDINATOR, roles: ROLES, now: PAST_TERM });
    expect(done.diskProblem).toBeNull();
    expect([...disk]).toEqual([hash('c')]);
  });

  it('writes the removal register: reference, date, who, what and the rule, and nothing of the person', async () => {
    const { repos, complaint } = await office();
    await repos.privacy.remove([complaint.id], 'anonymise', COORDINATOR, ROLES, PAST_TERM);
    const [entry] = await repos.privacy.removals();
    expect(entry).toMatchObject({
      reference: complaint.reference,
      at: PAST_TERM.toISOString(),
      kind: 'anonymise',
      actorName: 'Marloes van Dam',
      removed: { complaints: 1, letters: 1, files: 2, customers: 1 },
      rule: expect.stringMatching(/^Bewaren 1 jaar na afhandeling \(.*, versie \d+\)$/),
    });
    expect(PERSONAL.filter((personal) => JSON.stringify(entry).includes(personal))).toEqual([]);
  });

  it('keeps the customer while another complaint of theirs remains', async () => {
    const { repos, customerId } = await office();
    const second = await closedFile(repos, customerId);
    await repos.privacy.remove([second.complaint.id], 'anonymise', COORDINATOR, ROLES, PAST_TERM);
    expect((await repos.customers.get(customerId))?.name).toBe('Jan de Vries');
    expect((await repos.privacy.removals())[0]?.removed.customers).toBe(0);
  });

  it('reaches the other workstations as tombstones without content', async () => {
    const { db, repos, complaint, customerId } = await office();
    db.journalWrites = true;
    const attachmentIds = (await db.attachments.where('complaintId').equals(complaint.id).primaryKeys()) as string[];
    await repos.privacy.remove([complaint.id], 'anonymise', COORDINATOR, ROLES, PAST_TERM);
    const waiting = (await db.outbox.toArray()).map((entry) => `${entry.table}:${entry.key}`);
    expect(waiting).toEqual(expect.arrayContaining([`complaints:${complaint.id}`, `customers:${customerId}`, `removals:${(await repos.privacy.removals())[0]?.id}`, ...attachmentIds.map((id) => `attachments:${id}`)]));
    const [customerDoc] = (await currentRecords(db, [{ table: 'customers', key: customerId }])).map((record) => docOf(record, '1-a'));
    expect(customerDoc).toEqual({ _id: `customers:${customerId}`, _rev: '1-a', _deleted: true });
  });
});

describe('deleting a file past its term', () => {
  it('takes the complaint, its history, its files and the customer, and counts one complaint less', async () => {
    const { db, repos, complaint, customerId } = await office();
    const total = (await db.counters.get('complaints.total'))?.value ?? 0;
    await repos.privacy.remove([complaint.id], 'erase', COORDINATOR, ROLES, PAST_TERM);
    expect(await repos.complaints.get(complaint.id)).toBeUndefined();
    expect(await db.eventLogs.get(complaint.id)).toBeUndefined();
    expect(await repos.customers.get(customerId)).toBeUndefined();
    expect(await db.attachments.where('complaintId').equals(complaint.id).count()).toBe(0);
    expect((await db.counters.get('complaints.total'))?.value).toBe(total - 1);
    expect((await repos.privacy.removals())[0]).toMatchObject({ kind: 'erase', reference: complaint.reference });
  });
});

describe('a removal that cannot go through', () => {
  it('is the coordinator\'s only: anyone else changes nothing', async () => {
    const { db, repos, complaint } = await office();
    const before = await everything(db);
    await expect(repos.privacy.remove([complaint.id], 'anonymise', ACTOR, ['receptionist', 'owner'], PAST_TERM)).rejects.toThrow(REMOVAL_REFUSED);
    expect(await everything(db)).toEqual(before);
  });

  it('leaves everything as it was when a write fails halfway, and no byte leaves the disk', async () => {
    const { db, repos, complaint } = await office();
    const before = await everything(db);
    // The register entry is written first and the customer last: failing at the customer tests that nothing before it stays.
    db.customers.hook('deleting', () => {
      throw new Error('schijf vol');
    });
    const disk = new Set([hash('a'), hash('b'), hash('c')]);
    const files = { deleteAttachments: async (hashes: string[]) => hashes.filter((h) => disk.delete(h)).length };
    await expect(carryOutRemoval(repos, files, { ids: [complaint.id], kind: 'erase', actor: COORDINATOR, roles: ROLES, now: PAST_TERM })).rejects.toThrow('schijf vol');
    expect(await everything(db)).toEqual(before);
    expect(disk.size).toBe(3);
  });

  it('refuses a file that is not past its term', async () => {
    const { repos, other } = await office();
    await expect(repos.privacy.remove([other.id], 'erase', COORDINATOR, ROLES, PAST_TERM)).rejects.toThrow(REMOVAL_GONE);
  });
});
