/**
 * Notes below the table (src/ingest/notes.ts, scanner.ts handOverRow): lines after the
 * data that say where the numbers come from are notes, not rows, on the text and the
 * interned path alike; a note-shaped line that a data row follows was a row.
 */
import { describe, expect, it } from 'vitest';
import { readExtract, scanExtract, openScan } from '../../src/ingest/read-extract.js';
import type { ReadOptions } from '../../src/ingest/read-options.js';
import type { InternedVisitor } from '../../src/ingest/scanner.js';
import { isNoteShaped, MAX_PENDING_NOTES } from '../../src/ingest/notes.js';
import { ValueTable } from '../../src/tally/interned.js';
import { mayStartTotalRow } from '../../src/ingest/total-rows.js';
import { inspect } from '../../src/inspect/inspect.js';
import { renderInspectTable } from '../../src/report/render-inspect.js';
import { tempFile } from '../helpers/temp.js';

type Row = [string[], number, boolean];

async function textRows(path: string, options: ReadOptions = {}) {
  const rows: Row[] = [];
  const info = await readExtract(path, options, { header: () => undefined, row: (fields, line, ragged) => rows.push([[...fields], line, ragged]) });
  return { rows, info };
}

/** Every column interned, as the analysis reads. */
function internedVisitor(rows: Row[]): InternedVisitor {
  let tables: ValueTable[] = [];
  let row = { ids: new Int32Array(0), overflow: [] as string[] };
  return {
    header(columns) {
      tables = columns.map(() => new ValueTable());
      row = { ids: new Int32Array(columns.length), overflow: columns.map(() => '') };
      return { columns: columns.map((_, index) => index), tables, row, mayStartTotalRow };
    },
    interned(line) {
      rows.push([Array.from(row.ids, (id, slot) => (id >= 0 ? tables[slot]!.values[id]! : row.overflow[slot]!)), line, false]);
    },
    row(fields, line, ragged) {
      rows.push([[...fields], line, ragged]);
    },
  };
}

async function internedRows(path: string, options: ReadOptions = {}) {
  const rows: Row[] = [];
  const info = await scanExtract(path, options, internedVisitor(rows));
  return { rows, info };
}

const HEADER = 'Stadsdelsområde;Kön;Förhandsbedömning;Antal';
const DATA = ['Norrmalm;Flicka;Utredning inleds;40', 'Norrmalm;Pojke;Utredning inleds;38', 'Södermalm;Flicka;Utredning inleds;12'];

describe('isNoteShaped', () => {
  it('takes lines that begin as notes do, at any width', () => {
    expect(isNoteShaped(['Källa: SCB'], 4)).toBe(true);
    expect(isNoteShaped(['Källa: SCB', '', '', ''], 4)).toBe(true);
    expect(isNoteShaped(['Anm. Uppgifterna för 2023', 'reviderade', '2024', ''], 4)).toBe(true);
    expect(isNoteShaped(['', 'Fotnot: x'], 4)).toBe(true);
    expect(isNoteShaped(['* Preliminära uppgifter'], 4)).toBe(true);
    expect(isNoteShaped(['Source: Statistics Sweden'], 4)).toBe(true);
  });
  it('takes lines of one cell of words, short or padded to the header', () => {
    expect(isNoteShaped(['Uppgifterna avser 2024'], 4)).toBe(true);
    expect(isNoteShaped(['Senast uppdaterad mars'], 4)).toBe(true);
    expect(isNoteShaped(['Senast uppdaterad mars', '', '', ''], 4)).toBe(true);
  });
  it('leaves data rows, short rows of several cells (a row missing a field), numbers and blank rows alone', () => {
    expect(isNoteShaped(['Flicka', 'Ja'], 3)).toBe(false);
    expect(isNoteShaped(['Norrmalm', 'Flicka', 'Utredning inleds', '40'], 4)).toBe(false);
    expect(isNoteShaped(['Norrmalm', 'Flicka', '40'], 4)).toBe(false);
    expect(isNoteShaped(['2 000', '', '', ''], 4)).toBe(false);
    expect(isNoteShaped(['', '', '', ''], 4)).toBe(false);
  });
  it('leaves a single word with blank cells alone: a case row whose other cells are empty, not a note', () => {
    expect(isNoteShaped(['Flicka', ' ', ''], 3)).toBe(false);
    expect(isNoteShaped(['Flicka'], 3)).toBe(false);
    expect(isNoteShaped(['', 'Bromma', '', ''], 4)).toBe(false);
  });
});

