import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Repositories } from '../../src-renderer/src/db/repositories';
import { NOTHING_TO_ERASE, PERSON_RIGHTS_REFUSED } from '../../src-renderer/src/db/repositories/personRights';
import { customerLogId } from '../../src-renderer/src/domain/eventLogs';
import { ERASURE_RULE, EXPORT_RULE, type PersonExport } from '../../src-renderer/src/domain/privacy';
import { carryOutErasure } from '../../src-renderer/src/features/privacy/carryOutRemoval';
import { EXPORT_DOCUMENT, EXPORT_JSON, personExportZip } from '../../src-renderer/src/features/privacy/export/personExportZip';
import { ACTOR, freshDb, intake } from './support/db';
import { COORDINATOR, PAST_TERM, ROLES, closeFile, closedFile, day, everything, hash } from './support/privacyOffice';

/** What the namesake typed: none of it may reach Jan's export. */
const NAMESAKE = { phone: '0182-111111', summary: 'Schade aan schutting', file: 'schutting.jpg' };

/** A disk holding these hashes; reading gives bytes that say which hash they are. */
function disk(...hashes: string[]) {
  const stored = new Set(hashes);
  return {
    stored,
    getAttachment: async (sha256: string) => {
      if (!stored.has(sha256)) throw new Error('niet gevonden');
      return new TextEncoder().encode(`bytes van ${sha256.slice(0, 1)}`);
    },
    deleteAttachments: async (gone: string[]) => gone.filter((h) => stored.delete(h)).length,
  };
}

/**
 * Jan de Vries under seed 001: complaint A closed on 11 May 2026 with a photo
 * and a letter, complaint B still running, a file on his card, a phone number
 * corrected, and a duplicate registration (with complaint C) merged into him.
 * A namesake, also Jan de Vries, has a complaint and a photo of his own.
 */
async function person() {
  const context = await freshDb();
  const { repos } = context;
  await repos.procedures.choosePreset('dienstverlener-klachtencommissie', ACTOR, day('2026-04-01'));
  const { complaint: a, customerId } = await closedFile(repos);
  await repos.attachments.add({ complaintId: a.id, name: 'lekkage.jpg', type: 'image/jpeg', size: 10, sha256: hash('a'), kind: 'photo' }, ACTOR, day('2026-04-25'));
  await repos.letters.fileLetter({ complaintId: a.id, type: 'acknowledgement', fileName: 'ontvangst.docx', sha256: hash('b'), size: 20 }, ACTOR, day('2026-04-28'));
  await repos.attachments.add({ complaintId: null, customerId, name: 'machtiging.pdf', type: 'application/pdf', size: 30, sha256: hash('d'), kind: 'other' }, ACTOR, day('2026-04-29'));
  await repos.customers.update(customerId, { phone: '06-87654321' }, ACTOR, day('2026-05-01'));
  const b = await repos.complaints.create({ ...intake({ complaint: { summary: 'Rekening te hoog' } }), customerId, customer: null }, ACTOR, day('2026-05-20'));
  const duplicate = await repos.complaints.create(intake({ customer: { name: 'J. de Vries', customerNumber: '', phone: '', email: 'j.devries@example.nl' }, complaint: { summary: 'Monteur te laat' } }), ACTOR, day('2026-05-21'));
  await repos.customers.merge(customerId, duplicate.complaint.customerId, {}, ACTOR, day('2026-05-22'));
  const namesake = await repos.complaints.create(
    intake({ customer: { name: 'Jan de Vries', customerNumber: 'KL-2002', phone: NAMESAKE.phone, email: '', street: 'Kerkweg 9' }, complaint: { summary: NAMESAKE.summary } }),
    ACTOR,
    day('2026-05-23'),
  );
  await repos.attachments.add({ complaintId: namesake.complaint.id, name: NAMESAKE.file, type: 'image/jpeg', size: 40, sha256: hash('e'), kind: 'photo' }, ACTOR, day('2026-05-23'));
  return { ...context, customerId, a, b: b.complaint, c: duplicate.complaint, duplicateId: duplicate.complaint.customerId, namesake: namesake.complaint };
}

