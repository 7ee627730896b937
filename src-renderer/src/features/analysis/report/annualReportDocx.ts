/**
 * The annual report (jaarverslag klachten) as a .docx on the office's
 * letterhead: logo and name at the top of every page, the office's details
 * and page numbers at the foot; the year's figures beside the year before as
 * tables with their charts as images, open escalations, the measures taken
 * and their effect, and management's own conclusions and plans.
 */
import { AlignmentType, Document, Footer, Header, HeadingLevel, ImageRun, Packer, PageNumber, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { CauseRow, FigureTable, MeasuresEffect } from '../../../domain/analysis';
import { longDutchDate, toDutchDateInput } from '../../../domain/dates';
import { dutchNumber } from '../../../domain/dutchNumber';
import type { OpenEscalation } from '../../../db/repositories/analysis';
import { xmlSafe } from '../../../letters/buildDocx';
import { letterheadTop } from '../../../letters/settings';
import type { Letterhead } from '../../../letters/types';
import { figureText } from '../figureText';
import type { ChartImage } from './chartPng';

export interface AnnualReportInput {
  year: number;
  madeOn: string;
  letterhead: Letterhead;
  tables: FigureTable[];
  charts: Partial<Record<FigureTable['key'], ChartImage>>;
  openEscalations: OpenEscalation[];
  measures: MeasuresEffect;
  causes: CauseRow[];
  conclusions: string;
  plans: string;
}

const FONT = 'Calibri';
const SIZE = 21;
const SMALL = 16;
/** The text width of A4 with 25 mm margins, in pixels at 96 dpi: charts are scaled to fit it. */
const TEXT_WIDTH_PX = 600;

const text = (value: string, options: { bold?: boolean; size?: number; color?: string; italics?: boolean } = {}) =>
  new TextRun({ text: xmlSafe(value), font: FONT, size: options.size ?? SIZE, bold: options.bold, color: options.color, italics: options.italics });

const paragraph = (value: string, options: { after?: number; italics?: boolean } = {}) =>
  new Paragraph({ spacing: { after: options.after ?? 120, line: 276 }, children: [text(value, { italics: options.italics })] });

const heading = (value: string, level: 1 | 2) =>
  new Paragraph({ heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2, spacing: { before: level === 1 ? 360 : 240, after: 120 }, keepNext: true, children: [text(value, { bold: true, size: level === 1 ? 30 : 24 })] });

function cell(value: string, bold = false, align: (typeof AlignmentType)[keyof typeof AlignmentType] = AlignmentType.LEFT): TableCell {
  return new TableCell({ children: [new Paragraph({ alignment: align, children: [text(value, { bold, size: 19 })] })] });
}

function table(header: string[], rows: string[][]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: header.map((h, i) => cell(h, true, i === 0 ? AlignmentType.LEFT : AlignmentType.RIGHT)) }),
      ...rows.map((row) => new TableRow({ cantSplit: true, children: row.map((value, i) => cell(value, false, i === 0 ? AlignmentType.LEFT : AlignmentType.RIGHT)) })),
    ],
  });
}

function figureTable(figures: FigureTable): Table {
  const rows = figures.rows.length > 0 ? figures.rows.map((row) => [row.label, ...row.values.map((value) => figureText(value, row.unit))]) : [['Geen klachten', ...figures.columns.slice(1).map(() => '–')]];
  return table(figures.columns, rows);
}

function chart(image: ChartImage | undefined): Paragraph[] {
  if (!image) return [];
  const scale = Math.min(1, TEXT_WIDTH_PX / image.width);
  return [new Paragraph({ spacing: { after: 120 }, keepNext: true, children: [new ImageRun({ type: 'png', data: image.bytes, transformation: { width: Math.round(image.width * scale), height: Math.round(image.height * scale) } })] })];
}

function figureSection(input: AnnualReportInput, key: FigureTable['key']): (Paragraph | Table)[] {
  const figures = input.tables.find((t) => t.key === key);
  if (!figures) return [];
  return [heading(figures.title, 2), ...chart(input.charts[key]), figureTable(figures)];
}

/** Management's own text, a paragraph per line; a section left empty says so, so a reader sees it was not forgotten. */
function ownText(value: string, empty: string): Paragraph[] {
  const lines = value.split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
  return lines.length > 0 ? lines.map((line) => paragraph(line)) : [paragraph(empty, { italics: true })];
}

const RESULT_LABELS = { effective: 'Effectief', partly: 'Deels effectief', not: 'Niet effectief' } as const;

