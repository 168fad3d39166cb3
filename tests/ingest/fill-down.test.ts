/**
 * Fill-down (`fill:`, src/ingest/fill-down.ts): a blank cell of a fill column takes the
 * last non-blank value above it, on the interned path and as text alike, and a blank
 * before any value stays blank.
 */
import { describe, expect, it } from 'vitest';
import { readExtract, scanExtract } from '../../src/ingest/read-extract.js';
import { FillDown } from '../../src/ingest/fill-down.js';
import { ValueTable } from '../../src/tally/interned.js';
import { mayStartTotalRow } from '../../src/ingest/total-rows.js';
import { tempFile } from '../helpers/temp.js';

describe('FillDown', () => {
  it('fills blank cells of its columns from above and leaves a blank before any value', () => {
    const fill = new FillDown([0, 1]);
    expect(fill.fill(['', '', 'x'])).toEqual(['', '', 'x']);
    expect(fill.fill(['Norrmalm', 'Flicka', '1'])).toEqual(['Norrmalm', 'Flicka', '1']);
    expect(fill.fill([' ', 'Pojke', '2'])).toEqual(['Norrmalm', 'Pojke', '2']);
    expect(fill.fill(['', '', ''])).toEqual(['Norrmalm', 'Pojke', '']);
    expect(fill.fill(['Kista', '', '3'])).toEqual(['Kista', 'Pojke', '3']);
  });
  it('takes values one cell at a time, for row sources that are not the scanner (merged ranges of a sheet)', () => {
    const fill = new FillDown([2]);
    fill.rememberSlot(0, 'Bromma');
    expect(fill.valueFor(0)).toBe('Bromma');
    expect(fill.fill(['a', 'b', ''])).toEqual(['a', 'b', 'Bromma']);
  });
});

const CONTENT =
  [
    'Stadsdelsområde;Kön;Utfall;Antal',
    ';Flicka;Ja;1',
    'Norrmalm;Flicka;Ja;2',
    ';Pojke;Ja;3',
    ' ;Pojke;Nej;4',
    'Tensta;Flicka;Ja;5',
    'Norrmalm;Flicka;Nej;6',
    ';Pojke;Ja;7',
    'Tensta;Pojke;Nej;8',
    'Totalt;;;36',
    ';Flicka;Nej;9',
    'Källa: SCB',
  ].join('\r\n') + '\r\n';

const EXPECTED = [
  ['', 'Flicka', 'Ja', '1'],
  ['Norrmalm', 'Flicka', 'Ja', '2'],
  ['Norrmalm', 'Pojke', 'Ja', '3'],
  ['Norrmalm', 'Pojke', 'Nej', '4'],
  ['Tensta', 'Flicka', 'Ja', '5'],
  ['Norrmalm', 'Flicka', 'Nej', '6'],
  ['Norrmalm', 'Pojke', 'Ja', '7'],
  ['Tensta', 'Pojke', 'Nej', '8'],
  ['Totalt', '', '', '36'],
  ['Totalt', 'Flicka', 'Nej', '9'],
];

describe('fill-down in the scanner', () => {
  for (const encoding of ['utf-8', 'windows-1252'] as const) {
    for (const chunkBytes of [5, 1 << 20]) {
      it(`fills rows read as text (${encoding}, blocks of ${chunkBytes})`, async () => {
        const rows: string[][] = [];
        const info = await readExtract(tempFile(CONTENT, { encoding }), { chunkBytes, fill: ['Stadsdelsområde'] }, { header: () => undefined, row: (fields) => rows.push([...fields]) });
        expect(rows).toEqual(EXPECTED);
        expect(info.notes).toEqual(['Källa: SCB']);
      });

      it(`fills interned rows the same way, whatever path a row takes (${encoding}, blocks of ${chunkBytes})`, async () => {
        const rows: string[][] = [];
        let tables: ValueTable[] = [];
        let row = { ids: new Int32Array(0), overflow: [] as string[] };
        await scanExtract(tempFile(CONTENT, { encoding }), { chunkBytes }, {
          header(columns) {
            tables = columns.map(() => new ValueTable());
            row = { ids: new Int32Array(columns.length), overflow: columns.map(() => '') };
            // Rows starting with T (Tensta, Totalt) may be total rows: they go the text way.
            return { columns: columns.map((_, index) => index), tables, row, mayStartTotalRow, fill: [0] };
          },
          interned() {
            rows.push(Array.from(row.ids, (id, slot) => tables[slot]!.values[id]!));
          },
          row(fields) {
            rows.push([...fields]);
          },
        });
        expect(rows).toEqual(EXPECTED);
      });
    }
  }

  it('leaves blank cells alone without fill', async () => {
    const rows: string[][] = [];
    await readExtract(tempFile(CONTENT), {}, { header: () => undefined, row: (fields) => rows.push([...fields]) });
    expect(rows[2]).toEqual(['', 'Pojke', 'Ja', '3']);
  });
});
