/**
 * The Excel row source (src/ingest/read-xlsx.ts, xlsx-sheet.ts, xlsx-cells.ts): cells as
 * the text a CSV export would hold, from stored values; merges continue a value down;
 * title rows, header, blank rows and Excel row numbers; and the files it refuses.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { InputError, UsageError } from '../../src/errors.js';
import { readXlsx, sheetTitleRows } from '../../src/ingest/read-xlsx.js';
import { readExtract } from '../../src/ingest/read-extract.js';
import { cellText, columnLetter, numberText } from '../../src/ingest/xlsx-cells.js';
import { MAX_XLSX_BYTES, spreadsheetKind } from '../../src/ingest/spreadsheet-kind.js';
import { XLSX_FIXTURES, makeXlsx } from '../../fixtures/layouts/make-xlsx.js';
import { ROOT } from '../helpers/run-cli.js';
import { tempFile } from '../helpers/temp.js';

const BERKELEY = join(ROOT, 'fixtures/layouts/berkeley.xlsx');
const AGGREGATED = join(ROOT, 'fixtures/layouts/aggregerad.xlsx');

/** Reads a workbook with readExtract, keeping the header and every row with its line. */
async function readAll(path: string, sheet?: string) {
  let header: readonly string[] = [];
  const rows: { fields: readonly string[]; line: number; ragged: boolean }[] = [];
  const info = await readExtract(path, sheet === undefined ? {} : { sheet }, {
    header(columns) {
      header = columns;
    },
    row(fields, line, ragged) {
      rows.push({ fields, line, ragged });
    },
  });
  return { header, rows, info };
}

/** Writes a workbook made by `build` to a temporary .xlsx. */
async function workbookFile(build: (workbook: ExcelJS.Workbook) => void, name?: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return tempFile(new Uint8Array(await workbook.xlsx.writeBuffer()), { name: name ?? `book-${Math.random().toString(36).slice(2)}.xlsx` });
}

async function thrown(promise: Promise<unknown>): Promise<InputError | UsageError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof InputError || error instanceof UsageError) return error;
    throw error;
  }
  throw new Error('expected an error');
}

