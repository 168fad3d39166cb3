/**
 * The fast reader (bytes, interned cells) reads what readExtract reads: the same rows,
 * fields, line numbers, ragged rows, blank lines, file info and errors, for random
 * extracts in every encoding, delimiter and line end, read in chunks of any size. Where
 * it gives up (FastReadBailout, or any error) the caller reads with readExtract, so
 * giving up is allowed, but never on a well-formed extract.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { readExtract, type ReadOptions } from '../../src/ingest/read-extract.js';
import { FastReadBailout, readExtractFast } from '../../src/ingest/fast-read.js';
import { MAX_INTERNED_VALUES, ValueTable } from '../../src/tally/interned.js';
import { mayStartTotalRow } from '../../src/ingest/total-rows.js';
import { tempFile } from '../helpers/temp.js';

type Outcome = { rows: [string[], number, boolean][]; info: unknown } | { error: string; line: number | undefined } | { bail: string };

async function readPlain(path: string, options: ReadOptions): Promise<Outcome> {
  const rows: [string[], number, boolean][] = [];
  try {
    const info = await readExtract(path, options, { header: () => undefined, row: (fields, line, ragged) => rows.push([[...fields], line, ragged]) });
    return { rows, info };
  } catch (error) {
    return { error: (error as { code?: string }).code ?? String(error), line: (error as { place?: { line?: number } }).place?.line };
  }
}

/** Reads with the fast reader, interning every column, and gives the rows back as text. */
function readFast(path: string, options: ReadOptions, tableSize = MAX_INTERNED_VALUES): Outcome {
  const rows: [string[], number, boolean][] = [];
  let tables: ValueTable[] = [];
  let row: { ids: Int32Array; overflow: string[] } = { ids: new Int32Array(0), overflow: [] };
  const small = (table: ValueTable) => ({ idOf: (value: string) => (table.values.length < tableSize || table.values.includes(value) ? table.idOf(value) : -1) });
  try {
    const info = readExtractFast(path, options, {
      header(columns) {
        tables = columns.map(() => new ValueTable());
        row = { ids: new Int32Array(columns.length), overflow: columns.map(() => '') };
        return { columns: columns.map((_, index) => index), tables: tables.map(small), row, mayStartTotalRow };
      },
      interned(line) {
        rows.push([Array.from(row.ids, (id, slot) => (id >= 0 ? tables[slot]!.values[id]! : row.overflow[slot]!)), line, false]);
      },
      row(fields, line, ragged) {
        rows.push([[...fields], line, ragged]);
      },
    });
    return { rows, info };
  } catch (error) {
    // Any error counts as giving up: analyze then reads with readExtract, whose error is the one reported.
    return { bail: error instanceof FastReadBailout ? error.reason : `error ${(error as { code?: string }).code ?? String(error)}` };
  }
}

const CELL = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('Flicka', 'Pojke', 'Älvsjö', 'Östermalm', 'Ja', 'Nej', '12', '2024-03-19', '', ' ', 'Rinkeby-Kista') },
  { weight: 1, arbitrary: fc.constantFrom('Totalt', ' totalt ', 'Summa', 'alla', 'Samtliga', '\u00a0Totalt', 'Total\u00a0') },
  { weight: 2, arbitrary: fc.string({ unit: fc.constantFrom('a', 'Z', 'å', 'Ö', 'é', '€', ' ', ';', ',', '\t', '"', '\r', '\n', '\u00a0', '1', 'T') }) },
);

interface Shape {
  readonly header: string[];
  readonly rows: string[][];
  readonly quoteAll: boolean;
  readonly lineEnds: string[];
  readonly titleLines: string[];
  readonly finalLineEnd: boolean;
}

const SHAPE = fc
  .record({
    columns: fc.integer({ min: 1, max: 5 }),
    rows: fc.array(fc.array(CELL, { minLength: 0, maxLength: 7 }), { minLength: 0, maxLength: 25 }),
    quoteAll: fc.boolean(),
    lineEnds: fc.array(fc.constantFrom('\r\n', '\n', '\r'), { minLength: 1, maxLength: 3 }),
    titleLines: fc.array(fc.constantFrom('Uttag från systemet', 'Period: 2024', ''), { maxLength: 2 }),
    finalLineEnd: fc.boolean(),
    regular: fc.boolean(),
  })
  .map(({ columns, rows, quoteAll, lineEnds, titleLines, finalLineEnd, regular }): Shape => {
    const header = ['Kön', 'Stadsdel', 'Ålder', 'Beslut', 'Anm'].slice(0, columns);
    // Mostly rows of the header's width, so that most are read as interned rows.
    const shaped = rows.map((row) => (regular ? Array.from({ length: columns }, (_, index) => row[index] ?? '') : row));
    return { header, rows: shaped, quoteAll, lineEnds, titleLines, finalLineEnd };
  });

