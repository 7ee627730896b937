import { describe, expect, it } from 'vitest';
import { RecordNotFoundError, ValidationError } from '../../src-renderer/src/domain/errors';
import { newId } from '../../src-renderer/src/domain/ids';
import { DEFAULT_TEMPLATES, EMPTY_LETTERHEAD, LETTERHEAD_MESSAGES, MAX_LOGO_BYTES, SAMPLE_LETTERHEAD, type Letterhead } from '../../src-renderer/src/letters';
import { ACTOR, freshDb, intake, NOW, storedEventCount, storedEvents } from './support/db';

const at = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);
const hash = (digit: string) => digit.repeat(64);

/** A PNG's first bytes and a few more: the repository stores bytes, it does not decode them. */
const LOGO_BYTES = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 250, 251, 252]);

const letterhead = (overrides: Partial<Letterhead> = {}): Letterhead => ({
  ...SAMPLE_LETTERHEAD,
  logo: { bytes: LOGO_BYTES, type: 'png', width: 400, height: 120 },
  ...overrides,
});

async function settingsEvents(db: Awaited<ReturnType<typeof freshDb>>['db']) {
  return (await storedEvents(db)).filter((event) => event.type === 'settings_changed');
}

describe('letterhead', () => {
  it('is empty and formal before the office fills it in', async () => {
    const { repos } = await freshDb();
    expect(await repos.letters.letterhead()).toEqual(EMPTY_LETTERHEAD);
  });

  it('round-trips every field including the logo bytes, with an event that names the logo but not its bytes', async () => {
    const { db, repos } = await freshDb();
    const saved = await repos.letters.saveLetterhead(letterhead({ officeName: '  Van Leeuwen  ', addressLines: ['Westhaven 63', '', '2801 PN Gouda'], formOfAddress: 'je' }), ACTOR, NOW);
    expect(saved).toMatchObject({ officeName: 'Van Leeuwen', addressLines: ['Westhaven 63', '2801 PN Gouda'], formOfAddress: 'je' });

    const read = await repos.letters.letterhead();
    expect(read).toEqual(saved);
    expect(read.logo?.bytes).toBeInstanceOf(Uint8Array);
    expect([...(read.logo?.bytes ?? [])]).toEqual([...LOGO_BYTES]);
    expect(read.logo).toMatchObject({ type: 'png', width: 400, height: 120 });

    const [event] = await settingsEvents(db);
    expect(event).toMatchObject({ complaintId: null, summary: 'Briefpapier gewijzigd', actorName: ACTOR.name });
    expect(event?.changes[0]).toMatchObject({ field: 'letters.letterhead', old: null });
    expect((event?.changes[0]?.new as Record<string, unknown>).logo).toBe('png, 400 × 120 px');
  });

  it('drops the logo when saved without one', async () => {
    const { repos } = await freshDb();
    await repos.letters.saveLetterhead(letterhead(), ACTOR, at(1));
    await repos.letters.saveLetterhead(letterhead({ logo: undefined }), ACTOR, at(2));
    const read = await repos.letters.letterhead();
    expect(read.logo).toBeUndefined();
    expect('logo' in read).toBe(false);
  });

  it('refuses bad input with Dutch messages keyed by field, saving nothing', async () => {
    const { db, repos } = await freshDb();
    const error = await repos.letters
      .saveLetterhead(
        letterhead({
          officeName: '   ',
          email: 'klachten@',
          kvkNumber: '1234',
          logo: { bytes: new Uint8Array(MAX_LOGO_BYTES + 1), type: 'gif' as 'png', width: 10, height: 10 },
        }),
        ACTOR,
        NOW,
      )
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fieldErrors).toEqual({
      officeName: LETTERHEAD_MESSAGES.officeName,
      email: LETTERHEAD_MESSAGES.email,
      kvkNumber: LETTERHEAD_MESSAGES.kvk,
      'logo.bytes': LETTERHEAD_MESSAGES.logoSize,
      'logo.type': LETTERHEAD_MESSAGES.logoType,
    });
    expect(await repos.letters.letterhead()).toEqual(EMPTY_LETTERHEAD);
    expect(await storedEventCount(db)).toBe(0);
  });

  it('keys a too long address by its line', async () => {
    const { repos } = await freshDb();
    const error = await repos.letters.saveLetterhead(letterhead({ addressLines: ['Westhaven 63', 'x'.repeat(201)] }), ACTOR, NOW).catch((e: unknown) => e);
    expect((error as ValidationError).fieldErrors).toEqual({ 'addressLines.1': LETTERHEAD_MESSAGES.tooLong });
  });
});

