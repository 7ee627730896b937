/** The register of processing as a Word document the office can complete and hand to its privacy officer. */
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import type { ProcessingRegister } from '../../domain/privacy/processingRegister';

const FONT = 'Calibri';

export async function processingRegisterDocx(register: ProcessingRegister): Promise<Uint8Array> {
  const children = [
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun({ text: register.title, font: FONT })] }),
    new Paragraph({ spacing: { after: 200 }, children: [new TextRun({ text: register.intro, font: FONT, italics: true })] }),
    ...register.sections.flatMap((section) => [
      new Paragraph({ heading: HeadingLevel.HEADING_2, spacing: { before: 240 }, children: [new TextRun({ text: section.heading, font: FONT })] }),
      ...section.lines.map((line) => new Paragraph({ bullet: { level: 0 }, children: [new TextRun({ text: line, font: FONT, size: 22 })] })),
    ]),
  ];
  const doc = new Document({ creator: 'Klachtenbalie', title: register.title, sections: [{ children }] });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