async function exported(repos: Repositories, customerId: string) {
  const zip = await personExportZip(await repos.personRights.data(customerId), disk(hash('a'), hash('b'), hash('d'), hash('e')), 'Installatiebedrijf Test', day('2027-06-01'));
  const entries = unzipSync(zip.bytes);
  const json = strFromU8(entries[EXPORT_JSON]!);
  const documentXml = strFromU8(unzipSync(entries[EXPORT_DOCUMENT]!)['word/document.xml']!);
  return { zip, entries, json, data: JSON.parse(json) as PersonExport, documentXml };
}

describe('a person asks for their data (AVG art. 15 and 20)', () => {
  it('gets every complaint, event and file stored about them, the files themselves included', async () => {
    const { db, repos, customerId, duplicateId, a } = await person();
    const { data, entries } = await exported(repos, customerId);

    const complaintIds = (await db.complaints.where('customerId').equals(customerId).primaryKeys()) as string[];
    expect(data.complaints.map((c) => c.id).sort()).toEqual([...complaintIds].sort());
    expect(complaintIds).toHaveLength(3);
    const logs = await db.eventLogs.bulkGet([customerLogId(customerId), customerLogId(duplicateId), ...complaintIds]);
    const stored = logs.flatMap((log) => log?.events ?? []).map((e) => e.id);
    const given = [...data.complaints.flatMap((c) => c.events), ...data.customerEvents].map((e) => e.id);
    expect(given.sort()).toEqual([...stored].sort());

    const attachments = await db.attachments.where('customerId').equals(customerId).toArray();
    expect([...data.letters, ...data.files].map((f) => f.attachmentId).sort()).toEqual(attachments.map((f) => f.id).sort());
    expect(data.letters.map((f) => f.path)).toEqual([`brieven/${a.reference}/ontvangst.docx`]);
    expect(data.files.map((f) => f.path).sort()).toEqual([`bestanden/${a.reference}/lekkage.jpg`, 'bestanden/klantenkaart/machtiging.pdf']);
    for (const file of [...data.letters, ...data.files]) expect(strFromU8(entries[file.path!]!)).toBe(`bytes van ${file.sha256.slice(0, 1)}`);
    expect(data.mergedDuplicates.map((d) => d.id)).toEqual([duplicateId]);
  });

  it('sees the history of their personal data: the corrected phone number, old and new, in the JSON and the document', async () => {
    const { repos, customerId, a } = await person();
    const { data, documentXml } = await exported(repos, customerId);
    expect(data.personalDataChanges.map((e) => e.type)).toEqual(['customer_created', 'customer_updated', 'customer_created', 'customers_merged']);
    expect(data.personalDataChanges[1]?.changes).toContainEqual({ field: 'phone', old: '06-12345678', new: '06-87654321' });
    expect(documentXml).toContain('Wijzigingen van uw persoonsgegevens');
    expect(documentXml).toContain('06-12345678 → 06-87654321');
    expect(documentXml).toContain(`${a.reference}: Verwarming doet het niet`);
    expect(documentXml).toContain('mevrouw de Vries belde');
  });

  it('holds nothing of a namesake: not their complaint, details or files', async () => {
    const { repos, customerId, namesake } = await person();
    const { json, documentXml, entries } = await exported(repos, customerId);
    const everythingGiven = [json, documentXml, ...Object.keys(entries)].join('\n');
    for (const theirs of [namesake.reference, namesake.id, namesake.customerId, NAMESAKE.phone, NAMESAKE.summary, NAMESAKE.file, 'KL-2002', 'Kerkweg']) {
      expect(everythingGiven).not.toContain(theirs);
    }
  });

  it('is written in the register under the customer number, without name or content; only the coordinator may', async () => {
    const { repos, customerId } = await person();
    const { zip } = await exported(repos, customerId);
    await expect(repos.personRights.recordExport(customerId, zip.counts, ACTOR, ['receptionist'], PAST_TERM)).rejects.toThrow(PERSON_RIGHTS_REFUSED);
    await repos.personRights.recordExport(customerId, zip.counts, COORDINATOR, ROLES, PAST_TERM);
    const [entry] = await repos.privacy.removals();
    expect(entry).toMatchObject({ kind: 'export', reference: 'klantnr. KL-1001', rule: EXPORT_RULE, actorName: 'Marloes van Dam', removed: { complaints: 3, letters: 1, files: 2, customers: 1 } });
    expect(JSON.stringify(entry)).not.toMatch(/Vries|06-12345678|06-87654321|example|Verwarming/);
    const onCard = (await repos.events.listForCustomer(customerId)).filter((event) => event.type === 'data_handed_out');
    expect(onCard).toMatchObject([{ actorName: 'Marloes van Dam', at: PAST_TERM.toISOString(), summary: 'Gegevens verstrekt op verzoek van de klant (AVG art. 15 en 20): 3 klachten, 1 brief en 2 bestanden' }]);
  });
});

