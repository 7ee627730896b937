import { unzipSync, strFromU8 } from 'fflate';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { formatTerm } from '../../src-renderer/src/domain/procedureText';
import { PROCEDURE_PRESETS, presetByKey } from '../../src-renderer/src/domain/procedures';
import type { Procedure } from '../../src-renderer/src/domain/procedure';
import { LETTER_TYPES, prepareLetter, sampleLetterInput, type LetterType } from '../../src-renderer/src/letters';
import { buildLetterDocx } from '../../src-renderer/src/letters/buildDocx';

function procedure(key: string): Procedure {
  const found = presetByKey(key);
  if (!found) throw new Error(`preset ${key} missing`);
  return found;
}

/** The visible text of document.xml: the w:t runs and non-breaking hyphens joined, entities decoded, non-breaking spaces as spaces. */
function textOf(xml: string): string {
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:noBreakHyphen\/>/g)]
    .map((m) => (m[0] === '<w:noBreakHyphen/>' ? '-' : (m[1] ?? '')))
    .join('')
    .replace(/\u00A0/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

async function documentXml(bytes: Uint8Array): Promise<{ xml: string; files: Record<string, Uint8Array> }> {
  const files = unzipSync(bytes);
  const doc = files['word/document.xml'];
  if (!doc) throw new Error('no word/document.xml');
  return { xml: strFromU8(doc), files };
}

const craft = procedure('vakbedrijf');
const dokh = procedure('zorg-welzijn-dokh');

/** What each letter type must say beyond name, reference and date. */
const EXPECTED: Record<LetterType, (p: Procedure) => string[]> = {
  request_written: (p) => ['schriftelijk', p.texts.howToSubmit.slice(0, 40)],
  acknowledgement: (p) => [formatTerm(p.terms.response), '2 november 2026'],
  request_information: () => ['typeplaatje'],
  invitation: () => ['dinsdag 1 december 2026 om 14.00 uur'],
  further_handling: () => ['30 november 2026'],
  extension: (p) => ['14 december 2026', 'rapport van de fabrikant', formatTerm(p.terms.response)],
  decision: (p) => ['deels gegrond', 'afstelinstructie', 'kosteloos opnieuw af', ...p.escalations.map((b) => b.name)],
  closing: () => ['werkt weer naar tevredenheid'],
  satisfaction: () => ['1 (zeer ontevreden) tot 5 (zeer tevreden)'],
  inadmissible: () => ['twaalf maanden'],
  referral: () => [],
};

describe('letters as .docx', () => {
  for (const form of ['u', 'je'] as const) {
    for (const type of LETTER_TYPES) {
      it(`${type} (${form}) names the customer, the reference, the Dutch date and its terms`, async () => {
        const p = form === 'je' ? dokh : craft;
        const input = sampleLetterInput(type, p, form);
        const { xml } = await documentXml(await buildLetterDocx(input));
        expect(XMLValidator.validate(xml)).toBe(true);
        const text = textOf(xml);
        expect(text).toContain('Anna de Vries');
        expect(text).toContain('Kleiweg 12');
        expect(text).toContain('K-2026-0042');
        expect(text).toContain('Gouda, 21 november 2026');
        expect(text).toContain('Ons kenmerk');
        expect(text).toContain('Betreft');
        expect(text).toContain(form === 'je' ? 'Beste Anna,' : 'Geachte mevrouw De Vries,');
        expect(text).toContain(form === 'je' ? 'Hartelijke groet,' : 'Met vriendelijke groet,');
        expect(text).toContain('Marloes van Dam');
        for (const expected of EXPECTED[type](p)) expect(text).toContain(expected);
        // Nothing left unfilled in the default texts with a complete sample.
        expect(text).not.toMatch(/\{[a-z._]+\}/);
        const prepared = prepareLetter(input);
        expect(prepared.unknown).toEqual([]);
        expect(prepared.missing).toEqual([]);
      });
    }
  }

  it('the acknowledgement states the handling term of each preset', async () => {
    for (const p of PROCEDURE_PRESETS) {
      if (!p.terms.response) continue;
      const { xml } = await documentXml(await buildLetterDocx(sampleLetterInput('acknowledgement', p, 'u')));
      expect(textOf(xml)).toContain(`Binnen ${formatTerm(p.terms.response)} na ontvangst`);
    }
    const { xml } = await documentXml(await buildLetterDocx(sampleLetterInput('acknowledgement', craft, 'u')));
    expect(textOf(xml)).toContain('4 weken');
  });

  it('the decision lists every escalation body of each preset, with address and term', async () => {
    for (const p of PROCEDURE_PRESETS) {
      const { xml } = await documentXml(await buildLetterDocx(sampleLetterInput('decision', p, 'u')));
      const text = textOf(xml);
      for (const body of p.escalations) {
        expect(text).toContain(body.name);
        for (const line of body.address) expect(text).toContain(line);
        // In digits from the procedure's term, or in words where the body's own description already says it.
        if (body.decisionTerm) expect(text.includes(formatTerm(body.decisionTerm)) || body.description.includes('acht weken')).toBe(true);
      }
    }
  });

  it('says an address, term or binding ruling once, where the description already says it', async () => {
    const committee = procedure('dienstverlener-klachtencommissie');
    const text = textOf((await documentXml(await buildLetterDocx(sampleLetterInput('decision', committee, 'u')))).xml);
    expect(text.split('Stadswal 61a').length - 1).toBe(1);
    expect(text.split('CR Makarawung').length - 1).toBe(2); // in the name and in the description
    expect(text).not.toContain('Termijn voor een besluit');
    // The appeal committee's description says its ruling binds; only the court's line is added.
    expect(text.split('Het oordeel van deze instantie is bindend').length - 1).toBe(1);
    // Two bodies with one description (arbitration and court) share one block.
    const craftText = textOf((await documentXml(await buildLetterDocx(sampleLetterInput('decision', craft, 'u')))).xml);
    expect(craftText.split('Is mediation geen optie').length - 1).toBe(1);
  });

  it('without escalation bodies the decision gives the procedure\'s own text, without an opening that announces bodies', async () => {
    const coordinator = procedure('zorgbedrijf-coordinator');
    expect(coordinator.escalations).toEqual([]);
    const text = textOf((await documentXml(await buildLetterDocx(sampleLetterInput('decision', coordinator, 'u')))).xml);
    expect(text).toContain(coordinator.texts.notSatisfied.trim());
    expect(text).not.toContain('wenden tot:');
  });

  it('a referral names the chosen body', async () => {
    const input = { ...sampleLetterInput('referral', dokh, 'je') };
    input.extra = { ...input.extra, bodyId: 'geschilleninstantie-dokh' };
    const { xml } = await documentXml(await buildLetterDocx(input));
    expect(textOf(xml)).toContain('Geschilleninstantie van DOKh');
  });

  it('the customer reference appears as Uw kenmerk only when given', async () => {
    const plain = await documentXml(await buildLetterDocx(sampleLetterInput('acknowledgement', craft)));
    expect(textOf(plain.xml)).not.toContain('Uw kenmerk');
    const input = sampleLetterInput('acknowledgement', craft);
    input.extra = { ...input.extra, yourReference: 'AdV/2026/7' };
    const withRef = await documentXml(await buildLetterDocx(input));
    expect(textOf(withRef.xml)).toContain('Uw kenmerk');
    expect(textOf(withRef.xml)).toContain('AdV/2026/7');
  });

  it('has A4 pages, a different first page, a page number on every page and the office details in the footer', async () => {
    const { xml, files } = await documentXml(await buildLetterDocx(sampleLetterInput('decision', craft)));
    expect(xml).toMatch(/<w:pgSz[^>]*w:w="11906"[^>]*w:h="16838"/);
    expect(xml).toContain('<w:titlePg');
    const footers = Object.entries(files)
      .filter(([name]) => /^word\/footer\d+\.xml$/.test(name))
      .map(([, bytes]) => strFromU8(bytes));
    expect(footers.length).toBeGreaterThanOrEqual(2);
    // Page 1 too: "Pagina 1 van 2" says a second page follows.
    expect(footers.every((f) => f.includes('PAGE') && f.includes('NUMPAGES'))).toBe(true);
    expect(footers.every((f) => textOf(f).includes('KvK 12345678'))).toBe(true);
    // A line of details may break between them, never between "KvK" and its number.
    expect(footers.every((f) => f.includes('KvK\u00A012345678'))).toBe(true);
    expect(footers.every((f) => textOf(f).includes('0182-359823'))).toBe(true);
  });

  it('puts the logo in the first-page header at a sensible size', async () => {
    // A 1×1 PNG, stated as 600×300 px: scaled to fit 50 × 22 mm.
    const png = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0));
    const input = sampleLetterInput('acknowledgement', craft);
    input.letterhead = { ...input.letterhead, logo: { bytes: png, type: 'png', width: 600, height: 300 } };
    const { files } = await documentXml(await buildLetterDocx(input));
    expect(Object.keys(files).some((name) => name.startsWith('word/media/'))).toBe(true);
    const header = Object.entries(files).find(([name, bytes]) => /^word\/header\d+\.xml$/.test(name) && strFromU8(bytes).includes('<w:drawing'));
    expect(header).toBeDefined();
    const extent = /<wp:extent cx="(\d+)" cy="(\d+)"/.exec(strFromU8(header?.[1] ?? new Uint8Array()));
    const widthMm = Number(extent?.[1]) / 36000;
    expect(widthMm).toBeGreaterThan(30);
    expect(widthMm).toBeLessThanOrEqual(50.5);
  });

  it('places the logo top right by an offset any reader honours, and leaves out what the office chose to leave out', async () => {
    const png = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0));
    const withLogo = (headerShows: 'both' | 'logo' | 'name') => {
      const input = sampleLetterInput('acknowledgement', craft);
      input.letterhead = { ...input.letterhead, headerShows, logo: { bytes: png, type: 'png', width: 600, height: 300 } };
      return input;
    };
    const firstPage = async (headerShows: 'both' | 'logo' | 'name') => {
      const { xml, files } = await documentXml(await buildLetterDocx(withLogo(headerShows)));
      const headers = Object.entries(files).filter(([name]) => /^word\/header\d+\.xml$/.test(name)).map(([, bytes]) => strFromU8(bytes));
      // The name stands at the top and again under the signature.
      return { logo: headers.find((h) => h.includes('<w:drawing')), names: textOf(xml).split(withLogo(headerShows).letterhead.officeName).length - 1 };
    };
    const both = await firstPage('both');
    // 165 mm text width minus the logo's 44 mm (600 × 300 px fitted in 50 × 22 mm), from the left margin.
    const offset = /<wp:positionH relativeFrom="margin">\s*<wp:posOffset>(\d+)<\/wp:posOffset>/.exec(both.logo ?? '');
    expect(Number(offset?.[1]) / 36000).toBeCloseTo(165 - 44, 0);
    expect(both.names).toBe(2);
    const logoOnly = await firstPage('logo');
    expect(logoOnly.logo).toBeDefined();
    expect(logoOnly.names).toBe(1);
    const nameOnly = await firstPage('name');
    expect(nameOnly.logo).toBeUndefined();
    expect(nameOnly.names).toBe(2);
  });

  it('addresses a customer abroad with the country in capitals on the last line, and a Dutch one without', async () => {
    const input = sampleLetterInput('acknowledgement', craft);
    input.customer = { ...input.customer, street: 'Meir 12', postcode: '2000', city: 'Antwerpen', country: 'BE' };
    expect(prepareLetter(input).address.slice(1)).toEqual(['Meir 12', '2000  Antwerpen', 'BELGIË']);
    const { xml } = await documentXml(await buildLetterDocx(input));
    expect(textOf(xml)).toContain('BELGIË');
    input.customer = { ...input.customer, country: 'NL', postcode: '2801 AB', city: 'Gouda' };
    expect(prepareLetter(input).address.at(-1)).toBe('2801 AB  Gouda');
  });

  it('reports a missing address and leaves an unknown placeholder visible, not blank', async () => {
    const input = sampleLetterInput('acknowledgement', craft);
    input.customer = { ...input.customer, street: '', postcode: '' };
    const prepared = prepareLetter(input, '{klant.aanhef}\n\nUw klacht {klacht.kenmerk} over {klacht.onderwerp}.');
    expect(prepared.missing).toEqual(expect.arrayContaining(['klant.adres', 'klant.postcode']));
    expect(prepared.unknown).toEqual(['klacht.onderwerp']);
    const { xml } = await documentXml(await buildLetterDocx(input, 'Uw klacht {klacht.kenmerk} over {klacht.onderwerp}.'));
    expect(textOf(xml)).toContain('Uw klacht K-2026-0042 over {klacht.onderwerp}.');
  });
});
