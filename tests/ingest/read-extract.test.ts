import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { readExtract } from '../../src/ingest/read-extract.js';
import type { FileInfo } from '../../src/ingest/file-info.js';
import { InputError } from '../../src/errors.js';
import { tempFile } from '../helpers/temp.js';

interface Read {
  header: readonly string[];
  rows: { fields: readonly string[]; line: number; ragged: boolean }[];
  info: FileInfo;
}

async function read(path: string, options = {}): Promise<Read> {
  let header: readonly string[] = [];
  const rows: Read['rows'] = [];
  const info = await readExtract(path, options, {
    header: (columns) => (header = columns),
    row: (fields, line, ragged) => rows.push({ fields, line, ragged }),
  });
  return { header, rows, info };
}

async function failure(path: string, options = {}): Promise<InputError> {
  try {
    await read(path, options);
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError');
}

describe('readExtract', () => {
  it('reads a Swedish Windows extract: Windows-1252, semicolons, CRLF', async () => {
    const path = tempFile('Kön;Stadsdel\r\nFlicka;Älvsjö\r\nPojke;Östermalm\r\n', { encoding: 'windows-1252' });
    const { header, rows, info } = await read(path);
    expect(header).toEqual(['Kön', 'Stadsdel']);
    expect(rows.map((row) => row.fields)).toEqual([['Flicka', 'Älvsjö'], ['Pojke', 'Östermalm']]);
    expect(info).toMatchObject({ encoding: 'windows-1252', delimiter: ';', lineEnding: 'crlf', rows: 2, bom: false });
  });

  it('drops a UTF-8 BOM and reports it', async () => {
    const { header, info } = await read(tempFile('Kön;Ålder\n"Flicka";3\n', { encoding: 'utf-8-bom' }));
    expect(header).toEqual(['Kön', 'Ålder']);
    expect(info).toMatchObject({ encoding: 'utf-8', bom: true });
  });

  it('decides the encoding at the first non-ASCII byte, even far into the file', async () => {
    const rows = Array.from({ length: 20000 }, (_, index) => `Pojke;${index}`).join('\r\n');
    const path = tempFile(`Kon;Nummer\r\n${rows}\r\nFlicka;Åsa\r\n`, { encoding: 'windows-1252' });
    const result = await read(path);
    expect(result.info.encoding).toBe('windows-1252');
    expect(result.rows.at(-1)?.fields).toEqual(['Flicka', 'Åsa']);
  });

  it('handles quoted delimiters, doubled quotes and newlines, with true line numbers', async () => {
    const path = tempFile('a;b\r\n"x;y";"he said ""hej"""\r\n1;"two\r\nlines"\r\n3;4\r\n');
    const { rows } = await read(path);
    expect(rows.map((row) => row.fields)).toEqual([['x;y', 'he said "hej"'], ['1', 'two\r\nlines'], ['3', '4']]);
    expect(rows.map((row) => row.line)).toEqual([2, 3, 5]);
  });

  it('skips title lines, detected or given', async () => {
    const text = 'Uttag från systemet;;\r\nPeriod 2024;;\r\nKön;Ålder;Stadsdel\r\nFlicka;3;Farsta\r\nPojke;4;Bromma\r\n';
    const detected = await read(tempFile(text));
    expect(detected.header).toEqual(['Kön', 'Ålder', 'Stadsdel']);
    expect(detected.info.titleLines).toBe(2);
    expect(detected.rows[0]!.line).toBe(4);
    const given = await read(tempFile(text), { skipLines: 2 });
    expect(given.header).toEqual(['Kön', 'Ålder', 'Stadsdel']);
  });

  it('marks rows with a wrong field count, and accepts trailing empty fields', async () => {
    const { rows, info } = await read(tempFile('a;b;c\n1;2;3\n1;2\n1;2;3;\n' + '1;2;3\n'.repeat(20)));
    expect(rows[1]!.ragged).toBe(true);
    expect(rows[2]).toMatchObject({ ragged: false, fields: ['1', '2', '3'] });
    expect(info.raggedRows).toBe(1);
  });

  it('counts blank lines apart from rows, and handles mixed line ends', async () => {
    const { rows, info } = await read(tempFile('a;b\r\n1;2\n\r\n3;4\r\n'));
    expect(rows.map((row) => row.fields)).toEqual([['1', '2'], ['3', '4']]);
    expect(info).toMatchObject({ rows: 2, blankLines: 1, lineEnding: 'mixed' });
  });

  it('reads a CR-only file: rows split at each CR, lines counted, line ends "cr"', async () => {
    const { header, rows, info } = await read(tempFile('a;b\r1;2\r\r3;"x\ry"\r5;6'));
    expect(header).toEqual(['a', 'b']);
    expect(rows).toEqual([
      { fields: ['1', '2'], line: 2, ragged: false },
      { fields: ['3', 'x\ry'], line: 4, ragged: false },
      { fields: ['5', '6'], line: 5, ragged: false },
    ]);
    expect(info).toMatchObject({ rows: 3, blankLines: 1, lineEnding: 'cr' });
    // Lines of errors found while checking bytes count a lone CR too (they counted only LF).
    const encoding = await failure(tempFile(Buffer.from('a;b\r1;2\r3;\x81\r', 'latin1')), { encoding: 'windows-1252' });
    expect(encoding).toMatchObject({ code: 'invalid-encoding-bytes', place: { line: 3 } });
  });

  it('names a stray quote in the header as a header error on the header line, title lines counted', async () => {
    // Regression: the header was taken for a title line, and the error was csv-parse's
    // English text on the line below the header.
    const plain = await failure(tempFile('kon;al"der;beslut\r\n1;2;3\r\n2;3;4\r\n'));
    expect(plain.code).toBe('header-quote');
    expect(plain.place).toMatchObject({ line: 1, column: 2 });
    const titled = await failure(tempFile('Uttag 2024\r\n\r\nkon;al"der;beslut\r\n1;2;3\r\n2;3;4\r\n'));
    expect(titled.code).toBe('header-quote');
    expect(titled.place).toMatchObject({ line: 3, column: 2 });
    const closing = await failure(tempFile('kon;"alder"x;beslut\n1;2;3\n2;3;4\n'));
    expect(closing.code).toBe('header-quote');
    expect(closing.place).toMatchObject({ line: 1, column: 2 });
  });

  it('refuses an empty file, a BOM-only file and binary data', async () => {
    expect((await failure(tempFile(''))).code).toBe('file-empty');
    expect((await failure(tempFile('', { encoding: 'utf-8-bom' }))).code).toBe('file-empty');
    expect((await failure(tempFile(Buffer.from([0x61, 0x3b, 0x62, 0x0a, 0x00, 0x01, 0x02])))).code).toBe('file-binary');
  });

  it('names the line of an unterminated quote', async () => {
    const error = await failure(tempFile('a;b\n1;2\n3;"open\n5;6\n'));
    expect(error.code).toBe('unterminated-quote');
    expect(error.place).toMatchObject({ line: 3 });
  });

  it('names the line where bytes stop being UTF-8 when UTF-8 was asked for', async () => {
    const body = Buffer.concat([Buffer.from('a;b\n1;ö\n2;x\n'), iconv.encode('3;Å\n', 'windows-1252')]);
    const error = await failure(tempFile(body), { encoding: 'utf-8' });
    expect(error.code).toBe('invalid-utf8');
    expect(error.place).toMatchObject({ line: 4 });
  });

  it('refuses duplicate and blank header names', async () => {
    expect((await failure(tempFile('Kön;Ålder;Kön\n1;2;3\n'))).code).toBe('duplicate-header');
    expect((await failure(tempFile('Kön;;Ålder\n1;2;3\n'))).code).toBe('blank-header');
  });

  it('refuses a file where most rows are ragged (a wrong delimiter)', async () => {
    const error = await failure(tempFile('a;b;c\n1,2,3\n4,5\n6;7;8\n9\n'), { delimiter: ';' });
    expect(error.code).toBe('too-many-ragged');
  });

  it('reports a missing file', async () => {
    expect((await failure('/nonexistent/x.csv')).code).toBe('file-not-found');
  });
});
