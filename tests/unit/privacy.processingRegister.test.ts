import { describe, expect, it } from 'vitest';
import { processingRegister, type ProcessingFacts } from '../../src-renderer/src/domain/privacy/processingRegister';
import { EMPTY_LETTERHEAD } from '../../src-renderer/src/letters/settings';
import { ACTOR, freshDb, NOW } from './support/db';
import { preset } from './support/workflow';

const text = (register: ReturnType<typeof processingRegister>, heading: string) => register.sections.find((s) => s.heading === heading)?.lines.join('\n') ?? '';

function facts(overrides: Partial<ProcessingFacts> = {}): ProcessingFacts {
  return {
    office: { name: 'Installatiebedrijf Van Dijk', addressLines: ['Westhaven 63', '2801 PN Gouda'], phone: '0182-123456', email: 'info@vandijk.nl' },
    procedures: [preset('craft')],
    roles: ['coordinator', 'owner'],
    backupsEncrypted: false,
    shared: false,
    today: '2026-12-07',
    ...overrides,
  };
}

describe('the register of processing (AVG art. 30)', () => {
  it('is written from the office’s settings: who, how long under which regeling, to whom, who sees it', () => {
    const register = processingRegister(facts());
    expect(text(register, 'Verwerkingsverantwoordelijke')).toContain('Naam: Installatiebedrijf Van Dijk');
    expect(text(register, 'Verwerkingsverantwoordelijke')).toContain('Adres: Westhaven 63, 2801 PN Gouda');
    expect(text(register, 'Bewaartermijnen')).toContain('Klachtenprocedure vakbedrijf (versie 1): 3 jaar na afhandeling van de klacht');
    for (const body of preset('craft').escalations) expect(text(register, 'Ontvangers')).toContain(body.name);
    expect(text(register, 'Wie kan de gegevens zien')).toContain('Klachtencoördinator, Behandelaar');
    expect(register.intro).toContain('7 december 2026');
  });

  it('names the bodies outside the office as recipients, not its own management', () => {
    const dokh = preset('dokh');
    const recipients = text(processingRegister(facts({ procedures: [dokh] })), 'Ontvangers');
    for (const body of dokh.escalations) {
      if (body.kind === 'management') expect(recipients).not.toContain(body.name);
      else expect(recipients).toContain(body.name);
    }
    expect(dokh.escalations.some((body) => body.kind === 'management')).toBe(true);
  });

  it('names health data as a special category only under a care regeling', () => {
    expect(text(processingRegister(facts()), 'Betrokkenen en gegevens')).not.toContain('gezondheid');
    expect(text(processingRegister(facts({ procedures: [preset('dokh')] })), 'Betrokkenen en gegevens')).toContain('gegevens over gezondheid bevatten (artikel 9 AVG)');
  });

  it('says what the office still has to fill in or set, instead of leaving it blank', () => {
    const register = processingRegister(facts({ office: { name: '', addressLines: [], phone: '', email: '' }, roles: [] }));
    expect(text(register, 'Verwerkingsverantwoordelijke')).toContain('Naam: (nog niet ingevuld onder Instellingen › Briefpapier)');
    expect(text(register, 'Wie kan de gegevens zien')).toContain('(nog geen medewerkers ingevoerd)');
    expect(text(register, 'Beveiliging')).toContain('niet versleuteld: stel een wachtwoord in');
    expect(text(processingRegister(facts({ backupsEncrypted: true })), 'Beveiliging')).toContain('versleuteld met AES-256-GCM');
    const noTerm = { ...preset('craft'), terms: { ...preset('craft').terms, retention: null } };
    expect(text(processingRegister(facts({ procedures: [noTerm] })), 'Bewaartermijnen')).toContain('de regeling noemt geen bewaartermijn');
  });

  it('names confidentiality where the regeling makes every complaint confidential', () => {
    expect(text(processingRegister(facts({ procedures: [preset('committee')] })), 'Wie kan de gegevens zien')).toContain('Vertrouwelijk behandeld volgens de regeling: elke klacht onder');
  });

  it('reads the newest version of each regeling, the letterhead and the roles of active staff only', async () => {
    const { repos } = await freshDb();
    await repos.procedures.choosePreset('vakbedrijf', ACTOR, NOW);
    const current = await repos.procedures.current();
    await repos.procedures.saveEdited({ ...current, terms: { ...current.terms, retention: { amount: 5, unit: 'years' } } }, ACTOR, new Date(2026, 2, 11));
    await repos.letters.saveLetterhead({ ...EMPTY_LETTERHEAD, officeName: 'Installatiebedrijf Van Dijk' }, ACTOR, NOW);
    await repos.staff.create({ name: 'Erik Zwart', roles: ['owner'] }, ACTOR, NOW);
    const gone = await repos.staff.create({ name: 'Oud Directeur', roles: ['management'] }, ACTOR, NOW);
    await repos.staff.deactivate(gone.id, ACTOR, NOW);

    const stored = await repos.processingFacts.read();
    expect(stored.office.name).toBe('Installatiebedrijf Van Dijk');
    expect(stored.procedures.map((p) => [p.key, p.version, p.terms.retention])).toEqual([['vakbedrijf', 2, { amount: 5, unit: 'years' }]]);
    expect(stored.roles).toEqual(['owner']);
  });
});
