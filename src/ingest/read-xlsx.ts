/**
 * The Excel row source: one sheet of an .xlsx handed to the same visitors the byte
 * scanner feeds (RowVisitor, InternedVisitor), as text rows, so that tally, validate,
 * inspect and init read a workbook as they read a CSV file. The title rows are found by
 * the CSV rule (sniff.ts guessTitleLines) on the cells, the header is cleaned and each
 * row shaped by the functions the scanner uses (open-extract.ts), and lines are Excel
 * row numbers.
 */
import { InputError } from '../errors.js';
import type { FileInfo } from './file-info.js';
import { cleanHeader, shapeRecord } from './open-extract.js';
import { FillDown } from './fill-down.js';
import { isNoteShaped, noteText } from './notes.js';
import type { ReadOptions } from './read-options.js';
import { guessTitleLines } from './sniff.js';
import { columnLetter } from './xlsx-cells.js';
import { readSheetRows, type SheetRows } from './xlsx-sheet.js';

/** What the Excel source calls: the part of RowVisitor and InternedVisitor it needs (of the plan a header returns, only `fill`). */
export interface SheetVisitor {
  header(columns: readonly string[], file: string): { readonly fill?: readonly number[] } | void;
  row(fields: readonly string[], line: number, ragged: boolean): void;
}

/** Rows the title rule looks at, as the CSV sniffer looks at the first 60 lines. */
const TITLE_SAMPLE_ROWS = 60;

/** "rapport.xlsx [Tabell 1]": the file and sheet, as messages name them (Excel's own form of a sheet reference). */
export function sheetLabel(path: string, sheet: string): string {
  return `${path} [${sheet}]`;
}

/** A row of cells as a `;` line that countFields reads back into the same cells (quoted where needed). */
function asCsvLine(cells: readonly string[]): string {
  return cells.map((cell) => (/[;"\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell)).join(';');
}

/** Rows above the header: the CSV rule for title lines, applied to the sheet's first rows. */
export function sheetTitleRows(rows: readonly (readonly string[])[]): number {
  return guessTitleLines(rows.slice(0, TITLE_SAMPLE_ROWS).map(asCsvLine), ';');
}

/** The header row, cleaned as a CSV header is; an error names the column by its letter. */
function sheetHeader(sheet: SheetRows, index: number, label: string): string[] {
  try {
    return cleanHeader(sheet.rows[index]!, label, index + 1);
  } catch (error) {
    if (error instanceof InputError && typeof error.place?.column === 'number') {
      const letter = columnLetter(sheet.firstColumn + error.place.column - 1);
      throw new InputError(...([error.code, error.args, { ...error.place, column: letter }] as ConstructorParameters<typeof InputError>));
    }
    throw error;
  }
}

/**
 * Reads one sheet of an .xlsx (`options.sheet`, else the first) and hands its header and
 * rows to the visitor; returns the file info (format xlsx, the sheet and the sheets).
 */
export async function readXlsx(path: string, options: ReadOptions, visitor: SheetVisitor): Promise<FileInfo> {
  const sheet = await readSheetRows(path, options.sheet);
  const label = sheetLabel(path, sheet.sheet);
  if (sheet.rows.length === 0) throw new InputError('file-empty', {}, { file: label });
  const titleLines = options.skipLines ?? sheetTitleRows(sheet.rows);
  let headerIndex = titleLines;
  // Blank rows between the title and the header are title lines too (a CSV's blank line is a record; a sheet's is not).
  while (headerIndex < sheet.rows.length && sheet.rows[headerIndex]!.length === 1 && sheet.rows[headerIndex]![0] === '') headerIndex++;
  if (headerIndex >= sheet.rows.length) throw new InputError('no-header', {}, { file: label });
  const header = sheetHeader(sheet, headerIndex, label);
  const plan = visitor.header(header, label);
  // `fill:` as the scanner applies it (merges were filled when the sheet was read; this fills blank cells left by unmerged exports).
  const fillDown = new FillDown(plan?.fill ?? []);
  // Notes below the table (notes.ts): the note-shaped and blank rows after the last row that is not one. The sheet is
  // in memory, so the scanner's holding of pending lines becomes a look from the bottom up.
  let end = sheet.rows.length;
  const notes: string[] = [];
  while (end > headerIndex + 1) {
    const shaped = shapeRecord(sheet.rows[end - 1]!, header);
    if (shaped !== null && !isNoteShaped(sheet.rows[end - 1]!.slice(0, lastFilled(sheet.rows[end - 1]!) + 1), header.length)) break;
    if (shaped !== null) notes.unshift(noteText(sheet.rows[end - 1]!));
    end--;
  }
  let rows = 0;
  let blankLines = 0;
  let raggedRows = 0;
  for (let index = headerIndex + 1; index < sheet.rows.length; index++) {
    if (index >= end) {
      // Blank rows among the notes are blank lines, as in a CSV file.
      if (shapeRecord(sheet.rows[index]!, header) === null) blankLines++;
      continue;
    }
    const shaped = shapeRecord(sheet.rows[index]!, header);
    if (shaped === null) {
      blankLines++;
      continue;
    }
    rows++;
    if (shaped.ragged) raggedRows++;
    visitor.row(shaped.ragged ? shaped.fields : fillDown.fill(shaped.fields), index + 1, shaped.ragged);
  }
  return {
    path,
    format: 'xlsx',
    sheet: sheet.sheet,
    sheets: sheet.sheets,
    // A workbook has no text encoding or delimiter of its own: its cells are handed over as UTF-16 strings.
    encoding: 'utf-8',
    bom: false,
    delimiter: ';',
    lineEnding: 'lf',
    titleLines: headerIndex,
    header,
    columnLetters: header.map((_, index) => columnLetter(sheet.firstColumn + index)),
    rows,
    blankLines,
    raggedRows,
    notes,
  };
}

/** The index of a row's last non-blank cell (-1 when all are blank): notes are judged without Excel's padding. */
function lastFilled(cells: readonly string[]): number {
  for (let index = cells.length - 1; index >= 0; index--) if (cells[index]!.trim() !== '') return index;
  return -1;
}
