import { describe, expect, it } from 'vitest';
import { createWorkingDayCalendar } from '../../src-renderer/src/domain/calendar';
import type { EscalationBody, Procedure } from '../../src-renderer/src/domain/procedure';
import { DEFAULT_PRESET_KEY, PROCEDURE_PRESETS, presetByKey, procedureSchema } from '../../src-renderer/src/domain/procedures';

function preset(key: string): Procedure {
  const found = presetByKey(key);
  if (!found) throw new Error(`no preset ${key}`);
  return found;
}

function body(procedure: Procedure, id: string): EscalationBody {
  const found = procedure.escalations.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no body ${id} in ${procedure.key}`);
  return found;
}

describe('the presets as a set', () => {
  it('are six: one per seed and the Wkkgz', () => {
    expect(PROCEDURE_PRESETS).toHaveLength(6);
    expect(PROCEDURE_PRESETS.map((p) => p.source)).toEqual([
      'seeds/000_6f3c56bf2eed6a9f.txt',
      'seeds/001_73b4bc84882feadb.txt',
      'seeds/002_7adebcd1e0b85261.txt',
      'seeds/003_dfe8c520d5830aab.txt',
      'seeds/004_1e8e1ebbc0193b06.txt',
      'Wet kwaliteit, klachten en geschillen zorg (Wkkgz)',
    ]);
  });

  it('have unique, stable keys and ids of version 1', () => {
    const keys = PROCEDURE_PRESETS.map((p) => p.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(new Set(PROCEDURE_PRESETS.map((p) => p.id)).size).toBe(keys.length);
    for (const p of PROCEDURE_PRESETS) {
      expect(p.version).toBe(1);
      expect(p.id).toBe(`${p.key}@1`);
      expect(p.createdAt).toBe('2026-01-01T00:00:00.000Z');
      expect(p.updatedAt).toBe(p.createdAt);
    }
  });

  it('name every escalation body, with ids unique within the procedure', () => {
    for (const p of PROCEDURE_PRESETS) {
      const ids = p.escalations.map((b) => b.id);
      expect(new Set(ids).size, p.key).toBe(ids.length);
      for (const b of p.escalations) {
        expect(b.name.trim(), `${p.key}/${b.id}`).not.toBe('');
        expect(b.description.trim(), `${p.key}/${b.id}`).not.toBe('');
      }
    }
  });

  it('all pass the procedure schema unchanged', () => {
    for (const p of PROCEDURE_PRESETS) {
      const result = procedureSchema.safeParse(p);
      expect(result.error?.issues ?? [], p.key).toEqual([]);
      // Nothing stripped or rewritten: the schema knows every field a preset uses.
      expect(result.data, p.key).toEqual(p);
    }
  });

  it('address the customer consistently with "je" or "u" in every text a letter quotes', () => {
    const formal = /\b(u|uw)\b/i;
    const informal = /\b(je|jij|jou|jouw)\b/i;
    for (const p of PROCEDURE_PRESETS) {
      expect(p.texts.formOfAddress, p.key).toBeDefined();
      const texts = [p.texts.howToSubmit, p.texts.notSatisfied, ...p.escalations.map((b) => b.description)];
      const wrong = p.texts.formOfAddress === 'je' ? formal : informal;
      for (const text of texts) expect(text, `${p.key}: ${text}`).not.toMatch(wrong);
    }
  });

  it('have terms the working-day calendar can compute', () => {
    const calendar = createWorkingDayCalendar();
    for (const p of PROCEDURE_PRESETS) {
      const { extension, ...terms } = p.terms;
      for (const term of [...Object.values(terms), extension.maxExtra, ...p.escalations.map((b) => b.decisionTerm)]) {
        if (term) expect(calendar.dueDay('2026-03-07', term)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
    }
  });

  it('look up by key, and the default is one of them', () => {
    expect(presetByKey(DEFAULT_PRESET_KEY)?.key).toBe(DEFAULT_PRESET_KEY);
    expect(presetByKey('bestaat-niet')).toBeUndefined();
  });
});

describe('seed 000: care and welfare, joined to DOKh', () => {
  const p = preset('zorg-welzijn-dokh');

  it('acknowledges within 2 working days and responds in writing within 4 weeks of receipt, without extension', () => {
    expect(p.terms.acknowledge).toEqual({ amount: 2, unit: 'working_days' });
    expect(p.terms.response).toEqual({ amount: 4, unit: 'weeks' });
    expect(p.terms.extension.allowed).toBe(false);
  });

  it('first looks for a solution together, then has an uninvolved employee judge after hoor en wederhoor', () => {
    expect(p.steps).toMatchObject({
      informalResolution: true,
      hearBothSides: true,
      judgedBy: 'uninvolved_employee',
      ownerAssignment: true,
      rootCauseAndCorrectiveActions: true,
    });
  });

  it('escalates to the director or the DOKh complaints officer, then the DOKh dispute body', () => {
    expect(p.escalations.map((b) => [b.id, b.kind, b.stage])).toEqual([
      ['directie', 'management', 1],
      ['klachtenfunctionaris-dokh', 'complaints_officer', 1],
      ['geschilleninstantie-dokh', 'dispute_body', 2],
    ]);
  });

  it('says how to submit: phone on working days 8.30–17.00, letter, e-mail, website; informal "je"', () => {
    expect(p.texts.formOfAddress).toBe('je');
    for (const part of ['0182-359823', '8.30 en 17.00', 't.a.v. klachtenafhandeling', 'Westhaven 63', '2801 PN Gouda', 'info@m-et.nl', 'website']) {
      expect(p.texts.howToSubmit).toContain(part);
    }
  });
});

describe('seed 001: service provider with complaints and appeal committee', () => {
  const p = preset('dienstverlener-klachtencommissie');

  it('carries the terms of the seed', () => {
    expect(p.terms.acknowledge).toEqual({ amount: 2, unit: 'weeks' });
    expect(p.terms.response).toEqual({ amount: 4, unit: 'weeks' });
    expect(p.terms.extension).toEqual({ allowed: true, maxExtra: null, noticeRequired: true, maxCount: null });
    expect(p.terms.submissionLimit).toEqual({ amount: 12, unit: 'months' });
    expect(p.terms.retention).toEqual({ amount: 1, unit: 'years' });
  });

  it('is judged by the committee, confidential, written only, with management on material interest and a structural review', () => {
    expect(p.steps).toMatchObject({
      judgedBy: 'committee',
      hearBothSides: true,
      managementOnMaterialInterest: true,
      structuralMeasuresReview: true,
      confidential: true,
      writtenSubmissionRequired: true,
    });
    expect(p.committee).toEqual([
      { name: 'NC Jansen', role: 'chair', function: 'Organisatiedeskundige', email: 'NCJansen@klikklaar.com' },
      { name: 'K. Bruurmijn', role: 'member', function: 'ICT-specialist', email: 'Kenny@klikklaar.com' },
    ]);
    expect(p.texts.howToSubmit).toContain('Newtonlaan 115, 3584 BH Utrecht');
  });

  it('has an appeal committee deciding within 8 weeks, binding, with notice when it needs longer; the court stays open', () => {
    const appeal = body(p, 'beroepscommissie');
    expect(appeal.kind).toBe('appeal_committee');
    expect(appeal.decisionTerm).toEqual({ amount: 8, unit: 'weeks' });
    expect(appeal.binding).toBe(true);
    expect(appeal.extension).toEqual({ allowed: true, maxExtra: null, noticeRequired: true, maxCount: null });
    expect(appeal.address).toEqual(['CR Makarawung', 'Stadswal 61a', '6851 CZ Huissen']);
    // "Als uw klacht ongegrond wordt verklaard … of als u het oneens bent met de voorgestelde oplossingen"
    expect(appeal.condition).toBe('unfounded_or_solution_disputed');
    // "sluit niet uit dat u zich tot de burgerlijke rechter kunt wenden": at any time, outside any order.
    expect(body(p, 'rechter')).toMatchObject({ kind: 'court' });
    expect(body(p, 'rechter').stage).toBeUndefined();
    expect(p.texts.formOfAddress).toBe('u');
  });
});

describe('seed 002: craft business', () => {
  const p = preset('vakbedrijf');

  it('keeps the file at least 3 years, and says its acknowledgement and response terms are defaults', () => {
    expect(p.terms.retention).toEqual({ amount: 3, unit: 'years' });
    expect(p.terms.acknowledge).toEqual({ amount: 5, unit: 'working_days' });
    expect(p.terms.response).toEqual({ amount: 4, unit: 'weeks' });
    expect(p.notes).toContain('noemt geen termijn');
  });

  it('follows the repair, investigates the cause and asks whether the customer is satisfied', () => {
    expect(p.steps).toMatchObject({ solutionFollowUp: true, rootCauseAndCorrectiveActions: true, evaluation: true, judgedBy: 'owner' });
  });

  it('offers an independent third party (a kind of its own, no dispute body), mediation, then binding arbitration or court, in that order', () => {
    expect(p.escalations.map((b) => [b.kind, b.binding, b.stage])).toEqual([
      ['independent_third_party', false, 1],
      ['mediation', false, 2],
      ['arbitration', true, 3],
      ['court', true, 3],
    ]);
    expect(body(p, 'raad-van-arbitrage').name).toBe('Raad van Arbitrage');
  });
});

describe('seed 003: one-person business, NRTO member', () => {
  const p = preset('eenmanszaak-nrto');

  it('carries the terms of the seed', () => {
    expect(p.terms.acknowledge).toEqual({ amount: 5, unit: 'working_days' });
    expect(p.terms.furtherHandling).toEqual({ amount: 10, unit: 'working_days' });
    expect(p.terms.response).toEqual({ amount: 4, unit: 'weeks' });
    expect(p.terms.extension).toEqual({ allowed: true, maxExtra: null, noticeRequired: true, maxCount: null });
    expect(p.terms.retention).toEqual({ amount: 5, unit: 'years' });
  });

  it('is judged by the owner, confidential, by e-mail, and closed with a closing mail', () => {
    expect(p.steps).toMatchObject({ judgedBy: 'owner', closingMessage: true, confidential: true, writtenSubmissionRequired: true });
    expect(p.texts.howToSubmit).toContain('mok@webbouwenaandekeukeltafel.nl');
    expect(p.texts.formOfAddress).toBe('je');
  });

  it('escalates to the Commissie van Kwaliteitshandhaving via the NRTO, whose ruling the business accepts', () => {
    const commission = body(p, 'commissie-kwaliteitshandhaving-nrto');
    expect(commission.binding).toBe(true);
    expect(commission.website).toBe('https://www.nrto.nl/contact/');
    // The seed calls it a commission that takes up the complaint, not a dispute body.
    expect(commission.kind).toBe('external_committee');
  });
});

describe('seed 004: care business with a complaints coordinator', () => {
  const p = preset('zorgbedrijf-coordinator');

  it('acknowledges within 5 working days and checks the status with the owner every 2 weeks', () => {
    expect(p.terms.acknowledge).toEqual({ amount: 5, unit: 'working_days' });
    expect(p.terms.statusCheckEvery).toEqual({ amount: 2, unit: 'weeks' });
  });

  it('sets no response term, as the seed names none, and says so', () => {
    expect(p.terms.response).toBeNull();
    expect(p.notes).toContain('geen termijn voor de reactie');
  });

  it('assigns an owner, consults management when the owner cannot handle it, evaluates and closes only after agreement', () => {
    expect(p.steps).toMatchObject({
      ownerAssignment: true,
      managementWhenOwnerCannotHandle: true,
      evaluation: true,
      customerAgreementBeforeClosing: true,
    });
    for (const channel of ['Is alles naar wens?', 'ontevredenheidsformulier', 'brief', 'telefonisch']) {
      expect(p.texts.howToSubmit).toContain(channel);
    }
  });
});

describe('Wkkgz', () => {
  const p = preset('zorgaanbieder-wkkgz');

  it('decides within 6 weeks, extendable once by at most 4 weeks with written notice', () => {
    expect(p.terms.response).toEqual({ amount: 6, unit: 'weeks' });
    expect(p.terms.extension).toEqual({ allowed: true, maxExtra: { amount: 4, unit: 'weeks' }, noticeRequired: true, maxCount: 1 });
  });

  it('has a free independent complaints officer and a binding dispute body', () => {
    expect(body(p, 'klachtenfunctionaris').kind).toBe('complaints_officer');
    expect(body(p, 'klachtenfunctionaris').description).toContain('kosteloos');
    expect(body(p, 'geschilleninstantie')).toMatchObject({ kind: 'dispute_body', binding: true });
  });

  it('marks the acknowledgement term and retention, which the law does not set, as the office’s choice', () => {
    expect(p.terms.retention).toEqual({ amount: 2, unit: 'years' });
    expect(p.notes).toContain('noemt de wet niet');
  });
});
