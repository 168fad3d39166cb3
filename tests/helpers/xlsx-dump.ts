/** A workbook as text for golden files: per sheet its views and widths, per cell its type, value, format and emphasis. */
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';

/** Reads an xlsx file with exceljs. */
export async function loadWorkbook(path: string): Promise<ExcelJS.Workbook> {
  const bytes = readFileSync(path);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return workbook;
}

/** Dumps an xlsx file: one line per non-empty cell, so that a diff shows what changed. */
export async function dumpXlsx(path: string): Promise<string> {
  const workbook = await loadWorkbook(path);
  const lines = [`created ${workbook.created?.toISOString()} modified ${workbook.modified?.toISOString()} creator ${workbook.creator}`];
  for (const sheet of workbook.worksheets) {
    lines.push(`sheet ${sheet.name} views ${JSON.stringify(sheet.views)}`);
    lines.push(`widths ${sheet.columns.map((column) => column.width ?? '-').join(' ')}`);
    sheet.eachRow((row) => {
      row.eachCell((cell) => {
        const fill = (cell.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
        const marks = [cell.numFmt ? `fmt=${cell.numFmt}` : '', cell.font?.bold ? 'bold' : '', fill ? `fill=${fill}` : ''].filter(Boolean).join(' ');
        lines.push(`${cell.address} ${typeof cell.value} ${JSON.stringify(cell.value)}${marks ? ` ${marks}` : ''}`);
      });
    });
  }
  return `${lines.join('\n')}\n`;
}
