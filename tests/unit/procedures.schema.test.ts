import { describe, expect, it } from 'vitest';
import type { Procedure } from '../../src-renderer/src/domain/procedure';
import { PROCEDURE_MESSAGES, PROCEDURE_PRESETS, procedureSchema } from '../../src-renderer/src/domain/procedures';

const base = PROCEDURE_PRESETS[1] as Procedure; // the one with a committee and an appeal body

function messagesFor(procedure: unknown): Record<string, string> {
  const result = procedureSchema.safeParse(procedure);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((issue) => [issue.path.join('.'), issue.message]));
}

describe('procedureSchema', () => {
  it('accepts amounts 0 and 120 and refuses what is not a whole number from 0 to 120', () => {
    for (const amount of [0, 120]) expect(messagesFor({ ...base, terms: { ...base.terms, response: { amount, unit: 'weeks' } } })).toEqual({});
    for (const amount of [-1, 121, 1.5, Number.NaN]) {
      expect(messagesFor({ ...base, terms: { ...base.terms, response: { amount, unit: 'weeks' } } })).toEqual({
        'terms.response.amount': PROCEDURE_MESSAGES.termAmount,
      });
    }
  });

  it('refuses an unknown unit', () => {
    expect(messagesFor({ ...base, terms: { ...base.terms, retention: { amount: 1, unit: 'eeuwen' } } })).toEqual({
      'terms.retention.unit': PROCEDURE_MESSAGES.termUnit,
    });
  });

  it('requires the names of the procedure, its bodies and its committee members', () => {
    const unnamed = {
      ...base,
      name: '  ',
      escalations: base.escalations.map((b) => ({ ...b, name: '' })),
      committee: base.committee.map((m) => ({ ...m, name: '' })),
    };
    expect(messagesFor(unnamed)).toEqual({
      name: 'Vul de naam van de klachtenregeling in',
      'escalations.0.name': 'Vul de naam van de instantie in',
      'escalations.1.name': 'Vul de naam van de instantie in',
      'committee.0.name': 'Vul de naam van het commissielid in',
      'committee.1.name': 'Vul de naam van het commissielid in',
    });
  });

  it('takes the order and the condition of a body, and refuses a step that is not a whole number from 1', () => {
    const [appeal, court] = base.escalations as [Procedure['escalations'][number], Procedure['escalations'][number]];
    expect(messagesFor({ ...base, escalations: [{ ...appeal, stage: 1 }, { ...court, stage: 2 }] })).toEqual({});
    for (const stage of [0, 1.5, 21, Number.NaN]) {
      expect(messagesFor({ ...base, escalations: [{ ...appeal, stage }, court] })).toStrictEqual({
        'escalations.0.stage': 'Vul een heel getal van 1 tot en met 20 in, of laat het leeg als de klant er altijd terecht kan',
      });
    }
    expect(messagesFor({ ...base, escalations: [{ ...appeal, condition: 'altijd' }, court] })).toStrictEqual({
      'escalations.0.condition': 'Kies wanneer de klant zich tot deze instantie kan wenden',
    });
  });

  it('keeps a procedure stored before the third party had its own kind valid: its body stays a dispute body, without order', () => {
    const stored = PROCEDURE_PRESETS.find((p) => p.key === 'vakbedrijf')!;
    const old = { ...stored, escalations: stored.escalations.map(({ stage: _stage, ...body }) => (body.id === 'onafhankelijke-derde' ? { ...body, kind: 'dispute_body' } : body)) };
    expect(messagesFor(old)).toEqual({});
  });

  it('refuses two bodies with one id, since escalations name their body by it', () => {
    const first = base.escalations[0]!;
    expect(messagesFor({ ...base, escalations: [first, { ...first, name: 'Nog een' }] })).toEqual({
      'escalations.1.id': PROCEDURE_MESSAGES.duplicateBody,
    });
  });

  it('wants a chair when a committee judges, and only one', () => {
    const members = base.committee.map((m) => ({ ...m, role: 'member' as const }));
    expect(messagesFor({ ...base, committee: members })).toEqual({ committee: PROCEDURE_MESSAGES.chairRequired });
    const chairs = base.committee.map((m) => ({ ...m, role: 'chair' as const }));
    expect(messagesFor({ ...base, committee: chairs })).toEqual({ committee: PROCEDURE_MESSAGES.oneChair });
  });

  it('checks e-mail addresses and websites, leaving them optional', () => {
    const body = base.escalations[0]!;
    expect(messagesFor({ ...base, escalations: [{ ...body, email: 'geen-adres', website: 'niet zomaar tekst' }] })).toEqual({
      'escalations.0.email': 'Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl',
      'escalations.0.website': PROCEDURE_MESSAGES.website,
    });
    expect(messagesFor({ ...base, escalations: [{ ...body, email: '', website: 'www.nrto.nl/contact/' }] })).toEqual({});
  });

  it('requires how to submit a complaint, which letters quote', () => {
    expect(messagesFor({ ...base, texts: { ...base.texts, howToSubmit: '' } })).toEqual({ 'texts.howToSubmit': PROCEDURE_MESSAGES.howToSubmit });
  });

  it('keeps the version id tied to key and version', () => {
    expect(messagesFor({ ...base, version: 2 })).toEqual({ id: PROCEDURE_MESSAGES.versionId });
    expect(messagesFor({ ...base, version: 2, id: `${base.key}@2` })).toEqual({});
  });
});
