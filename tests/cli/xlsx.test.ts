/**
 * Excel input end to end: analyze, inspect, validate and init read an .xlsx as they read
 * the CSV it was made from (fixtures/layouts/make-xlsx.ts: title row, merged grouping
 * cells, total row, note); --sheet; messages that name the sheet and Excel's row and
 * column; files that are refused with exit 2 and no stack trace.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { runMain } from '../helpers/run-main.js';
import { tempFile, tempPath } from '../helpers/temp.js';

const PAIRS = [
  { xlsx: 'fixtures/layouts/aggregerad.xlsx', csv: 'fixtures/aggregerad.csv', config: 'fixtures/aggregerad.yml' },
  { xlsx: 'fixtures/layouts/berkeley.xlsx', csv: 'fixtures/berkeley.csv', config: 'fixtures/berkeley.yml' },
];

/** The analysis as JSON, without the account of input files and rows read (which differ by layout). */
async function analysed(file: string, config: string, env: Record<string, string> = {}) {
  const run = await runMain(['analyze', file, '-c', config, '-f', 'json'], env);
  // The workbooks' source note below the table is a note, and said to be one; nothing else is said.
  expect(run.stderr.replace(/^jamstat: varning: .*lästes som noter.*\n/m, '')).toBe('');
  expect(run.code).toBe(0);
  const { input, ...rest } = JSON.parse(run.stdout) as { input: { files: Record<string, unknown>[]; rows: number; excluded: { reason: string; rows: number }[] } };
  return { input, rest };
}

describe('analyze on an .xlsx gives the numbers of the CSV it was made from', () => {
  it.each(PAIRS)('$xlsx', async ({ xlsx, csv, config }) => {
    const fromCsv = await analysed(csv, config);
    const fromXlsx = await analysed(xlsx, config);
    // Steps, results, tests, warnings and settings: the same, number for number; the workbook's one more notice is its note.
    const { warnings, ...xlsxRest } = fromXlsx.rest as typeof fromXlsx.rest & { warnings: { code: string }[] };
    expect(warnings.map((warning) => warning.code)).toEqual([...(fromCsv.rest as { warnings: { code: string }[] }).warnings.map((warning) => warning.code), 'notes-below-table']);
    const { warnings: _csvWarnings, ...csvRest } = fromCsv.rest as typeof fromCsv.rest & { warnings: unknown };
    expect(xlsxRest).toEqual(csvRest);
    expect(fromXlsx.input.files[0]).toMatchObject({ format: 'xlsx', titleLines: 2 });
    // The total row is excluded as in the CSV (Berkeley's CSV has none); the note below the table is a note, not a row.
    const totalRows = (input: typeof fromCsv.input) => input.excluded.find((exclusion) => exclusion.reason === 'total-row')?.rows;
    expect(totalRows(fromXlsx.input)).toBe(1);
    expect(fromXlsx.input.rows).toBe(fromCsv.input.rows + (csv.includes('berkeley') ? 1 : 0));
  });

  it('reads a workbook in one thread whatever JAMSTAT_ENGINE says (the built CLI)', () => {
    const { xlsx, config } = PAIRS[1]!;
    const parallel = runCli(['analyze', xlsx, '-c', config, '-f', 'json'], { JAMSTAT_ENGINE: 'parallel' });
    const single = runCli(['analyze', xlsx, '-c', config, '-f', 'json'], { JAMSTAT_ENGINE: 'single' });
    expect(parallel.code).toBe(0);
    expect(parallel.stdout).toBe(single.stdout);
  });
});

