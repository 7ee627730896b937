/**
 * A letter as a real .docx (the `docx` package): A4, the letterhead on the
 * first page, the address block where a Dutch window envelope (C5/DL, window
 * left) shows it, reference lines, body, closing and signature, page numbers
 * on every page and the office's details in the footer.
 *
 * One section has one top margin for every page, so the margin is the
 * follow-up pages' normal one and the first page makes its own room: the logo
 * floats in the first-page header (a floating image does not grow the header,
 * so it cannot push the address out of the window) and the office name and
 * the address block follow in the body at fixed heights.
 *
 * Every text passes through xmlSafe first: control characters pasted from
 * elsewhere would make Word and LibreOffice refuse or "repair" the file.
 */
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HorizontalPositionRelativeFrom,
  ImageRun,
  LineRuleType,
  NoBreakHyphen,
  Packer,
  PageNumber,
  Paragraph,
  TabStopType,
  TextRun,
  TextWrappingType,
  VerticalPositionRelativeFrom,
  convertMillimetersToTwip,
} from 'docx';
import { prepareLetter } from './prepare';
import { letterheadTop } from './settings';
import { closingLine } from './templates';
import type { LetterInput, LetterTemplate } from './types';

/** Characters XML 1.0 does not allow: C0 controls except tab/LF/CR, lone surrogates, U+FFFE/U+FFFF. */
const XML_ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlSafe(text: string): string {
  return text.replace(XML_ILLEGAL, '');
}

const FONT = 'Calibri';
const SIZE = 21; // half-points: 10.5 pt
const SMALL = 16; // 8 pt
const mm = convertMillimetersToTwip;

/** Page layout in millimetres; `top` is where the body starts on every page, the first included. */
const PAGE = { width: 210, height: 297, left: 25, right: 20, top: 25, bottom: 25, header: 10, footer: 10 };
/** The envelope window: about 20 mm from the left, 50 mm from the top, 90 × 45 mm. Text sits 5 mm inside. */
const WINDOW = { top: 50, width: 85 };
/** Logo box in the letterhead, its top edge at the header distance. */
const LOGO_MAX = { widthMm: 50, heightMm: 22 };
/** Exact line heights (mm) where the first page needs fixed positions: the office name and the address block. */
const NAME_LINE = 7;
const ADDRESS_LINE = 5;
/** The reference lines start just below the window (50 + 45 mm). */
const REFERENCES_TOP = 97;
const EMU_PER_MM = 36_000;
const PX_PER_MM = 96 / 25.4;
/** A4 exactly as Word writes it (210 × 297 mm). */
const A4_TWIPS = { width: 11906, height: 16838 };

/**
 * A line may not break inside "K-2026-0042", "0182-359823" or "30 november":
 * hyphens in a word with a digit become Word's non-breaking hyphen (an element,
 * not U+2011, which Calibri has no glyph for) and a short number is tied to
 * the word after it.
 */
function unbreakable(text: string): (string | NoBreakHyphen)[] {
  const tied = text.replace(/(?<![\p{L}\p{N}])(\d{1,2}) (?=\p{L})/gu, '$1\u00A0');
  const parts: (string | NoBreakHyphen)[] = [];
  let pending = '';
  for (const token of tied.split(/(\s+)/)) {
    if (!/\d/.test(token) || !/\S-\S/.test(token)) {
      pending += token;
      continue;
    }
    token.split('-').forEach((piece, i) => {
      if (i > 0) {
        if (pending) parts.push(pending);
        parts.push(new NoBreakHyphen());
        pending = '';
      }
      pending += piece;
    });
  }
  if (pending) parts.push(pending);
  return parts;
}

function run(text: string, options: { bold?: boolean; size?: number; color?: string; breakBefore?: boolean } = {}): TextRun {
  return new TextRun({
    children: unbreakable(xmlSafe(text)),
    font: FONT,
    size: options.size ?? SIZE,
    bold: options.bold,
    color: options.color,
    break: options.breakBefore ? 1 : undefined,
  });
}