describe('a person asks to be erased (AVG art. 17)', () => {
  it('keeps a running complaint and one within its retention term, each named with the reason', async () => {
    const { repos, customerId, a, b, c } = await person();
    const within = await repos.personRights.erasurePlan(customerId, '2027-05-11');
    expect(within.erasable).toEqual([]);
    expect(within.kept.find((k) => k.id === a.id)?.reason).toMatch(/^bewaarplicht tot en met 11 mei 2027 \(Bewaren 1 jaar na afhandeling/);

    const past = await repos.personRights.erasurePlan(customerId, '2027-06-01');
    expect(past.erasable).toEqual([a.reference]);
    expect(past.kept.map((k) => k.reference).sort()).toEqual([b.reference, c.reference].sort());
    for (const kept of past.kept) expect(kept.reason).toMatch(/^de klacht is nog in behandeling/);
    expect(past.customerKept).toContain(b.reference);
    expect(past.counts).toEqual({ complaints: 1, letters: 1, files: 1, customers: 0 });
  });

  it('anonymises what may go, and leaves the running complaints with their customer and the card\'s file', async () => {
    const { db, repos, customerId, a, b } = await person();
    const files = disk(hash('a'), hash('b'), hash('d'), hash('e'));
    const done = await carryOutErasure(repos, files, { customerId, actor: COORDINATOR, roles: ROLES, now: PAST_TERM });
    expect(done.kept.map((k) => k.reference)).toContain(b.reference);
    expect(await repos.complaints.get(a.id)).toMatchObject({ customerId: '', customerName: '', summary: '' });
    expect((await repos.complaints.get(b.id))?.customerId).toBe(customerId);
    expect((await repos.customers.get(customerId))?.name).toBe('Jan de Vries');
    expect([...files.stored].sort()).toEqual([hash('d'), hash('e')]);
    expect(await db.attachments.where('complaintId').equals(a.id).count()).toBe(0);
    const [entry] = await repos.privacy.removals();
    expect(entry).toMatchObject({ kind: 'anonymise', reference: 'klantnr. KL-1001', rule: ERASURE_RULE, removed: { complaints: 1, letters: 1, files: 1, customers: 0 } });
  });

  it('with nothing left to keep, removes the customer and every file only they pinned from disk, leaving no personal string', async () => {
    const context = await freshDb();
    const { db, repos } = context;
    await repos.procedures.choosePreset('dienstverlener-klachtencommissie', ACTOR, day('2026-04-01'));
    const { complaint, customerId } = await closedFile(repos);
    await repos.attachments.add({ complaintId: complaint.id, name: 'lekkage.jpg', type: 'image/jpeg', size: 10, sha256: hash('a'), kind: 'photo' }, ACTOR, day('2026-04-25'));
    await repos.attachments.add({ complaintId: null, customerId, name: 'machtiging.pdf', type: 'application/pdf', size: 30, sha256: hash('d'), kind: 'other' }, ACTOR, day('2026-04-29'));
    const other = await repos.complaints.create(intake({ customer: { name: 'Els Anders', phone: '', email: '', street: '', customerNumber: '' }, complaint: { summary: 'Factuur klopt niet' } }), ACTOR, day('2026-05-20'));
    await repos.attachments.add({ complaintId: other.complaint.id, name: 'kopie.pdf', type: 'application/pdf', size: 30, sha256: hash('d'), kind: 'other' }, ACTOR, day('2026-05-20'));
    const files = disk(hash('a'), hash('d'));

    const done = await carryOutErasure(repos, files, { customerId, actor: COORDINATOR, roles: ROLES, now: PAST_TERM });
    expect(done.counts).toEqual({ complaints: 1, letters: 0, files: 2, customers: 1 });
    expect(await repos.customers.get(customerId)).toBeUndefined();
    // The other customer's copy of the same bytes keeps them on disk.
    expect([...files.stored]).toEqual([hash('d')]);
    const text = JSON.stringify(await everything(db));
    for (const personal of ['Jan de Vries', '06-12345678', 'jan@example.nl', 'Dorpsstraat', 'Verwarming doet het niet', 'lekt al weken', 'mevrouw de Vries belde', 'lekkage.jpg', 'machtiging.pdf']) {
      expect(text).not.toContain(personal);
    }
    await expect(repos.personRights.erasurePlan(customerId, '2027-06-01')).rejects.toThrow();
  });

  it('erases a duplicate registration merged into the person with them: its details, its history and the file on its card', async () => {
    const { db, repos } = await freshDb();
    await repos.procedures.choosePreset('dienstverlener-klachtencommissie', ACTOR, day('2026-04-01'));
    const { customerId } = await closedFile(repos);
    const duplicate = await repos.complaints.create(
      intake({ customer: { name: 'J. de Vries', customerNumber: '', phone: '0182-999999', email: 'j.devries@example.nl', street: 'Molenlaan 3' }, complaint: { summary: 'Monteur te laat' } }),
      ACTOR,
      day('2026-04-24'),
    );
    const duplicateId = duplicate.complaint.customerId;
    await closeFile(repos, duplicate.complaint.id);
    await repos.attachments.add({ complaintId: null, customerId: duplicateId, name: 'volmacht-jdv.pdf', type: 'application/pdf', size: 30, sha256: hash('f'), kind: 'other' }, ACTOR, day('2026-05-12'));
    await repos.customers.merge(customerId, duplicateId, {}, ACTOR, day('2026-05-22'));
    const files = disk(hash('f'));

    const done = await carryOutErasure(repos, files, { customerId, actor: COORDINATOR, roles: ROLES, now: PAST_TERM });
    expect(done.counts).toEqual({ complaints: 2, letters: 0, files: 1, customers: 2 });
    expect(await db.customers.bulkGet([customerId, duplicateId])).toEqual([undefined, undefined]);
    expect(await db.eventLogs.get(customerLogId(duplicateId))).toBeUndefined();
    expect([...files.stored]).toEqual([]);
    const text = JSON.stringify(await everything(db));
    for (const personal of ['J. de Vries', '0182-999999', 'j.devries@example.nl', 'Molenlaan', 'Monteur te laat', 'volmacht-jdv.pdf']) expect(text).not.toContain(personal);
  });

  it('is refused to anyone but the coordinator, and when everything must still be kept', async () => {
    const { repos, customerId } = await person();
    await expect(repos.personRights.erase(customerId, ACTOR, ['receptionist', 'owner'], PAST_TERM)).rejects.toThrow(PERSON_RIGHTS_REFUSED);
    await expect(repos.personRights.erase(customerId, COORDINATOR, ROLES, day('2027-05-11'))).rejects.toThrow(NOTHING_TO_ERASE);
    expect(await repos.privacy.removals()).toEqual([]);
  });
});
