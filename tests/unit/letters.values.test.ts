import { describe, expect, it } from 'vitest';
import { presetByKey } from '../../src-renderer/src/domain/procedures';
import type { Procedure } from '../../src-renderer/src/domain/procedure';
import {
  DEFAULT_TEMPLATES,
  LETTER_TYPES,
  PLACEHOLDERS,
  dutchDate,
  dutchDateTime,
  fillTemplate,
  letterValues,
  placeholdersIn,
  salutationLine,
  sampleLetterInput,
} from '../../src-renderer/src/letters';

function procedure(key: string): Procedure {
  const found = presetByKey(key);
  if (!found) throw new Error(`preset ${key} missing`);
  return found;
}

describe('salutations', () => {
  it('writes the formal salutation with the family name, capitalising the first tussenvoegsel', () => {
    expect(salutationLine({ name: 'Anna de Vries', salutation: 'mevrouw' }, 'u')).toBe('Geachte mevrouw De Vries,');
    expect(salutationLine({ name: 'Jan van der Berg', salutation: 'heer' }, 'u')).toBe('Geachte heer Van der Berg,');
    expect(salutationLine({ name: 'Kees Jansen', salutation: 'neutral' }, 'u')).toBe('Geachte heer/mevrouw Jansen,');
    expect(salutationLine({ name: 'Sam ten Have', salutation: 'neutral' }, 'u')).toBe('Geachte heer/mevrouw Ten Have,');
    expect(salutationLine({ name: '  Jansen ', salutation: 'heer' }, 'u')).toBe('Geachte heer Jansen,');
    expect(salutationLine({ name: '', salutation: 'mevrouw' }, 'u')).toBe('Geachte heer/mevrouw,');
  });

  it('writes the informal salutation with the first name', () => {
    expect(salutationLine({ name: 'Anna de Vries', salutation: 'mevrouw' }, 'je')).toBe('Beste Anna,');
    expect(salutationLine({ name: 'Kees Jansen', salutation: 'neutral' }, 'je')).toBe('Beste Kees,');
  });
});

describe('the summary inside a sentence', () => {
  const summaryIn = (summary: string) => {
    const input = sampleLetterInput('acknowledgement', procedure('vakbedrijf'));
    return letterValues({ ...input, complaint: { ...input.complaint, summary } })['klacht.samenvatting'];
  };

  it('drops the capital only a sentence start needs, and a closing full stop', () => {
    expect(summaryIn('Nieuwe orthopedische schoenen knellen.')).toBe('nieuwe orthopedische schoenen knellen');
    expect(summaryIn('  De monteur kwam niet  ')).toBe('de monteur kwam niet');
  });

  it('keeps words written in capitals as they are', () => {
    expect(summaryIn('KPN-storing duurt te lang')).toBe('KPN-storing duurt te lang');
    expect(summaryIn('WiFi valt weg')).toBe('WiFi valt weg');
    expect(summaryIn('lekkende kraan')).toBe('lekkende kraan');
  });
});

describe('Dutch dates', () => {
  it('writes days and meetings out in Dutch', () => {
    expect(dutchDate('2026-11-21')).toBe('21 november 2026');
    expect(dutchDate('2026-03-01')).toBe('1 maart 2026');
    expect(dutchDate('geen datum')).toBe('');
    expect(dutchDateTime('2026-12-01T14:00')).toBe('dinsdag 1 december 2026 om 14.00 uur');
    expect(dutchDateTime('2026-12-01')).toBe('dinsdag 1 december 2026');
  });
});

describe('fillTemplate', () => {
  it('fills known placeholders', () => {
    const result = fillTemplate('{klant.aanhef} Uw klacht {klacht.kenmerk}.', { 'klant.aanhef': 'Beste Anna,', 'klacht.kenmerk': 'K-2026-0001' });
    expect(result).toEqual({ text: 'Beste Anna, Uw klacht K-2026-0001.', unknown: [], missing: [] });
  });

  it('reports an unknown placeholder and leaves it visible', () => {
    const result = fillTemplate('Kenmerk {klacht.kenmrk} en {klacht.kenmerk}', { 'klacht.kenmerk': 'K-1' });
    expect(result.unknown).toEqual(['klacht.kenmrk']);
    expect(result.missing).toEqual([]);
    expect(result.text).toBe('Kenmerk {klacht.kenmrk} en K-1');
  });

  it('reports a known placeholder without a value (or only spaces) as missing, never a blank', () => {
    const result = fillTemplate('Nieuwe datum: {verlenging.datum}. Reden: {verlenging.reden}.', { 'verlenging.reden': '  ' });
    expect(result.missing).toEqual(['verlenging.datum', 'verlenging.reden']);
    expect(result.text).toBe('Nieuwe datum: {verlenging.datum}. Reden: {verlenging.reden}.');
  });

  it('reports each name once and ignores text that merely has braces', () => {
    const result = fillTemplate('{x} {x} { spatie } {}', {});
    expect(result.unknown).toEqual(['x']);
    expect(result.text).toBe('{x} {x} { spatie } {}');
  });

  it('ends a typed sentence that ends a line with a full stop, and leaves one inside a sentence as typed', () => {
    const values = { oplossing: 'De ketel wordt vervangen', 'verlenging.reden': 'Wij wachten op de fabrikant!' };
    expect(fillTemplate('Oplossing: {oplossing}\nReden: {verlenging.reden}', values).text).toBe('Oplossing: De ketel wordt vervangen.\nReden: Wij wachten op de fabrikant!');
    expect(fillTemplate('Oplossing: {oplossing}, zoals besproken.', values).text).toBe('Oplossing: De ketel wordt vervangen, zoals besproken.');
  });

  it('does not expand placeholders inside values', () => {
    const result = fillTemplate('{klacht.samenvatting}', { 'klacht.samenvatting': 'tekst met {klant.naam} erin' });
    expect(result.text).toBe('tekst met {klant.naam} erin');
    expect(result.missing).toEqual([]);
  });
});