function lines(texts: readonly string[], options: { bold?: boolean; size?: number; color?: string } = {}): TextRun[] {
  return texts.map((text, i) => run(text, { ...options, breakBefore: i > 0 }));
}

interface ParaOptions {
  after?: number;
  before?: number;
  alignment?: (typeof AlignmentType)[keyof typeof AlignmentType];
  rightIndentMm?: number;
  keepNext?: boolean;
  keepLines?: boolean;
  /** An exact line height in mm, for text that must land at a fixed place on the page. */
  exactLineMm?: number;
}

function para(children: TextRun[], options: ParaOptions = {}): Paragraph {
  return new Paragraph({
    children,
    alignment: options.alignment,
    keepNext: options.keepNext,
    keepLines: options.keepLines,
    widowControl: true,
    indent: options.rightIndentMm ? { right: mm(options.rightIndentMm) } : undefined,
    spacing: {
      before: options.before ?? 0,
      after: options.after ?? 0,
      ...(options.exactLineMm ? { line: mm(options.exactLineMm), lineRule: LineRuleType.EXACT } : { line: 276 }),
    },
  });
}

/** The logo's size in pixels (96 dpi), scaled down to fit the logo box; null without a usable logo or when the office shows only its name. */
function logoSize(input: LetterInput): { width: number; height: number } | null {
  const logo = input.letterhead.logo;
  if (!logo || !letterheadTop(input.letterhead).logo || logo.width <= 0 || logo.height <= 0 || logo.bytes.length === 0) return null;
  const scale = Math.min(1, (LOGO_MAX.widthMm * PX_PER_MM) / logo.width, (LOGO_MAX.heightMm * PX_PER_MM) / logo.height);
  return { width: Math.max(1, Math.round(logo.width * scale)), height: Math.max(1, Math.round(logo.height * scale)) };
}

/**
 * Top right, from the header distance down, in front of the text: it takes no
 * room in the header or the body. Placed by an offset from the left margin, not
 * by "align right": the letter dialog's preview (docx-preview) honours only the
 * offset, and would put the logo left of the page.
 */
function logoRun(input: LetterInput): ImageRun | null {
  const logo = input.letterhead.logo;
  const size = logoSize(input);
  if (!logo || !size) return null;
  const textWidthMm = PAGE.width - PAGE.left - PAGE.right;
  return new ImageRun({
    type: logo.type,
    data: logo.bytes,
    transformation: size,
    floating: {
      horizontalPosition: { relative: HorizontalPositionRelativeFrom.MARGIN, offset: Math.round((textWidthMm - size.width / PX_PER_MM) * EMU_PER_MM) },
      verticalPosition: { relative: VerticalPositionRelativeFrom.PAGE, offset: Math.round(PAGE.header * EMU_PER_MM) },
      wrap: { type: TextWrappingType.NONE },
      allowOverlap: true,
    },
  });
}

function firstHeader(input: LetterInput): Header {
  const logo = logoRun(input);
  // Left-aligned on purpose: the logo's offset counts from the margin, and docx-preview counts it from where the paragraph's text starts.
  return new Header({ children: [new Paragraph({ children: logo ? [logo] : [] })] });
}

/** Where the office name's line starts on the first page (mm from the top): under the logo, or at the body's top without one. */
function officeNameTop(input: LetterInput): number {
  const size = logoSize(input);
  return size ? Math.max(PAGE.top, PAGE.header + size.height / PX_PER_MM + 2) : PAGE.top;
}

function laterHeader(input: LetterInput): Header {
  return new Header({
    children: [para([run(`${input.letterhead.officeName} · ${input.complaint.reference}`, { size: SMALL, color: '666666' })], { alignment: AlignmentType.RIGHT })],
  });
}

function footer(details: string): Footer {
  return new Footer({
    children: [
      para([run(details, { size: SMALL, color: '666666' })], { alignment: AlignmentType.CENTER }),
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ font: FONT, size: SMALL, color: '666666', children: ['Pagina ', PageNumber.CURRENT, ' van ', PageNumber.TOTAL_PAGES] })],
      }),
    ],
  });
}

