import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src-renderer/src/domain/errors';
import type { Procedure } from '../../src-renderer/src/domain/procedure';
import { ACTOR, freshDb, intake, NOW, storedEvents } from './support/db';

const LATER = new Date(2026, 2, 11, 9, 0);

async function settingsEvents(db: Awaited<ReturnType<typeof freshDb>>['db']) {
  return (await storedEvents(db)).filter((e) => e.type === 'settings_changed');
}

describe('the procedure versions', () => {
  it('start with the default preset stored and current, and offer all six presets', async () => {
    const { repos } = await freshDb();
    expect((await repos.procedures.current()).id).toBe('vakbedrijf@1');
    expect((await repos.procedures.list()).map((p) => p.id)).toEqual(['vakbedrijf@1']);
    expect(repos.procedures.presets()).toHaveLength(6);
    expect(await repos.procedures.get('vakbedrijf@1')).toMatchObject({ key: 'vakbedrijf', version: 1 });
  });

  it('make a chosen preset current as a new version, with a settings event on no complaint', async () => {
    const { db, repos } = await freshDb();
    const chosen = await repos.procedures.choosePreset('zorgaanbieder-wkkgz', ACTOR, NOW);
    expect(chosen).toMatchObject({ id: 'zorgaanbieder-wkkgz@1', version: 1, createdAt: NOW.toISOString() });
    expect((await repos.procedures.current()).id).toBe('zorgaanbieder-wkkgz@1');
    const [event] = await settingsEvents(db);
    expect(event).toMatchObject({ complaintId: null, customerId: null, actorName: ACTOR.name, at: NOW.toISOString() });
    expect(event?.summary).toContain('Klachtenregeling gekozen');
    expect(event?.changes.map((c) => c.field)).toEqual(expect.arrayContaining(['procedure.key', 'procedure.terms']));

    // Choosing what is already current changes nothing.
    expect((await repos.procedures.choosePreset('zorgaanbieder-wkkgz', ACTOR, LATER)).id).toBe('zorgaanbieder-wkkgz@1');
    expect(await db.procedures.count()).toBe(2);
    expect(await settingsEvents(db)).toHaveLength(1);

    // Back to an earlier key: its next version, the stored one untouched.
    expect((await repos.procedures.choosePreset('vakbedrijf', ACTOR, LATER)).id).toBe('vakbedrijf@2');
    expect((await repos.procedures.get('vakbedrijf@1'))?.createdAt).toBe('2026-01-01T00:00:00.000Z');
  });

  it('address customers as the chosen preset does (000 and 003: je), which the office can change back on its letterhead', async () => {
    const { db, repos } = await freshDb();
    await repos.letters.saveLetterhead({ ...(await repos.letters.letterhead()), officeName: 'M@', formOfAddress: 'u' }, ACTOR, NOW);
    await repos.procedures.choosePreset('zorg-welzijn-dokh', ACTOR, NOW);
    expect(await repos.letters.letterhead()).toMatchObject({ officeName: 'M@', formOfAddress: 'je' });
    const [formEvent] = (await settingsEvents(db)).filter((e) => e.summary.startsWith('Briefpapier: klanten worden aangesproken met „je”'));
    expect(formEvent?.changes).toEqual([{ field: 'letters.letterhead.formOfAddress', old: 'u', new: 'je' }]);

    await repos.letters.saveLetterhead({ ...(await repos.letters.letterhead()), formOfAddress: 'u' }, ACTOR, LATER);
    await repos.procedures.choosePreset('dienstverlener-klachtencommissie', ACTOR, LATER);
    expect((await repos.letters.letterhead()).formOfAddress).toBe('u');
    await repos.procedures.choosePreset('eenmanszaak-nrto', ACTOR, LATER);
    expect((await repos.letters.letterhead()).formOfAddress).toBe('je');
  });

  it('count as chosen only once someone chose, even when the choice is the default that was assumed', async () => {
    const { db, repos } = await freshDb();
    expect(await repos.procedures.chosen()).toBe(false);
    expect((await repos.procedures.choosePreset('vakbedrijf', ACTOR, NOW)).id).toBe('vakbedrijf@1');
    expect(await repos.procedures.chosen()).toBe(true);
    expect(await db.procedures.count()).toBe(1);
    expect((await settingsEvents(db)).map((e) => e.summary)).toEqual(['Klachtenregeling gekozen: Klachtenprocedure vakbedrijf (versie 1)']);
    // Chosen again, nothing new happened.
    await repos.procedures.choosePreset('vakbedrijf', ACTOR, LATER);
    expect(await settingsEvents(db)).toHaveLength(1);
  });

  it('refuses an unknown preset', async () => {
    const { repos } = await freshDb();
    const error = await repos.procedures.choosePreset('bestaat-niet', ACTOR, NOW).catch((e: unknown) => e);
    expect((error as ValidationError).fieldErrors).toEqual({ key: 'Kies een klachtenregeling uit de lijst' });
  });

  it('store the office’s edits as the next version, validated, never altering a stored row', async () => {
    const { db, repos } = await freshDb();
    const current = await repos.procedures.current();
    const edited: Procedure = { ...current, terms: { ...current.terms, response: { amount: 8, unit: 'weeks' } } };
    const saved = await repos.procedures.saveEdited(edited, ACTOR, NOW);
    expect(saved).toMatchObject({ id: 'vakbedrijf@2', version: 2, terms: { response: { amount: 8, unit: 'weeks' } } });
    expect((await repos.procedures.get('vakbedrijf@1'))?.terms.response).toEqual({ amount: 4, unit: 'weeks' });
    expect((await settingsEvents(db))[0]?.changes).toEqual([
      { field: 'procedure.terms', old: current.terms, new: saved.terms },
    ]);

    const error = await repos.procedures.saveEdited({ ...saved, name: ' ' }, ACTOR, LATER).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fieldErrors).toEqual({ name: 'Vul de naam van de klachtenregeling in' });
    expect(await db.procedures.count()).toBe(2);
    expect(await settingsEvents(db)).toHaveLength(1);
    expect((await repos.procedures.current()).id).toBe('vakbedrijf@2');
  });

  it('never move the deadlines of complaints already running', async () => {
    const { repos } = await freshDb();
    const { complaint: running } = await repos.complaints.create(intake(), ACTOR, NOW);
    const before = await repos.complaints.deadlines(running.id, '2026-03-10');
    expect(before.find((d) => d.kind === 'response')?.dueOn).toBe('2026-04-07');

    const current = await repos.procedures.current();
    await repos.procedures.saveEdited({ ...current, terms: { ...current.terms, acknowledge: { amount: 1, unit: 'working_days' }, response: { amount: 8, unit: 'weeks' } } }, ACTOR, NOW);
    await repos.procedures.choosePreset('zorgbedrijf-coordinator', ACTOR, NOW);

    expect(await repos.complaints.deadlines(running.id, '2026-03-10')).toEqual(before);
    expect(await repos.complaints.get(running.id)).toEqual(running);
    expect(running.workflow.procedureVersionId).toBe('vakbedrijf@1');

    const { complaint: fresh } = await repos.complaints.create(intake(), ACTOR, NOW);
    expect(fresh.workflow.procedureVersionId).toBe('zorgbedrijf-coordinator@1');
    expect((await repos.complaints.deadlines(fresh.id, '2026-03-10')).map((d) => d.kind)).toEqual(['acknowledgement']);
  });
});
