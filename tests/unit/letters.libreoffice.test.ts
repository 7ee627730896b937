import { execFile } from 'node:child_process';
import { accessSync, constants, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatTerm } from '../../src-renderer/src/domain/procedureText';
import { presetByKey } from '../../src-renderer/src/domain/procedures';
import type { Procedure } from '../../src-renderer/src/domain/procedure';
import { buildLetterDocx } from '../../src-renderer/src/letters/buildDocx';
import { LETTER_TYPES, referralBody, sampleLetterInput, type LetterFormOfAddress, type LetterInput, type LetterType } from '../../src-renderer/src/letters';

/**
 * The .docx files must open in a real word processor, not only parse as XML:
 * LibreOffice converts every letter type to PDF, and the PDF's text and the
 * positions of a few lines are checked (address in the envelope window,
 * follow-up pages starting at the normal top margin).
 */

function findSoffice(): string | null {
  const dirs = (process.env.PATH ?? '').split(delimiter).filter((d) => d !== '');
  const candidates = [...dirs.map((d) => join(d, 'soffice')), '/usr/bin/soffice', '/usr/lib/libreoffice/program/soffice', '/Applications/LibreOffice.app/Contents/MacOS/soffice'];
  for (const path of candidates) {
    try {
      accessSync(path, constants.X_OK);
      return path;
    } catch {
      // not here
    }
  }
  return null;
}

const soffice = findSoffice();
if (!soffice) console.warn('LibreOffice niet geïnstalleerd: conversietest overgeslagen');

function procedure(key: string): Procedure {
  const found = presetByKey(key);
  if (!found) throw new Error(`preset ${key} missing`);
  return found;
}

const craft = procedure('vakbedrijf');
const dokh = procedure('zorg-welzijn-dokh');

/** What each letter type must say beyond office, salutation, reference and date. */
const EXPECTED: Record<LetterType, (input: LetterInput) => string[]> = {
  request_written: () => ['schriftelijk hebben ontvangen'],
  acknowledgement: (input) => [`Binnen ${formatTerm(input.procedure.terms.response)} na ontvangst`, 'uiterlijk op 30 november 2026'],
  request_information: () => ['typeplaatje van de ketel'],
  invitation: () => ['dinsdag 1 december 2026 om 14.00 uur'],
  further_handling: () => ['uiterlijk op 30 november 2026'],
  extension: () => ['uiterlijk op 14 december 2026', 'rapport van de fabrikant'],
  decision: (input) => ['deels gegrond', ...input.procedure.escalations.map((b) => b.name)],
  closing: () => ['werkt weer naar tevredenheid'],
  satisfaction: () => ['naar uw tevredenheid opgelost'],
  inadmissible: () => ['twaalf maanden'],
  referral: (input) => [referralBody(input)?.name ?? 'geen instantie'],
};

/** A 1×1 PNG stated as 600 × 300 px: the letter scales it into the letterhead. */
const LOGO = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0));

interface Case {
  name: string;
  input: LetterInput;
  body?: string;
  expected: string[];
}

function letterCase(type: LetterType, form: LetterFormOfAddress): Case {
  const input = sampleLetterInput(type, form === 'je' ? dokh : craft, form);
  input.letterhead = { ...input.letterhead, logo: { bytes: LOGO, type: 'png', width: 600, height: 300 } };
  return { name: `${type}-${form}`, input, expected: EXPECTED[type](input) };
}

/** A letter long enough for a second page, whatever fonts the machine has. */
function longCase(): Case {
  const input = sampleLetterInput('further_handling', craft, 'u');
  const paragraph = 'Wij hebben de werkbon, de foto’s van de monteur en de gegevens van de fabrikant naast elkaar gelegd. Daarbij hebben wij ook gekeken naar eerdere storingen aan dezelfde ketel en naar de afspraken in uw onderhoudscontract.';
  const body = ['{klant.aanhef}', ...Array.from({ length: 14 }, (_, i) => `${i + 1}. ${paragraph}`), 'Slotalinea van de lange brief.'].join('\n\n');
  return { name: 'lang-u', input, body, expected: ['1. Wij hebben de werkbon', 'Slotalinea van de lange brief.'] };
}

const CASES: Case[] = [
  ...LETTER_TYPES.map((type) => letterCase(type, 'u')),
  ...(['acknowledgement', 'extension', 'decision', 'referral'] as const).map((type) => letterCase(type, 'je')),
  longCase(),
];

interface PdfLine {
  text: string;
  /** Distance from the page's top and left edges to the start of the baseline, in mm. */
  topMm: number;
  leftMm: number;
}

interface PdfPage {
  text: string;
  lines: PdfLine[];
}

const PT_TO_MM = 25.4 / 72;

/** Whitespace (non-breaking spaces too) collapsed to single spaces. */
function squash(text: string): string {
  return text.replace(/[\s\u00A0]+/g, ' ').trim();
}

