/**
 * A workbook as text for golden files: per sheet its views, widths, autofilter, print setup,
 * merged ranges, set row heights and the fonts its cells name; per cell its type, value,
 * format, emphasis and wrapping.
 */
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
    const setup = sheet.pageSetup;
    lines.push(`autofilter ${JSON.stringify(sheet.autoFilter ?? null)}`);
    lines.push(
      `print ${setup.orientation} paper=${setup.paperSize} fitToPage=${setup.fitToPage} wide=${setup.fitToWidth} tall=${setup.fitToHeight} titles=${setup.printTitlesRow ?? '-'} margins=${JSON.stringify(setup.margins)} footer=${JSON.stringify(sheet.headerFooter.oddFooter ?? null)}`,
    );
    lines.push(`merges ${(sheet.model.merges ?? []).join(' ') || '-'}`);
    const heights: string[] = [];
    const fonts = new Set<string>();
    sheet.eachRow({ includeEmpty: true }, (row, number) => {
      if (row.height !== undefined) heights.push(`${number}:${row.height}`);
      row.eachCell({ includeEmpty: true }, (cell) => fonts.add(cell.font?.name ?? '(no name)'));
    });
    lines.push(`heights ${heights.join(' ') || '-'}`);
    lines.push(`fonts ${[...fonts].sort().join(', ')}`);
    sheet.eachRow((row) => {
      row.eachCell((cell) => {
        // A merged range is its first cell; the others only repeat its value.
        if (cell.isMerged && cell.master.address !== cell.address) return;
        const fill = (cell.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
        const marks = [cell.numFmt ? `fmt=${cell.numFmt}` : '', cell.font?.bold ? 'bold' : '', fill ? `fill=${fill}` : '', cell.alignment?.wrapText ? 'wrap' : ''].filter(Boolean).join(' ');
        lines.push(`${cell.address} ${typeof cell.value} ${JSON.stringify(cell.value)}${marks ? ` ${marks}` : ''}`);
      });
    });
  }
  return `${lines.join('\n')}\n`;
}
