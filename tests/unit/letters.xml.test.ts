import { strFromU8, unzipSync } from 'fflate';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { PROCEDURE_PRESETS } from '../../src-renderer/src/domain/procedures';
import { LETTER_TYPES, sampleLetterInput, type LetterInput } from '../../src-renderer/src/letters';
import { buildLetterDocx, xmlSafe } from '../../src-renderer/src/letters/buildDocx';

/** A small seeded generator, so a failure can be replayed. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = ['<', '>', '&', '"', "'", '&amp;', ']]>', '<w:t>', '😀', '👩‍👩‍👧', 'é', 'ĳ', '\t', '\n', '\r', '\n\n', '{klant.naam}', '{onbekend}', '\uFFFE', '\uFFFF', '\uD800', '\uDFFF', '\uDBFF\uDFFF', '\u0085', '\u2028', 'Anna de Vries', ' '];

function randomText(next: () => number): string {
  const roll = next();
  if (roll < 0.05) return 'x'.repeat(20_000) + '\u0001';
  if (roll < 0.1) return Array.from({ length: 2_000 }, () => String.fromCharCode(Math.floor(next() * 0x20))).join('') + 'y'.repeat(18_000);
  const length = Math.floor(next() * 40);
  let text = '';
  for (let i = 0; i < length; i++) {
    const kind = next();
    if (kind < 0.3) text += String.fromCharCode(Math.floor(next() * 0x20));
    else if (kind < 0.6) text += PIECES[Math.floor(next() * PIECES.length)] ?? '';
    else if (kind < 0.7) text += String.fromCharCode(0xd800 + Math.floor(next() * 0x800));
    else text += String.fromCharCode(0x20 + Math.floor(next() * 0x5f));
  }
  return text;
}

function randomInput(seed: number): LetterInput {
  const next = rng(seed);
  const text = () => randomText(next);
  const type = LETTER_TYPES[Math.floor(next() * LETTER_TYPES.length)] ?? 'decision';
  const procedure = PROCEDURE_PRESETS[Math.floor(next() * PROCEDURE_PRESETS.length)] ?? PROCEDURE_PRESETS[0];
  if (!procedure) throw new Error('no presets');
  const base = sampleLetterInput(type, procedure, next() < 0.5 ? 'u' : 'je');
  const w = base.complaint.workflow;
  return {
    ...base,
    letterhead: {
      ...base.letterhead,
      officeName: text(),
      addressLines: [text(), text()],
      phone: text(),
      email: text(),
      website: text(),
      kvkNumber: text(),
      placeName: text(),
      signatoryName: text(),
      signatoryFunction: text(),
    },
    customer: { ...base.customer, name: text(), street: text(), postcode: text(), city: text() },
    complaint: {
      ...base.complaint,
      reference: text(),
      summary: text(),
      description: text(),
      workflow: {
        ...w,
        judgement: w.judgement && { ...w.judgement, reasoning: text() },
        solution: w.solution && { ...w.solution, description: text() },
        correctiveActions: w.correctiveActions.map((a) => ({ ...a, description: text() })),
        structuralMeasures: text(),
        customerAgreement: { on: '2026-11-20', notes: text() },
        inadmissible: { on: '2026-11-04', reason: text() },
      },
    },
    procedure: {
      ...procedure,
      escalations: procedure.escalations.map((b) => ({ ...b, name: text(), address: [text(), text()], email: text(), description: text() })),
      texts: { ...procedure.texts, notSatisfied: text() },
    },
    extra: { reason: text(), questions: text(), yourReference: text(), newDueOn: '2026-12-14', meetingOn: '2026-12-01T14:00' },
  };
}

describe('xmlSafe', () => {
  it('removes control characters, lone surrogates and U+FFFE/FFFF, keeps tab, newlines, emoji and pairs', () => {
    expect(xmlSafe('a\u0000b\u0001c\u001fd\te\nf\rg')).toBe('abcd\te\nf\rg');
    expect(xmlSafe('x\uD800y\uDFFFz')).toBe('xyz');
    expect(xmlSafe('\uFFFE\uFFFFok')).toBe('ok');
    expect(xmlSafe('😀 👩‍👩‍👧 <&>"\'')).toBe('😀 👩‍👩‍👧 <&>"\'');
    expect(xmlSafe('\uDBFF\uDFFF')).toBe('\uDBFF\uDFFF');
  });
});

describe('letters with random field contents', () => {
  it('always give XML that parses (200 documents)', async () => {
    for (let seed = 1; seed <= 200; seed++) {
      const input = randomInput(seed);
      const files = unzipSync(await buildLetterDocx(input, seed % 7 === 0 ? randomText(rng(seed * 31)) : undefined));
      for (const [name, bytes] of Object.entries(files)) {
        if (!name.endsWith('.xml') && !name.endsWith('.rels')) continue;
        const xml = strFromU8(bytes);
        const result = XMLValidator.validate(xml);
        if (result !== true) throw new Error(`seed ${seed}, ${name}: ${JSON.stringify(result.err)}`);
        // Strict XML 1.0 characters, which the validator does not check itself.
        expect(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(xml), `seed ${seed}, ${name}`).toBe(false);
      }
      expect(files['word/document.xml']).toBeDefined();
    }
  }, 120_000);
});