describe('notes below the table', () => {
  it('counts 288 rows, not 289, for a table of 288 rows and one note (inspect, regression)', async () => {
    const rows = Array.from({ length: 288 }, (_, index) => `Område ${index % 12};${index % 2 ? 'Pojke' : 'Flicka'};Utredning inleds;${index + 1}`);
    const path = tempFile([HEADER, ...rows, 'Källa: Socialstyrelsen, statistikdatabasen'].join('\r\n') + '\r\n');
    const report = await inspect(path);
    expect(report.rows).toBe(288);
    expect(report.raggedRows).toBe(0);
    expect(report.notes).toEqual(['Källa: Socialstyrelsen, statistikdatabasen']);
  });

  for (const [name, read] of [['as text', textRows], ['interned', internedRows]] as const) {
    it(`are notes, not rows, ${name}, in UTF-8 and Windows-1252, in blocks of any size`, async () => {
      const content = [HEADER, ...DATA, '', 'Källa: Stockholms stad;;;', ';;;', 'Uppgifterna avser 2024', '* Preliminära uppgifter', 'Anm.;fler;ord;här'].join('\r\n') + '\r\n';
      for (const encoding of ['utf-8-bom', 'windows-1252'] as const) {
        for (const chunkBytes of [7, 64, 1 << 20]) {
          const { rows, info } = await read(tempFile(content, { encoding }), { chunkBytes });
          expect(rows.map((row) => row[0].join(';'))).toEqual(DATA);
          expect(info.rows).toBe(3);
          expect(info.raggedRows).toBe(0);
          expect(info.notes).toEqual(['Källa: Stockholms stad', 'Uppgifterna avser 2024', '* Preliminära uppgifter', 'Anm. fler ord här']);
          // The blank line and the all-blank record among the notes are blank lines.
          expect(info.blankLines).toBe(2);
        }
      }
    });

    it(`hands note-shaped lines that a data row follows over as the rows they were, in order, ${name}`, async () => {
      // Enough rows that two ragged ones are not refused as a wrong delimiter.
      const more = Array.from({ length: 30 }, () => DATA[2]!);
      const content = [HEADER, DATA[0], 'Anm. mitt i tabellen', 'Norrmalm;Flicka', DATA[1], DATA[2], ...more, 'Källa: SCB'].join('\n') + '\n';
      const { rows, info } = await read(tempFile(content), {});
      expect(rows.slice(0, 5)).toEqual([
        [DATA[0]!.split(';'), 2, false],
        [['Anm. mitt i tabellen'], 3, true],
        [['Norrmalm', 'Flicka'], 4, true],
        [DATA[1]!.split(';'), 5, false],
        [DATA[2]!.split(';'), 6, false],
      ]);
      expect(info.rows).toBe(35);
      expect(info.raggedRows).toBe(2);
      expect(info.notes).toEqual(['Källa: SCB']);
    });
  }

  it(`holds at most ${MAX_PENDING_NOTES} note-shaped lines: more are handed over as rows`, async () => {
    const many = Array.from({ length: MAX_PENDING_NOTES + 5 }, (_, index) => `Anm. rad ${index};;;`);
    const { info } = await textRows(tempFile([HEADER, ...DATA, ...many].join('\n') + '\n'));
    expect(info.notes.length).toBeLessThanOrEqual(MAX_PENDING_NOTES);
    expect(info.rows + info.notes.length).toBe(3 + many.length);
  });

  it('masks personnummer in notes', async () => {
    const { info } = await textRows(tempFile([HEADER, ...DATA, 'Anm. fel rad för 19121212-1212'].join('\n') + '\n'));
    expect(info.notes[0]).not.toContain('1212-1212');
  });

  it('keeps held lines over a part boundary until the caller says whether data follows', async () => {
    const content = [HEADER, ...DATA, 'Anm. före delningen', 'Norrmalm;Pojke;Utredning inleds;5'].join('\n') + '\n';
    const path = tempFile(content);
    const split = Buffer.byteLength([HEADER, ...DATA, 'Anm. före delningen'].join('\n') + '\n');
    for (const dataFollows of [true, false]) {
      const rows: Row[] = [];
      const opened = openScan(path, {}, internedVisitor(rows));
      try {
        expect(opened.scanner.scanTo(split)).toBe(true);
        expect(rows).toHaveLength(3);
        opened.scanner.settlePending(dataFollows);
      } finally {
        opened.scanner.close();
      }
      expect(rows).toHaveLength(dataFollows ? 4 : 3);
      expect(opened.scanner.counts.notes).toEqual(dataFollows ? [] : ['Anm. före delningen']);
    }
  });
});

describe('inspect table', () => {
  it('shows ragged rows and notes as the JSON does', async () => {
    const content = [HEADER, DATA[0], 'Norrmalm;Flicka', ...DATA.slice(1), 'Källa: Stockholms stad'].join('\n') + '\n';
    const report = await inspect(tempFile(content));
    expect(report.raggedRows).toBe(1);
    const sv = renderInspectTable(report, 'sv');
    expect(sv).toContain('Rader med annat antal fält än rubrikraden: 1');
    expect(sv).toContain('Noter under tabellen (inte rader): 1\n  Källa: Stockholms stad');
    const en = renderInspectTable(report, 'en');
    expect(en).toContain('Rows with another number of fields than the header: 1');
    expect(en).toContain('Notes below the table (not rows): 1');
  });
});
