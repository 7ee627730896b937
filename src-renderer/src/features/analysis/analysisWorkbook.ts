import type { FigureTable } from '../../domain/analysis';

/** Excel refuses these in a sheet name, and names longer than 31 characters. */
const sheetName = (title: string) => title.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31);

/**
 * The analysis as an Excel workbook, one sheet per table: the label column,
 * then the figures as numbers (percentages in a percent format), so they can
 * be sorted and charted in Excel. Loaded only when someone exports.
 */
export async function analysisWorkbook(tables: readonly FigureTable[], title: string): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.title = `Klachtenanalyse ${title}`;
  workbook.creator = 'Klachtenbalie';
  for (const table of tables) {
    const sheet = workbook.addWorksheet(sheetName(table.title));
    sheet.addRow(table.columns).font = { bold: true };
    for (const row of table.rows) {
      const added = sheet.addRow([row.label, ...row.values.map((value) => (value === null ? null : row.unit === 'percent' ? value / 100 : value))]);
      if (row.unit === 'percent') added.eachCell((cell, column) => column > 1 && (cell.numFmt = '0%'));
    }
    sheet.columns.forEach((column, i) => (column.width = i === 0 ? 42 : 24));
    sheet.views = [{ state: 'frozen', ySplit: 1 }];
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