/** The text of each page with pdfjs-dist (no poppler needed), and the text items as lines with their positions. */
async function readPdf(bytes: Uint8Array): Promise<PdfPage[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: bytes, isEvalSupported: false, useSystemFonts: false, disableFontFace: true }).promise;
  const pages: PdfPage[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const height = page.getViewport({ scale: 1 }).height;
    const content = await page.getTextContent();
    const lines: PdfLine[] = [];
    let text = '';
    for (const item of content.items) {
      if (!('str' in item)) continue;
      text += item.str + (item.hasEOL ? '\n' : '');
      if (item.str.trim() === '') continue;
      const x = item.transform[4] ?? 0;
      const y = item.transform[5] ?? 0;
      lines.push({ text: item.str, topMm: (height - y) * PT_TO_MM, leftMm: x * PT_TO_MM });
    }
    pages.push({ text: squash(text), lines });
  }
  await doc.destroy();
  return pages;
}

describe.skipIf(!soffice)('letters converted by LibreOffice', () => {
  let dir = '';
  const pdfs = new Map<string, PdfPage[]>();
  let log = '';

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'klachtenbalie-lo-'));
    const files: string[] = [];
    for (const c of CASES) {
      const file = join(dir, `${c.name}.docx`);
      writeFileSync(file, await buildLetterDocx(c.input, c.body));
      files.push(file);
    }
    // One start of LibreOffice for all files (it takes seconds), with its own profile so it neither
    // touches the user's nor waits for a LibreOffice that is already running.
    const started = Date.now();
    const result = await promisify(execFile)(
      soffice ?? 'soffice',
      [`-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, ...files],
      { timeout: 110_000, maxBuffer: 10 * 1024 * 1024 },
    );
    log = `${result.stdout}\n${result.stderr}`;
    console.info(`LibreOffice: ${CASES.length} brieven omgezet naar PDF in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    for (const c of CASES) {
      const pdf = join(dir, `${c.name}.pdf`);
      if (existsSync(pdf)) pdfs.set(c.name, await readPdf(new Uint8Array(readFileSync(pdf))));
    }
  }, 120_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  for (const c of CASES) {
    it(`${c.name}: becomes a PDF with the office, the salutation, the reference, the date and its own lines`, () => {
      const pages = pdfs.get(c.name);
      expect(pages, `no PDF for ${c.name}; LibreOffice said:\n${log}`).toBeDefined();
      const text = (pages ?? []).map((p) => p.text).join(' ');
      const form = c.input.letterhead.formOfAddress;
      for (const line of [
        'Installatiebedrijf Van Leeuwen',
        form === 'je' ? 'Beste Anna,' : 'Geachte mevrouw De Vries,',
        'Ons kenmerk K-2026-0042',
        'Gouda, 21 november 2026',
        form === 'je' ? 'Hartelijke groet,' : 'Met vriendelijke groet,',
        'Marloes van Dam',
        'KvK 12345678',
        ...c.expected,
      ]) {
        expect(text, c.name).toContain(squash(line));
      }
      expect(text).not.toMatch(/\{[a-z._]+\}/);
    });
  }

  it('puts the address in the envelope window: about 50 mm from the top, 20–25 mm from the left', () => {
    for (const c of CASES) {
      const first = pdfs.get(c.name)?.[0];
      const name = first?.lines.find((l) => l.text.startsWith('Anna de Vries'));
      expect(name, c.name).toBeDefined();
      // The baseline of the first line: its top edge is at 50 mm, the window's top.
      expect(name?.topMm ?? 0, c.name).toBeGreaterThan(51);
      expect(name?.topMm ?? 0, c.name).toBeLessThan(57);
      expect(name?.leftMm ?? 0, c.name).toBeGreaterThanOrEqual(20);
      expect(name?.leftMm ?? 0, c.name).toBeLessThanOrEqual(26);
      const reference = first?.lines.find((l) => l.text.startsWith('Ons kenmerk'));
      expect(reference?.topMm ?? 0, `${c.name}: reference lines below the window`).toBeGreaterThan(95);
    }
  });

  it('numbers every page, the first too, and page 2 starts at the normal top margin, not the letterhead’s', () => {
    const pages = pdfs.get('lang-u') ?? [];
    expect(pages.length).toBeGreaterThanOrEqual(2);
    // Page 1 says a second page follows.
    expect(pages[0]?.text).toContain(`Pagina 1 van ${pages.length}`);
    // The footer may wrap between the office's details, never between "KvK" and its number.
    for (const page of pages) {
      const kvk = page.lines.find((line) => line.text.includes('KvK'));
      const number = page.lines.find((line) => line.text.includes('12345678'));
      expect(Math.abs((kvk?.topMm ?? 0) - (number?.topMm ?? 99))).toBeLessThan(1);
    }
    const second = pages[1];
    expect(second?.text).toContain(`Pagina 2 van ${pages.length}`);
    expect(second?.text).toContain('Installatiebedrijf Van Leeuwen · K-2026-0042');
    // Below the running header (10 mm), above the footer: the body's first line.
    const body = (second?.lines ?? []).filter((l) => l.topMm > 18 && l.topMm < 260).sort((a, b) => a.topMm - b.topMm)[0];
    expect(body?.topMm ?? 0).toBeGreaterThan(25);
    expect(body?.topMm ?? 99).toBeLessThan(32);
  });
});