function measuresSection(input: AnnualReportInput): (Paragraph | Table)[] {
  const { measures, causes, year } = input;
  const blocks: (Paragraph | Table)[] = [heading('Maatregelen en hun effect', 1)];
  if (measures.done === 0 && measures.checked.effective + measures.checked.partly + measures.checked.not === 0) {
    blocks.push(paragraph(`In ${year} zijn geen maatregelen uitgevoerd of op hun effect getoetst.`, { italics: true }));
  } else {
    blocks.push(
      paragraph(
        `In ${year} zijn ${dutchNumber(measures.done)} maatregelen uitgevoerd. Op hun effect getoetst: ${dutchNumber(measures.checked.effective)} effectief, ${dutchNumber(measures.checked.partly)} deels effectief, ${dutchNumber(measures.checked.not)} niet effectief. ${dutchNumber(measures.awaitingCheck)} uitgevoerde maatregelen wachten nog op hun toets.`,
      ),
      table(['Maatregel', 'Oorzaak', 'Uitgevoerd', 'Effect'], measures.rows.map((row) => [row.description, row.cause, toDutchDateInput(row.doneOn), row.result ? RESULT_LABELS[row.result] : 'Nog niet getoetst'])),
    );
  }
  if (causes.length > 0) blocks.push(heading('Belangrijkste oorzaken', 2), table(['Oorzaak', 'Maatregelen', 'Klachten'], causes.map((c) => [c.cause, dutchNumber(c.measures), dutchNumber(c.complaints)])));
  return blocks;
}

function escalationSection(input: AnnualReportInput): (Paragraph | Table)[] {
  const rows = input.openEscalations;
  return [
    heading('Openstaande escalaties', 1),
    rows.length === 0
      ? paragraph(`Op ${longDutchDate(input.madeOn)} staan geen escalaties open.`)
      : table(['Klacht', 'Voorgelegd aan', 'Voorgelegd op', 'Uitspraak uiterlijk'], rows.map((r) => [r.reference, r.bodyName, toDutchDateInput(r.receivedOn), r.dueOn ? toDutchDateInput(r.dueOn) : '–'])),
  ];
}

function header(letterhead: Letterhead): Header {
  const logo = letterhead.logo && letterheadTop(letterhead).logo ? letterhead.logo : null;
  const scale = logo ? Math.min(1, 160 / logo.width, 60 / logo.height) : 1;
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [
          ...(logo ? [new ImageRun({ type: logo.type, data: logo.bytes, transformation: { width: Math.round(logo.width * scale), height: Math.round(logo.height * scale) } })] : []),
          ...(letterheadTop(letterhead).name ? [text(letterhead.officeName, { bold: true, size: 24, ...(logo ? {} : {}) })] : []),
        ],
      }),
    ],
  });
}

function footer(letterhead: Letterhead): Footer {
  const details = [letterhead.officeName, ...letterhead.addressLines, letterhead.phone, letterhead.email, letterhead.website].filter(Boolean).join(' · ');
  return new Footer({
    children: [
      new Paragraph({ alignment: AlignmentType.CENTER, children: [text(details, { size: SMALL, color: '666666' })] }),
      new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ font: FONT, size: SMALL, color: '666666', children: ['Pagina ', PageNumber.CURRENT, ' van ', PageNumber.TOTAL_PAGES] })] }),
    ],
  });
}

export async function annualReportDocx(input: AnnualReportInput): Promise<Uint8Array> {
  const { year, letterhead } = input;
  const title = `Jaarverslag klachten ${year}`;
  const children = [
    new Paragraph({ heading: HeadingLevel.TITLE, spacing: { after: 120 }, children: [text(title, { bold: true, size: 40 })] }),
    paragraph(`${letterhead.officeName || 'Ons kantoor'} · opgesteld op ${longDutchDate(input.madeOn)}`, { after: 240 }),
    paragraph(
      `Dit verslag beschrijft de klachten die in ${year} zijn ontvangen, vergeleken met ${year - 1}: hoeveel, waarover en langs welke weg, het oordeel, de gehaalde termijnen en de doorlooptijden in werkdagen. Daarna volgen de escalaties die nog openstaan, de maatregelen en hun effect, en de conclusies en plannen van de directie.`,
    ),
    heading('Kerncijfers', 1),
    ...figureSection(input, 'summary'),
    ...figureSection(input, 'trend'),
    heading('Klachten naar soort', 1),
    ...(['category', 'productOrService', 'channel', 'ownerId', 'verdict', 'body', 'submittedLate'] as const).flatMap((key) => figureSection(input, key)),
    heading('Termijnen en doorlooptijden', 1),
    ...figureSection(input, 'clocks'),
    ...figureSection(input, 'durations'),
    ...escalationSection(input),
    ...measuresSection(input),
    heading('Conclusies', 1),
    ...ownText(input.conclusions, 'De directie heeft geen conclusies toegevoegd.'),
    heading('Plannen en verbeteringen', 1),
    ...ownText(input.plans, 'De directie heeft geen plannen toegevoegd.'),
  ];
  const doc = new Document({
    creator: 'Klachtenbalie',
    title,
    styles: { default: { document: { run: { font: FONT, size: SIZE } } } },
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1700, bottom: 1400, left: 1417, right: 1134, header: 567, footer: 567 } } },
        headers: { default: header(letterhead) },
        footers: { default: footer(letterhead) },
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
