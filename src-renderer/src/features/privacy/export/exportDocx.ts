/**
 * The readable document of a person's data as a .docx: the blocks of
 * domain/privacy/exportDocument on A4, headings Word shows in its navigation
 * pane, each record's fields as a two-column table, page numbers in the footer.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  convertMillimetersToTwip,
} from 'docx';
import type { DocBlock } from '../../../domain/privacy';
import { xmlSafe } from '../../../letters/buildDocx';

const FONT = 'Calibri';
const HEADINGS = { 1: HeadingLevel.TITLE, 2: HeadingLevel.HEADING_1, 3: HeadingLevel.HEADING_2 } as const;
const LABEL_WIDTH = 30;
const LINE = { style: BorderStyle.SINGLE, size: 2, color: 'BBBBBB' } as const;
const NO_LINE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;

const cell = (text: string, width: number, bold = false) =>
  new TableCell({
    width: { size: width, type: WidthType.PERCENTAGE },
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    children: text.split('\n').map((line) => new Paragraph({ children: [new TextRun({ text: xmlSafe(line), bold })] })),
  });

function fieldsTable(rows: { label: string; value: string }[]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: { top: LINE, bottom: LINE, left: NO_LINE, right: NO_LINE, insideHorizontal: LINE, insideVertical: NO_LINE },
    rows: rows.map((row) => new TableRow({ cantSplit: true, children: [cell(row.label, LABEL_WIDTH, true), cell(row.value, 100 - LABEL_WIDTH)] })),
  });
}

function render(block: DocBlock): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'heading':
      return [new Paragraph({ heading: HEADINGS[block.level], keepNext: true, children: [new TextRun({ text: xmlSafe(block.text) })] })];
    case 'paragraph':
      return [new Paragraph({ spacing: { before: 80, after: 80 }, children: [new TextRun({ text: xmlSafe(block.text) })] })];
    case 'fields':
      return [fieldsTable(block.rows), new Paragraph({ children: [] })];
    case 'bullets':
      return block.items.map((item) => new Paragraph({ bullet: { level: 0 }, children: [new TextRun({ text: xmlSafe(item) })] }));
  }
}

export async function buildExportDocx(blocks: readonly DocBlock[], title: string): Promise<Uint8Array> {
  const doc = new Document({
    title: xmlSafe(title),
    creator: 'Klachtenbalie',
    styles: { default: { document: { run: { font: FONT, size: 21 } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: convertMillimetersToTwip(20), bottom: convertMillimetersToTwip(20), left: convertMillimetersToTwip(22), right: convertMillimetersToTwip(20) },
          },
        },
        footers: {
          default: new Footer({
            children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ children: ['Pagina ', PageNumber.CURRENT, ' van ', PageNumber.TOTAL_PAGES], size: 16 })] })],
          }),
        },
        children: blocks.flatMap(render),
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