/** Where the value after "Ons kenmerk", "Datum" and "Betreft" starts. */
const REFERENCE_TAB = mm(32);

function referenceLine(label: string, value: string, before = 0): Paragraph {
  return new Paragraph({
    tabStops: [{ type: TabStopType.LEFT, position: REFERENCE_TAB }],
    spacing: { before, after: 0, line: 276 },
    children: [run(`${label}\t`, { color: '555555' }), run(value)],
  });
}

/** Build the letter; `template` replaces the default body (a string) or subject and body. */
export async function buildLetterDocx(input: LetterInput, template?: string | Partial<LetterTemplate>): Promise<Uint8Array> {
  const letter = prepareLetter(input, template);
  const lh = input.letterhead;

  const children: Paragraph[] = [];
  // Every height above the address is exact, so its first line lands at the window's top whatever the fonts.
  const nameTop = officeNameTop(input);
  const officeName = letterheadTop(lh).name ? lh.officeName : '';
  children.push(para([run(officeName, { bold: true, size: 28, color: '1F3A5F' })], { before: mm(nameTop - PAGE.top), alignment: AlignmentType.RIGHT, exactLineMm: NAME_LINE }));
  children.push(
    para(lines(letter.address), {
      before: mm(WINDOW.top - nameTop - NAME_LINE),
      rightIndentMm: PAGE.width - PAGE.left - PAGE.right - WINDOW.width,
      exactLineMm: ADDRESS_LINE,
    }),
  );
  const refs: Paragraph[] = [referenceLine('Ons kenmerk', input.complaint.reference, mm(Math.max(4, REFERENCES_TOP - WINDOW.top - ADDRESS_LINE * letter.address.length)))];
  const yours = input.extra?.yourReference?.trim();
  if (yours) refs.push(referenceLine('Uw kenmerk', yours));
  refs.push(referenceLine('Datum', letter.dateLine));
  refs.push(referenceLine('Betreft', letter.subject));
  children.push(...refs);
  // Salutation and body. A block of several lines (an address, a body with its details) stays on one page;
  // a line that announces what follows ("…wenden tot:") stays with it; the last paragraph goes with the closing.
  letter.paragraphs.forEach((block, i) => {
    const last = block.at(-1)?.trim() ?? '';
    children.push(
      para(lines(block), {
        before: i === 0 ? mm(10) : 0,
        after: 200,
        keepLines: block.length > 1,
        keepNext: last.endsWith(':') || i === letter.paragraphs.length - 1,
      }),
    );
  });
  // Closing and signature.
  children.push(para([run(closingLine(lh.formOfAddress))], { before: 100, keepNext: true }));
  children.push(para(lines(letter.signature), { before: mm(15) }));

  const doc = new Document({
    creator: xmlSafe(lh.officeName) || 'Klachtenbalie',
    title: xmlSafe(`${letter.subject} ${input.complaint.reference}`),
    styles: { default: { document: { run: { font: FONT, size: SIZE } } } },
    // The same as the reference lines' own stop: a preview that knows only default stops (docx-preview) lines them up too.
    defaultTabStop: REFERENCE_TAB,
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: A4_TWIPS.width, height: A4_TWIPS.height },
            margin: { top: mm(PAGE.top), bottom: mm(PAGE.bottom), left: mm(PAGE.left), right: mm(PAGE.right), header: mm(PAGE.header), footer: mm(PAGE.footer) },
          },
        },
        headers: { first: firstHeader(input), default: laterHeader(input) },
        // Page 1 carries its number too: "Pagina 1 van 2" tells the reader a second page follows.
        footers: { first: footer(letter.footer), default: footer(letter.footer) },
        children,
      },
    ],
  });
  const buffer = await Packer.toArrayBuffer(doc);
  return new Uint8Array(buffer);
}