function render(shape: Shape, delimiter: string): string {
  const quote = (cell: string) =>
    shape.quoteAll || /[";,\t\r\n]/.test(cell) || cell.includes(delimiter) ? `"${cell.replaceAll('"', '""')}"` : cell;
  const lines = [...shape.titleLines, shape.header.join(delimiter), ...shape.rows.map((row) => row.map(quote).join(delimiter))];
  return lines.map((line, index) => line + (index < lines.length - 1 || shape.finalLineEnd ? shape.lineEnds[index % shape.lineEnds.length]! : '')).join('');
}

const ENCODINGS = ['utf-8', 'utf-8-bom', 'windows-1252'] as const;

function write(text: string, encoding: (typeof ENCODINGS)[number]): string {
  const safe = encoding === 'windows-1252' ? text : text;
  return tempFile(encoding === 'windows-1252' ? iconv.encode(safe, 'windows-1252') : Buffer.from((encoding === 'utf-8-bom' ? '\uFEFF' : '') + safe, 'utf8'));
}

describe('the fast reader', () => {
  it('reads random extracts as readExtract does, or gives up', async () => {
    await fc.assert(
      fc.asyncProperty(
        SHAPE,
        fc.constantFrom(';', ',', '\t'),
        fc.constantFrom(...ENCODINGS),
        fc.option(fc.integer({ min: 1, max: 64 }), { nil: undefined }),
        fc.boolean(),
        async (shape, delimiter, encoding, chunkBytes, giveDelimiter) => {
          const path = write(render(shape, delimiter), encoding);
          const options: ReadOptions = { chunkBytes, ...(giveDelimiter ? { delimiter: delimiter as ';' } : {}) };
          const plain = await readPlain(path, options);
          const fast = readFast(path, options);
          if ('bail' in fast) return;
          expect(fast).toEqual(plain);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('never gives up on well-formed extracts, and reads them as readExtract does', async () => {
    await fc.assert(
      fc.asyncProperty(SHAPE, fc.constantFrom(...ENCODINGS), fc.option(fc.integer({ min: 1, max: 64 }), { nil: undefined }), async (shape, encoding, chunkBytes) => {
        const path = write(render({ ...shape, quoteAll: false }, ';'), encoding);
        const options: ReadOptions = { chunkBytes, delimiter: ';', skipLines: shape.titleLines.length };
        const plain = await readPlain(path, options);
        const fast = readFast(path, options);
        if ('error' in plain) return;
        expect(fast).toEqual(plain);
      }),
      { numRuns: 300 },
    );
  });

  it('reads cells past a full value table as text', async () => {
    const rows = Array.from({ length: 300 }, (_, index) => `${index % 2 ? 'Flicka' : 'Pojke'};Värde ${index};"x""${index % 7}"`);
    const path = write(`Kön;Värde;Citat\r\n${rows.join('\r\n')}\r\n`, 'utf-8');
    expect(readFast(path, {}, 50)).toEqual(await readPlain(path, {}));
  });

  it('gives up where readExtract reports a problem, which readExtract then names', async () => {
    const cases: [string, string][] = [
      ['a;b\n1;2\n3;"open\n5;6\n', 'unterminated-quote'],
      ['a;b\n1;x"y\n', 'csv-syntax'],
      ['a;b\n1;"x" y\n', 'csv-syntax'],
    ];
    for (const [text, code] of cases) {
      const path = write(text, 'utf-8');
      expect(readFast(path, {})).toHaveProperty('bail');
      expect(await readPlain(path, {})).toMatchObject({ error: code });
    }
    const invalid = tempFile(Buffer.concat([Buffer.from('a;b\n1;ö\n'), iconv.encode('3;Å\n', 'windows-1252')]));
    expect(readFast(invalid, { encoding: 'utf-8' })).toEqual({ bail: 'invalid UTF-8' });
    const undefinedByte = tempFile(Buffer.from([0x61, 0x3b, 0x62, 0x0a, 0xe5, 0x3b, 0x81, 0x0a]));
    expect(readFast(undefinedByte, { encoding: 'windows-1252' })).toEqual({ bail: 'byte undefined in Windows-1252' });
  });

  it('decides the encoding at the first non-ASCII byte, in the same block as readExtract', async () => {
    const rows = Array.from({ length: 5000 }, (_, index) => `Pojke;${index}`).join('\r\n');
    for (const encoding of ['utf-8', 'windows-1252'] as const) {
      const path = write(`Kon;Nummer\r\n${rows}\r\nFlicka;Åsa\r\n`, encoding);
      for (const chunkBytes of [undefined, 1000, 4096]) {
        const fast = readFast(path, { chunkBytes });
        expect(fast).toEqual(await readPlain(path, { chunkBytes }));
        expect(fast).toMatchObject({ info: { encoding } });
      }
    }
  });
});