describe('default templates', () => {
  it('use only listed placeholders, and every placeholder has a Dutch description', () => {
    const known = new Set(PLACEHOLDERS.map((p) => p.name));
    for (const form of ['u', 'je'] as const) {
      for (const type of LETTER_TYPES) {
        const t = DEFAULT_TEMPLATES[form][type];
        for (const name of [...placeholdersIn(t.body), ...placeholdersIn(t.subject)]) expect(known, `${form}/${type}: ${name}`).toContain(name);
        expect(t.body.startsWith('{klant.aanhef}')).toBe(true);
      }
    }
    for (const p of PLACEHOLDERS) expect(p.description.length).toBeGreaterThan(5);
  });

  it('the je version does not say "u" to the customer, the u version does not say "je"', () => {
    for (const type of LETTER_TYPES) {
      expect(DEFAULT_TEMPLATES.je[type].body).not.toMatch(/\b(u|uw)\b/);
      expect(DEFAULT_TEMPLATES.u[type].body).not.toMatch(/\b(je|jij|jouw)\b/);
    }
  });
});

describe('letterValues', () => {
  it('takes the terms from the procedure and the dates from the complaint deadlines', () => {
    const craft = procedure('vakbedrijf');
    const values = letterValues(sampleLetterInput('acknowledgement', craft, 'u'));
    expect(values['termijn.reactie']).toBe('4 weken');
    expect(values['termijn.ontvangst']).toBe('5 werkdagen');
    expect(values['klacht.ontvangen']).toBe('2 november 2026');
    expect(values['termijn.reactie.datum']).toBe('30 november 2026');
    expect(values['brief.datum']).toBe('21 november 2026');
    expect(values['klant.aanhef']).toBe('Geachte mevrouw De Vries,');
    expect(values['oordeel']).toBe('deels gegrond');
  });

  it('uses the extended response date once the complaint is extended', () => {
    const craft = procedure('vakbedrijf');
    const input = sampleLetterInput('extension', craft, 'u');
    input.deadlines = input.deadlines.map((d) => (d.kind === 'response' ? { ...d, kind: 'extended_response', dueOn: '2026-12-14' } : d));
    expect(letterValues(input)['termijn.reactie.datum']).toBe('14 december 2026');
  });

  it('leaves out what is not known, so it is reported as missing', () => {
    const craft = procedure('vakbedrijf');
    const input = sampleLetterInput('decision', craft, 'u');
    input.complaint = { ...input.complaint, workflow: { ...input.complaint.workflow, judgement: null, solution: null, correctiveActions: [] } };
    const values = letterValues(input);
    expect(values['oordeel']).toBeUndefined();
    const filled = fillTemplate(DEFAULT_TEMPLATES.u.decision.body, values);
    expect(filled.missing).toEqual(['oordeel', 'oordeel.motivering']);
    // No solution and no measures (an unfounded complaint): their paragraphs go, nothing is left to fill.
    expect(filled.text).not.toMatch(/Oplossing:|herhaling te voorkomen/);
    expect(filled.text).toMatch(/Ons oordeel: .*\n\n\{oordeel\.motivering\}\n\nBent u niet tevreden/);
  });

  it('calls a body by its own kind: the independent third party (002) and the NRTO commission (003) are no dispute body', () => {
    const craft = letterValues(sampleLetterInput('decision', procedure('vakbedrijf'), 'u'))['instanties'] ?? '';
    expect(craft.split('\n')[0]).toBe('Onafhankelijke derde');
    const nrto = letterValues(sampleLetterInput('decision', procedure('eenmanszaak-nrto'), 'je'))['instanties'] ?? '';
    expect(nrto.split('\n')[0]).toBe('Commissie van Kwaliteitshandhaving (NRTO), externe klachtencommissie');
    for (const text of [craft, nrto]) expect(text).not.toContain('geschilleninstantie');
  });

  it('introduces the bodies as the regeling’s next steps, not as places to turn to: 002’s third party is proposed by the office', () => {
    const craft = letterValues(sampleLetterInput('decision', procedure('vakbedrijf'), 'u'))['niet_tevreden'] ?? '';
    expect(craft.split('\n')[0]).toBe('Bent u niet tevreden met deze reactie? Dit zijn de volgende stappen die onze klachtenregeling noemt:');
    expect(craft).not.toContain('wenden tot');
    const nrto = letterValues(sampleLetterInput('decision', procedure('eenmanszaak-nrto'), 'je'))['niet_tevreden'] ?? '';
    expect(nrto.split('\n')[0]).toBe('Ben je niet tevreden met deze reactie? Dit zijn de volgende stappen die onze klachtenregeling noemt:');
  });

  it('names the escalation bodies with address, e-mail and term', () => {
    const committee = procedure('dienstverlener-klachtencommissie');
    const values = letterValues(sampleLetterInput('decision', committee, 'u'));
    for (const body of committee.escalations) {
      expect(values['instanties']).toContain(body.name);
      for (const line of body.address) expect(values['instanties']).toContain(line);
    }
  });
});