describe('inspect, validate and init on an .xlsx', () => {
  it('inspect reports format xlsx, the sheet and the sheets', async () => {
    const run = await runMain(['inspect', 'fixtures/layouts/aggregerad.xlsx', '-f', 'json']);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report).toMatchObject({ format: 'xlsx', sheet: 'Aktualiseringar', sheets: ['Aktualiseringar', 'Om tabellen'], titleLines: 2 });
    expect(report.columns.map((column: { name: string }) => column.name)).toEqual(['Kön', 'Stadsdelsområde', 'Kontaktorsak', 'Förhandsbedömning', 'Beslut insats', 'Antal']);
    // The merged district cells are filled: no district is empty but on the total row (the note is no row).
    expect(report.columns[1].empty).toBe(1);
    expect(report.notes).toEqual([expect.stringMatching(/^Källa: /)]);
    const table = await runMain(['inspect', 'fixtures/layouts/aggregerad.xlsx', '--lang', 'en']);
    expect(table.stdout).toContain('xlsx; sheet "Aktualiseringar" (sheets in the workbook: "Aktualiseringar", "Om tabellen"); title lines 2');
  });

  it('validate names the sheet, the Excel row and the column letter', async () => {
    const run = await runMain(['validate', 'fixtures/layouts/aggregerad.xlsx', '-c', 'fixtures/aggregerad.yml']);
    expect(run.stdout).toContain('fixtures/layouts/aggregerad.xlsx [Aktualiseringar], rad 448, kolumn A (Kön) (2 rader)');
    const json = await runMain(['validate', 'fixtures/layouts/aggregerad.xlsx', '-c', 'fixtures/aggregerad.yml', '-f', 'json']);
    const missingSex = JSON.parse(json.stdout).problems.find((found: { line: number }) => found.line === 448);
    expect(missingSex).toMatchObject({ file: 'fixtures/layouts/aggregerad.xlsx [Aktualiseringar]', column: 'Kön', columnLetter: 'A' });
  });

  it('init writes a configuration from an .xlsx, and analyze runs it', async () => {
    const config = tempPath('from-xlsx.yml');
    const init = await runMain(['init', 'fixtures/layouts/aggregerad.xlsx', '-o', config]);
    expect(init.code).toBe(0);
    expect(readFileSync(config, 'utf8')).toContain('count: Antal');
    const run = await runMain(['analyze', 'fixtures/layouts/aggregerad.xlsx', '-c', config, '-f', 'json']);
    expect(run.code).toBe(0);
  });
});

describe('--sheet and refused files: exit 2, a message, no stack', () => {
  it('--sheet reads the sheet named; an unknown sheet lists the sheets', async () => {
    const other = await runMain(['inspect', 'fixtures/layouts/berkeley.xlsx', '--sheet', 'Notes', '-f', 'json']);
    expect(other.code).toBe(0);
    expect(JSON.parse(other.stdout).sheet).toBe('Notes');
    const unknown = await runMain(['analyze', 'fixtures/layouts/berkeley.xlsx', '-c', 'fixtures/berkeley.yml', '--sheet', 'Blad1', '--lang', 'en']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe('jamstat: error: fixtures/layouts/berkeley.xlsx: the workbook has no sheet named "Blad1". Its sheets: "UCBAdmissions", "Notes". Name one of them with --sheet.\n');
  });

  it('an old .xls, an encrypted or damaged workbook', async () => {
    const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const files = {
      old: tempFile(Buffer.concat([ole, Buffer.alloc(2048)]), { name: 'gammal.xls' }),
      encrypted: tempFile(Buffer.concat([ole, Buffer.alloc(600), Buffer.from('EncryptedPackage', 'utf16le')]), { name: 'lösen.xlsx' }),
      damaged: tempFile(readFileSync('fixtures/layouts/berkeley.xlsx').subarray(0, 3000), { name: 'trasig.xlsx' }),
    };
    for (const [kind, file] of Object.entries(files)) {
      for (const command of [['inspect', file], ['validate', file, '-c', 'fixtures/berkeley.yml'], ['analyze', file, '-c', 'fixtures/berkeley.yml']]) {
        const run = await runMain([...command, '--lang', 'en']);
        expect(run.code, `${kind} ${command[0]}`).toBe(2);
        expect(run.stderr).not.toMatch(/\n\s+at /);
        expect(run.stderr).toMatch(kind === 'encrypted' ? /password-protected/ : kind === 'old' ? /old Excel file \(\.xls/ : /cannot be read as an Excel workbook/);
        expect(run.stderr).toMatch(/\.xlsx\)? or (as )?CSV/);
      }
    }
  });
});

describe('a damaged workbook', () => {
  it('is one message in the user’s words, never the zip library’s English', async () => {
    const damaged = tempFile(Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.from('not a zip archive')]), { name: 'trasig.xlsx' });
    const run = await runMain(['inspect', damaged]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('filen kan inte läsas som Excel-arbetsbok (.xlsx): arkivet eller dess innehåll är skadat.');
    expect(run.stderr).not.toMatch(/zip|data length|Corrupted|End of/i);
  });
});