describe('letter templates', () => {
  it('are Klachtenbalie’s text until the office saves its own, per form of address', async () => {
    const { db, repos } = await freshDb();
    expect(await repos.letters.template('acknowledgement', 'u')).toEqual({ ...DEFAULT_TEMPLATES.u.acknowledgement, custom: false });

    const own = { subject: 'Wij hebben uw klacht ontvangen', body: '{klant.aanhef}\n\nDank voor uw bericht over {klacht.samenvatting}.' };
    expect(await repos.letters.saveTemplate('acknowledgement', 'u', own, ACTOR, at(1))).toEqual({ ...own, custom: true });
    expect(await repos.letters.template('acknowledgement', 'u')).toEqual({ ...own, custom: true });
    // The informal version and the other letter types keep the default.
    expect(await repos.letters.template('acknowledgement', 'je')).toEqual({ ...DEFAULT_TEMPLATES.je.acknowledgement, custom: false });
    expect(await repos.letters.template('decision', 'u')).toEqual({ ...DEFAULT_TEMPLATES.u.decision, custom: false });

    const [saved] = await settingsEvents(db);
    expect(saved).toMatchObject({ summary: 'Brieftekst gewijzigd: Ontvangstbevestiging (u)', actorName: ACTOR.name });
    expect(saved?.changes).toEqual([{ field: 'letters.templates', old: {}, new: { 'u:acknowledgement': own } }]);
  });

  it('refuses an empty subject or body with messages keyed by field', async () => {
    const { db, repos } = await freshDb();
    const error = await repos.letters.saveTemplate('closing', 'je', { subject: ' ', body: '\n\n' }, ACTOR, NOW).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fieldErrors).toEqual({ subject: LETTERHEAD_MESSAGES.subject, body: LETTERHEAD_MESSAGES.body });
    expect(await storedEventCount(db)).toBe(0);
  });

  it('go back to the default on reset, with an event; a reset of a default text changes nothing', async () => {
    const { db, repos } = await freshDb();
    await repos.letters.saveTemplate('extension', 'u', { subject: 'Meer tijd nodig', body: 'Tekst {verlenging.datum}' }, ACTOR, at(1));
    await repos.letters.saveTemplate('extension', 'je', { subject: 'Meer tijd', body: 'Tekst je' }, ACTOR, at(2));

    expect(await repos.letters.resetTemplate('extension', 'u', ACTOR, at(3))).toEqual({ ...DEFAULT_TEMPLATES.u.extension, custom: false });
    expect(await repos.letters.template('extension', 'u')).toEqual({ ...DEFAULT_TEMPLATES.u.extension, custom: false });
    expect(await repos.letters.template('extension', 'je')).toMatchObject({ subject: 'Meer tijd', custom: true });

    const events = await settingsEvents(db);
    expect(events.map((e) => e.summary)).toEqual([
      'Brieftekst gewijzigd: Verlengingsbericht (u)',
      'Brieftekst gewijzigd: Verlengingsbericht (je)',
      'Standaardtekst teruggezet: Verlengingsbericht (u)',
    ]);
    expect(events[2]?.changes[0]?.new).toEqual({ 'je:extension': { subject: 'Meer tijd', body: 'Tekst je' } });

    await repos.letters.resetTemplate('extension', 'u', ACTOR, at(4));
    expect(await storedEventCount(db)).toBe(3);
  });

  it('refuses an unknown letter type', async () => {
    const { repos } = await freshDb();
    const error = await repos.letters.saveTemplate('brief' as 'closing', 'u', { subject: 'x', body: 'y' }, ACTOR, NOW).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
  });
});

describe('filing a letter', () => {
  const docx = (overrides: { complaintId: string; type: 'acknowledgement' | 'decision' }) => ({
    fileName: `${overrides.type}.docx`,
    sha256: hash(overrides.type === 'acknowledgement' ? 'a' : 'b'),
    size: 12_345,
    ...overrides,
  });

  it('pins an acknowledgement as ontvangstbevestiging, with a letter_made event on the complaint', async () => {
    const { db, repos } = await freshDb();
    const { complaint, customer } = await repos.complaints.create(intake(), ACTOR, NOW);
    const attachment = await repos.letters.fileLetter(docx({ complaintId: complaint.id, type: 'acknowledgement' }), ACTOR, at(5));
    expect(attachment).toMatchObject({
      complaintId: complaint.id,
      customerId: customer.id,
      name: 'acknowledgement.docx',
      type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      kind: 'acknowledgement',
      size: 12_345,
      sha256: hash('a'),
      addedAt: at(5).toISOString(),
    });
    expect(await repos.attachments.get(attachment.id)).toEqual(attachment);
    expect(await db.files.get(hash('a'))).toMatchObject({ size: 12_345 });
    const made = (await repos.events.listForComplaint(complaint.id)).filter((e) => e.type === 'letter_made');
    expect(made).toHaveLength(1);
    expect(made[0]).toMatchObject({ customerId: customer.id, summary: 'Brief gemaakt: Ontvangstbevestiging', actorName: ACTOR.name });
    expect(made[0]?.changes).toEqual([{ field: 'letterType', old: null, new: 'acknowledgement' }]);
  });

  it('pins every other letter as correspondentie', async () => {
    const { repos } = await freshDb();
    const { complaint } = await repos.complaints.create(intake(), ACTOR, NOW);
    const attachment = await repos.letters.fileLetter(docx({ complaintId: complaint.id, type: 'decision' }), ACTOR, at(5));
    expect(attachment.kind).toBe('correspondence');
    const made = (await repos.events.listForComplaint(complaint.id)).find((e) => e.type === 'letter_made');
    expect(made?.summary).toBe('Brief gemaakt: Schriftelijke reactie op de klacht');
  });

  it('refuses an unknown complaint and leaves no attachment, file row or event behind', async () => {
    const { db, repos } = await freshDb();
    await repos.complaints.create(intake(), ACTOR, NOW);
    const before = { attachments: await db.attachments.count(), files: await db.files.count(), events: await storedEventCount(db) };
    const error = await repos.letters.fileLetter(docx({ complaintId: newId(), type: 'acknowledgement' }), ACTOR, at(5)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RecordNotFoundError);
    expect({ attachments: await db.attachments.count(), files: await db.files.count(), events: await storedEventCount(db) }).toEqual(before);
  });
});