describe('cell text', () => {
  it('writes numbers as the count reader takes them, never from a locale', () => {
    expect(numberText(1234)).toBe('1234');
    expect(numberText(1234567)).toBe('1234567');
    expect(numberText(-3)).toBe('-3');
    expect(numberText(12.5)).toBe('12,5');
    expect(numberText(1112)).toBe('1112');
    expect(cellText(0)).toBe('0');
  });

  it('writes dates as ISO, a time only when there is one', () => {
    expect(cellText(new Date(Date.UTC(2024, 2, 19)))).toBe('2024-03-19');
    expect(cellText(new Date(Date.UTC(2024, 2, 19, 13, 5)))).toBe('2024-03-19 13:05');
  });

  it('takes a formula’s cached result, rich text’s plain text, a link’s text and an error’s code', () => {
    expect(cellText({ formula: 'SUM(A1:A3)', result: 42 })).toBe('42');
    expect(cellText({ sharedFormula: 'A1', result: 'Bromma' })).toBe('Bromma');
    expect(cellText({ formula: 'A1/0', result: { error: '#DIV/0!' } })).toBe('#DIV/0!');
    expect(cellText({ formula: 'A1' })).toBe('');
    expect(cellText({ richText: [{ text: 'Tabell ' }, { text: '1', font: { bold: true } }] })).toBe('Tabell 1');
    expect(cellText({ text: 'Kolada', hyperlink: 'https://kolada.se' })).toBe('Kolada');
    expect(cellText({ error: '#N/A' })).toBe('#N/A');
    expect(cellText(null)).toBe('');
    expect(cellText(true)).toBe('TRUE');
  });

  it('names columns by their Excel letters', () => {
    expect([0, 2, 25, 26, 27, 701, 702].map(columnLetter)).toEqual(['A', 'C', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
  });
});

describe('the committed workbooks', () => {
  it.each(XLSX_FIXTURES)('$file is what make-xlsx.ts makes (deterministic)', async (spec) => {
    const made = await makeXlsx(spec);
    expect(Buffer.from(made).equals(readFileSync(join(ROOT, 'fixtures/layouts', spec.file)))).toBe(true);
  });

  it('finds the header below a merged title and a blank row; lines are Excel rows', async () => {
    const { header, rows, info } = await readAll(BERKELEY);
    expect(header).toEqual(['Kön', 'Institution', 'Beslut', 'Antal']);
    expect(info).toMatchObject({ format: 'xlsx', sheet: 'UCBAdmissions', sheets: ['UCBAdmissions', 'Notes'], titleLines: 2, blankLines: 1, raggedRows: 0 });
    // Header on Excel row 3: the first data row is row 4.
    expect(rows[0]).toEqual({ fields: ['Male', 'A', 'Admitted', '512'], line: 4, ragged: false });
  });

  it('continues a vertically merged grouping cell down its range', async () => {
    const { rows } = await readAll(BERKELEY);
    // Male;A;Rejected sits under the merged A of Male;A;Admitted.
    expect(rows[1]!.fields).toEqual(['Male', 'A', 'Rejected', '313']);
    const institutions = rows.slice(0, 24).map((row) => row.fields[1]);
    expect(institutions.every((value) => /^[A-F]$/.test(value!))).toBe(true);
  });

  it('reads the total row’s formula as its cached result, and the note below as a note, not a row', async () => {
    const { rows, info } = await readAll(BERKELEY);
    expect(rows[24]).toEqual({ fields: ['Totalt', '', '', '4526'], line: 28, ragged: false });
    expect(rows).toHaveLength(25);
    expect(info.notes).toEqual([expect.stringMatching(/^Source: Bickel/)]);
  });

  it('reads another sheet with --sheet, ignoring case', async () => {
    const { header, info } = await readAll(AGGREGATED, 'om tabellen');
    expect(info.sheet).toBe('Om tabellen');
    expect(header[0]).toMatch(/^Källa/);
  });

  it('refuses an unknown sheet, listing the sheets', async () => {
    const error = await thrown(readAll(AGGREGATED, 'Blad1'));
    expect(error.code).toBe('xlsx-sheet-unknown');
    expect(error.args).toEqual({ sheet: 'Blad1', sheets: '"Aktualiseringar", "Om tabellen"' });
  });
});

describe('workbooks made here', () => {
  it('keeps numbers numbers, dates ISO, and a number stored as text as its text', async () => {
    const path = await workbookFile((workbook) => {
      const sheet = workbook.addWorksheet('Data');
      sheet.addRow(['Kön', 'Datum', 'Antal', 'Andel']);
      sheet.addRow(['Flicka', new Date(Date.UTC(2024, 0, 31)), 1234, 0.25]);
      sheet.addRow(['Pojke', new Date(Date.UTC(2024, 11, 1)), '1 234', 12.5]);
      sheet.getColumn(2).numFmt = 'yyyy-mm-dd';
    });
    const { rows } = await readAll(path);
    expect(rows.map((row) => row.fields)).toEqual([
      ['Flicka', '2024-01-31', '1234', '0,25'],
      ['Pojke', '2024-12-01', '1 234', '12,5'],
    ]);
  });

  it('hands blank rows over as blank lines, not rows, and leaves out blank leading columns', async () => {
    const path = await workbookFile((workbook) => {
      const sheet = workbook.addWorksheet('Data');
      sheet.getCell('B1').value = 'Kön';
      sheet.getCell('C1').value = 'Beslut';
      sheet.getCell('B2').value = 'Flicka';
      sheet.getCell('C2').value = 'Ja';
      sheet.getCell('B4').value = 'Pojke';
      sheet.getCell('C4').value = 'Nej';
    });
    const { header, rows, info } = await readAll(path);
    expect(header).toEqual(['Kön', 'Beslut']);
    expect(rows.map((row) => row.line)).toEqual([2, 4]);
    expect(info.blankLines).toBe(1);
  });

  it('leaves the cells a horizontal merge covers blank: a merged title is a title row', async () => {
    const path = await workbookFile((workbook) => {
      const sheet = workbook.addWorksheet('Data');
      sheet.addRow(['Tabell 1. Aktualiseringar']);
      sheet.mergeCells('A1:C1');
      sheet.addRow(['Kön', 'Stadsdel', 'Antal']);
      sheet.addRow(['Flicka', 'Bromma', 3]);
      sheet.addRow(['Pojke', null, 4]);
      sheet.mergeCells('B3:B4');
    });
    const { header, rows } = await readAll(path);
    expect(header).toEqual(['Kön', 'Stadsdel', 'Antal']);
    expect(rows.map((row) => row.fields)).toEqual([
      ['Flicka', 'Bromma', '3'],
      ['Pojke', 'Bromma', '4'],
    ]);
  });

  it('finds title rows by the CSV rule applied to cells', () => {
    expect(sheetTitleRows([['Titel', '', ''], [''], ['A', 'B', 'C'], ['1', '2', '3'], ['4', '5', '6'], ['7', '8', '9']])).toBe(2);
    expect(sheetTitleRows([['A', 'B;C', 'D'], ['1', '2', '3'], ['4', '5', '6'], ['7', '8', '9']])).toBe(0);
  });

  it('names a blank header cell by its column letter', async () => {
    const path = await workbookFile((workbook) => {
      const sheet = workbook.addWorksheet('Data');
      sheet.addRow(['Kön', null, 'Antal', 'Beslut']);
      sheet.addRow(['Flicka', 'x', 1, 'Ja']);
      sheet.addRow(['Pojke', 'y', 2, 'Nej']);
    });
    const error = await thrown(readAll(path));
    expect(error.code).toBe('blank-header');
    expect(error.place).toMatchObject({ line: 1, column: 'B' });
    expect(error.place!.file).toMatch(/\.xlsx \[Data\]$/);
  });

  it('reads a workbook named .csv by its zip signature', async () => {
    const path = await workbookFile((workbook) => {
      workbook.addWorksheet('Data').addRows([['Kön', 'Beslut'], ['Flicka', 'Ja']]);
    }, 'named-as.csv');
    expect(spreadsheetKind(path)).toBe('xlsx');
    const { info } = await readAll(path);
    expect(info.format).toBe('xlsx');
  });
});

describe('files it refuses, with a message and no stack', () => {
  it('an old binary .xls', async () => {
    const path = tempFile(Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(1024)]), { name: 'old.xls' });
    expect((await thrown(readAll(path))).code).toBe('xlsx-old-format');
  });

  it('a password-protected workbook (an OLE2 container with an EncryptedPackage)', async () => {
    const bytes = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512), Buffer.from('EncryptedPackage', 'utf16le'), Buffer.alloc(512)]);
    const path = tempFile(bytes, { name: 'secret.xlsx' });
    expect((await thrown(readAll(path))).code).toBe('xlsx-encrypted');
  });

  it('a damaged .xlsx (a zip cut short) and a text file named .xlsx', async () => {
    const whole = readFileSync(BERKELEY);
    const cut = tempFile(whole.subarray(0, 2000), { name: 'cut.xlsx' });
    expect((await thrown(readAll(cut))).code).toBe('xlsx-unreadable');
    const text = tempFile('Kön;Beslut\nFlicka;Ja\n', { name: 'text.xlsx' });
    expect((await thrown(readAll(text))).code).toBe('xlsx-unreadable');
  });

  it('a workbook larger than MAX_XLSX_BYTES, before reading it', async () => {
    const bytes = Buffer.alloc(MAX_XLSX_BYTES + 1);
    bytes.set([0x50, 0x4b, 0x03, 0x04]);
    const error = await thrown(readAll(tempFile(bytes, { name: 'stor.xlsx' })));
    expect(error.code).toBe('xlsx-too-large');
    expect(error.args).toEqual({ size: '8,0', limit: '8,0' });
  });

  it('--sheet for a text file', async () => {
    const path = tempFile('Kön;Beslut\nFlicka;Ja\n');
    expect((await thrown(readAll(path, 'Blad1'))).code).toBe('usage-sheet-not-xlsx');
  });

  it('an empty sheet', async () => {
    const path = await workbookFile((workbook) => {
      workbook.addWorksheet('Tom');
    });
    const error = await thrown(readXlsx(path, {}, { header() {}, row() {} }));
    expect(error.code).toBe('file-empty');
  });
});
