import { describe, expect, it } from 'vitest';
import { RecordNotFoundError, ValidationError } from '../../src-renderer/src/domain/errors';
import { ACTOR, freshDb, NOW, storedEventCount, storedEvents } from './support/db';

const LATER = new Date(2026, 2, 11, 9, 0);

describe('staff', () => {
  it('are created validated, with an event on no complaint', async () => {
    const { db, repos } = await freshDb();
    const member = await repos.staff.create({ name: ' Marloes van Dam ', roles: ['owner', 'coordinator', 'owner'] }, ACTOR, NOW);
    expect(member).toMatchObject({ name: 'Marloes van Dam', roles: ['coordinator', 'owner'], active: true, createdAt: NOW.toISOString() });
    expect(await repos.staff.get(member.id)).toEqual(member);
    const events = await storedEvents(db);
    expect(events).toEqual([
      expect.objectContaining({ type: 'settings_changed', complaintId: null, summary: 'Medewerker Marloes van Dam toegevoegd (klachtencoördinator, behandelaar)' }),
    ]);
  });

  it('refuses a missing name, no role or an unknown role, and a second active person with the same name', async () => {
    const { db, repos } = await freshDb();
    const invalid = await repos.staff.create({ name: '', roles: [] }, ACTOR, NOW).catch((e: unknown) => e);
    expect((invalid as ValidationError).fieldErrors).toEqual({ name: 'Vul de naam van de medewerker in', roles: 'Kies minstens één rol' });
    const unknown = await repos.staff.create({ name: 'Tom', roles: ['boss' as never] }, ACTOR, NOW).catch((e: unknown) => e);
    expect((unknown as ValidationError).fieldErrors).toEqual({ 'roles.0': 'Kies een rol uit de lijst' });

    await repos.staff.create({ name: 'Hélène de Wit', roles: ['owner'] }, ACTOR, NOW);
    const twin = await repos.staff.create({ name: 'helene de wit', roles: ['owner'] }, ACTOR, NOW).catch((e: unknown) => e);
    expect((twin as ValidationError).fieldErrors.name).toMatch(/^Er is al een actieve medewerker met deze naam/);
    expect(await db.staff.count()).toBe(1);
    expect(await storedEventCount(db)).toBe(1);
  });

  it('are edited, deactivated and taken back on, each once with an event', async () => {
    const { db, repos } = await freshDb();
    const erik = await repos.staff.create({ name: 'Erik Zwart', roles: ['owner'] }, ACTOR, NOW);
    const anouk = await repos.staff.create({ name: 'Anouk Verbeek', roles: ['receptionist'] }, ACTOR, NOW);

    const edited = await repos.staff.update(erik.id, { roles: ['owner', 'management'] }, ACTOR, LATER);
    expect(edited).toMatchObject({ name: 'Erik Zwart', roles: ['owner', 'management'], updatedAt: LATER.toISOString() });
    expect(await repos.staff.update(erik.id, { name: 'Erik Zwart' }, ACTOR, LATER)).toEqual(edited);

    await repos.staff.deactivate(erik.id, ACTOR, LATER);
    expect((await repos.staff.list({ activeOnly: true })).map((s) => s.name)).toEqual(['Anouk Verbeek']);
    expect((await repos.staff.list()).map((s) => s.name)).toEqual(['Anouk Verbeek', 'Erik Zwart']);
    await repos.staff.update(erik.id, { active: true }, ACTOR, LATER);
    expect((await repos.staff.get(erik.id))?.active).toBe(true);

    const summaries = (await storedEvents(db)).map((e) => e.summary);
    expect(summaries.slice(2)).toEqual([
      'Medewerker Erik Zwart gewijzigd (behandelaar, directie)',
      'Medewerker Erik Zwart op inactief gezet',
      'Medewerker Erik Zwart gewijzigd (behandelaar, directie)',
    ]);
    expect(anouk.active).toBe(true);
  });

  it('say so when the person is gone', async () => {
    const { repos } = await freshDb();
    await expect(repos.staff.deactivate('gone', ACTOR, NOW)).rejects.toBeInstanceOf(RecordNotFoundError);
  });
});

describe('staff on a shared register', () => {
  it('one account is one colleague: linking it to someone takes it from whoever had it, with an event naming the account and the roles the server gave', async () => {
    const { db, repos } = await freshDb();
    const sanne = await repos.staff.create({ name: 'Sanne Smit', roles: ['receptionist'] }, ACTOR, NOW);
    const other = await repos.staff.create({ name: 'Sanne S.', roles: ['owner'] }, ACTOR, NOW);
    await repos.staff.linkAccount(other.id, 'sanne', ['owner'], ACTOR, NOW);
    const linked = await repos.staff.linkAccount(sanne.id, 'sanne', ['coordinator', 'owner'], ACTOR, LATER);
    expect(linked).toMatchObject({ account: 'sanne', roles: ['coordinator', 'owner'] });
    expect((await repos.staff.get(other.id))?.account).toBeUndefined();
    expect((await repos.staff.byAccount('sanne'))?.id).toBe(sanne.id);
    expect((await storedEvents(db)).map((event) => event.summary)).toContain('Medewerker Sanne Smit meldt zich aan als sanne (klachtencoördinator, behandelaar)');
  });

  it('finds the same person added on another PC by name, not someone who already signs in with an account', async () => {
    const { repos } = await freshDb();
    // Added by the coordinator on the office's register; the card made on the new PC is another record with the same name.
    const office = await repos.staff.create({ name: 'Erik Zwart', roles: ['owner'] }, ACTOR, NOW);
    expect(await repos.staff.namesake(office)).toBeUndefined();
    expect(await repos.staff.namesake({ id: 'made-on-the-new-pc', name: 'erik zwart' })).toMatchObject({ id: office.id });
    expect(await repos.staff.namesake({ id: 'made-on-the-new-pc', name: 'Erik de Zwart' })).toBeUndefined();
    await repos.staff.linkAccount(office.id, 'erik', ['owner'], ACTOR, NOW);
    expect(await repos.staff.namesake({ id: 'made-on-the-new-pc', name: 'Erik Zwart' })).toBeUndefined();
  });
});
