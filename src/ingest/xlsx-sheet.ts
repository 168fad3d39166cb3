/**
 * Opening an Excel workbook (.xlsx) and turning one sheet into rows of cell text, as a
 * CSV export of the sheet would hold them, with merged cells resolved.
 *
 * Why the whole workbook is read rather than streamed: a published table's merged cells
 * (a district name merged down over its rows) are what says that the blank cells below
 * continue the value, and an .xlsx stores the merge ranges in `<mergeCells>` *after* the
 * sheet's rows. exceljs's streaming WorkbookReader does not report them at all (its
 * worksheet reader skips the `mergeCell` element: node_modules/exceljs/lib/stream/xlsx/
 * worksheet-reader.js), and even a reader that did could fill down only after holding
 * every row. So the sheet is read whole with exceljs's Workbook reader, bounded by
 * MAX_XLSX_BYTES: published tables and delivered statistics are a few hundred KB;
 * case-level extracts of millions of rows are read as CSV by the streaming scanner.
 */
import { statSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { InputError } from '../errors.js';
import { cellText } from './xlsx-cells.js';
import { MAX_XLSX_BYTES } from './spreadsheet-kind.js';


/** One sheet as rows of cell text. */
export interface SheetRows {
  readonly sheet: string;
  /** Every sheet of the workbook, in workbook order. */
  readonly sheets: readonly string[];
  /**
   * Row i is Excel row i + 1: a blank row is [''], any other row has one text per
   * column from `firstColumn` to the last column used anywhere in the sheet.
   */
  readonly rows: readonly (readonly string[])[];
  /** The 0-based index of the sheet's first used column (A = 0): the letter of rows[r][c] is firstColumn + c. */
  readonly firstColumn: number;
}

const megabytes = (bytes: number): string => (bytes / (1024 * 1024)).toFixed(1).replace('.', ',');

/** Reads the workbook, refusing a file too large to hold or one that is not a readable .xlsx. */
async function loadWorkbook(path: string): Promise<ExcelJS.Workbook> {
  let size: number;
  try {
    size = statSync(path).size;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError('file-not-found', { file: path }, { file: path });
    throw new InputError('file-unreadable', { file: path, detail: code ?? String(error) }, { file: path });
  }
  if (size === 0) throw new InputError('file-empty', {}, { file: path });
  if (size > MAX_XLSX_BYTES) throw new InputError('xlsx-too-large', { size: megabytes(size), limit: megabytes(MAX_XLSX_BYTES) }, { file: path });
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(path);
  } catch (error) {
    // A damaged zip, or a zip that is not a workbook: jszip's and exceljs's own words, on one line.
    const detail = (error instanceof Error ? error.message : String(error)).split('\n')[0]!.trim();
    throw new InputError('xlsx-unreadable', { detail: detail || 'unknown error' }, { file: path });
  }
  return workbook;
}

/** The sheet asked for (exactly, else ignoring case and surrounding space), or the first. */
function chooseSheet(workbook: ExcelJS.Workbook, path: string, wanted: string | undefined): ExcelJS.Worksheet {
  const sheets = workbook.worksheets;
  if (sheets.length === 0) throw new InputError('xlsx-unreadable', { detail: 'no sheets' }, { file: path });
  if (wanted === undefined) return sheets[0]!;
  const folded = wanted.trim().toLowerCase();
  const found = sheets.find((sheet) => sheet.name === wanted) ?? sheets.find((sheet) => sheet.name.trim().toLowerCase() === folded);
  if (!found) {
    throw new InputError('xlsx-sheet-unknown', { sheet: wanted, sheets: sheets.map((sheet) => `"${sheet.name}"`).join(', ') }, { file: path });
  }
  return found;
}

/**
 * The text of a cell, merges resolved: a cell inside a merge range that lies below its
 * range's first cell in the same column continues that value down (a vertical merge is
 * how Excel shows one group over several rows); any other covered cell (to the right of
 * the first cell, as in a title merged across the table) is blank, as Excel shows it.
 */
function resolvedText(cell: ExcelJS.Cell): string {
  if (cell.type === ExcelJS.ValueType.Merge) {
    const master = cell.master;
    return master.col === cell.col ? cellText(master.value) : '';
  }
  return cellText(cell.value);
}

/** Reads one sheet of an .xlsx (`sheet` by name, else the first) as rows of cell text. */
export async function readSheetRows(path: string, sheet: string | undefined): Promise<SheetRows> {
  const workbook = await loadWorkbook(path);
  const worksheet = chooseSheet(workbook, path, sheet);
  const cells: string[][] = [];
  let firstColumn = Number.POSITIVE_INFINITY;
  let lastColumn = -1;
  let lastRow = 0;
  for (let rowNumber = 1; rowNumber <= worksheet.rowCount; rowNumber++) {
    const row = worksheet.findRow(rowNumber);
    const texts: string[] = [];
    if (row) {
      for (let column = 1; column <= row.cellCount; column++) {
        const cell = row.findCell(column);
        const text = cell ? resolvedText(cell) : '';
        texts.push(text);
        if (text.trim() !== '') {
          firstColumn = Math.min(firstColumn, column - 1);
          lastColumn = Math.max(lastColumn, column - 1);
          lastRow = rowNumber;
        }
      }
    }
    cells.push(texts);
  }
  if (lastRow === 0) return { sheet: worksheet.name, sheets: workbook.worksheets.map((each) => each.name), rows: [], firstColumn: 0 };
  // As Excel's own CSV export: every row as wide as the used range, blank rows empty, none after the last used row.
  const rows = cells.slice(0, lastRow).map((texts) => {
    if (texts.every((text) => text.trim() === '')) return [''];
    const row = texts.slice(firstColumn, lastColumn + 1);
    while (row.length < lastColumn - firstColumn + 1) row.push('');
    return row;
  });
  return { sheet: worksheet.name, sheets: workbook.worksheets.map((each) => each.name), rows, firstColumn };
}
