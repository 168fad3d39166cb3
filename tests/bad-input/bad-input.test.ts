/**
 * The bad-input corpus: odd and broken extracts and configurations, each made here in a
 * temporary file and run through the built CLI, with the behaviour it must get. Every
 * case ends in time, never with a stack trace or exit code 3, and either
 * - exits 0 (or 1 for validate) with a complete row accounting, or
 * - exits 2 with one message that names the place and says what to do, and leaves no
 *   output file behind.
 * Needs `npm run build` first.
 */
import { describe, expect, it } from 'vitest';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, writeSync } from 'node:fs';
import { basename } from 'node:path';
import { runCliAsync } from '../helpers/run-cli.js';
import { tempFile, tempPath } from '../helpers/temp.js';
import { expectAccounting, type AccountedReport } from '../helpers/accounting.js';

const HEADER = 'Kön;Beslut;Insats';

const CONFIG = `sex: { column: Kön }
steps:
  - name: Utredning
    outcome: { column: Beslut, equals: Ja }
  - name: Insats
    among: { column: Beslut, equals: Ja }
    outcome: { column: Insats, equals: Beviljad }
`;

const AGGREGATED_CONFIG = `${CONFIG}count: Antal\n`;
const PERSONNUMMER_CONFIG = CONFIG.replace('sex: { column: Kön }', 'sex: { personnummer: Personnummer }');

/** `count` well-formed data lines of HEADER. */
function rows(count: number, delimiter = ';'): string[] {
  return Array.from({ length: count }, (_, index) =>
    [index % 2 ? 'Pojke' : 'Flicka', index % 3 ? 'Ja' : 'Nej', index % 3 ? (index % 4 ? 'Beviljad' : 'Avslag') : ''].join(delimiter),
  );
}

function lines(list: readonly string[], end = '\n'): string {
  return list.map((line) => `${line}${end}`).join('');
}

const latin1 = (text: string): Buffer => Buffer.from(text, 'latin1');

/** Writes a file of about `megabytes` MB: a header, then one data line that never ends. */
function endlessLine(megabytes: number): string {
  const path = tempPath('endless-line.csv');
  const descriptor = openSync(path, 'w');
  writeSync(descriptor, `${HEADER}\nFlicka;Ja;`);
  const chunk = 'x'.repeat(1 << 20);
  for (let written = 0; written < megabytes; written++) writeSync(descriptor, chunk);
  writeSync(descriptor, '\nPojke;Nej;\n');
  closeSync(descriptor);
  return path;
}

interface Case {
  readonly name: string;
  /** The extract(s): text, bytes, or a function that makes the file and returns its path. */
  readonly csv: string | Uint8Array | (() => string);
  readonly more?: string | Uint8Array;
  readonly config?: string | null;
  readonly command?: 'analyze' | 'validate';
  readonly args?: readonly string[];
  readonly exit: 0 | 1 | 2;
  /** On exit 2: the words of the message. On exit 0: a warning expected on stderr, if any. */
  readonly stderr?: RegExp;
  /** On exit 2: how the message names the place (default: the extract's name). */
  readonly place?: RegExp;
  /** On exit 0 with analyze: more checks of the report. */
  readonly report?: (report: Report) => void;
  /** On validate: problem codes that must be found. */
  readonly problems?: readonly string[];
}

interface Report extends AccountedReport {
  readonly input: AccountedReport['input'] & { readonly files: ReadonlyArray<{ readonly blankLines: number; readonly titleLines: number; readonly delimiter: string }> };
  readonly steps: AccountedReport['steps'] & ReadonlyArray<{ readonly cases: number }>;
}

const excluded = (report: Report, reason: string): number => report.input.excluded.find((entry) => entry.reason === reason)?.rows ?? 0;
const stepExcluded = (report: Report, step: number, reason: string): number => report.steps[step]!.excluded.find((entry) => entry.reason === reason)?.rows ?? 0;

const CASES: readonly Case[] = [
  // Files that are not extracts at all.
  { name: 'empty file', csv: '', exit: 2, stderr: /filen är tom/ },
  { name: 'header only', csv: `${HEADER}\r\n`, exit: 2, stderr: /inga datarader\. Kontrollera urvalet/ },
  { name: 'BOM only', csv: Buffer.from([0xef, 0xbb, 0xbf]), exit: 2, stderr: /filen är tom/ },
  { name: 'BOM and header only', csv: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${HEADER}\r\n`)]), exit: 2, stderr: /inga datarader/ },
  { name: 'blank lines only', csv: '\n\r\n  \n', exit: 2, stderr: /filen är tom/ },
  { name: 'NUL bytes in a row', csv: Buffer.concat([Buffer.from(lines([HEADER, ...rows(5)])), Buffer.from([0x46, 0x00, 0x3b, 0x4a, 0x0a])]), exit: 2, stderr: /binära data.*Exportera/, place: /rad 7/ },
  { name: 'binary file (PNG)', csv: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]), exit: 2, stderr: /binära data/ },
  ...[0x81, 0x8d, 0x8f, 0x90, 0x9d].map((byte): Case => ({
    name: `byte 0x${byte.toString(16).toUpperCase()} (neither UTF-8 nor Windows-1252)`,
    csv: Buffer.concat([latin1(lines(['K\xf6n;Beslut;Insats', ...rows(3)])), Buffer.from([0x46, byte, 0x3b, 0x4a, 0x61, 0x3b, 0x0a])]),
    exit: 2,
    stderr: new RegExp(`varken är UTF-8 eller Windows-1252 \\(0x${byte.toString(16).toUpperCase()}`),
    place: /rad 5/,
  })),
  { name: 'invalid UTF-8 after a BOM', csv: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(lines([HEADER, ...rows(3)])), Buffer.from([0x46, 0xff, 0x3b, 0x4a, 0x61, 0x3b, 0x0a])]), exit: 2, stderr: /inte giltig UTF-8.*--encoding windows-1252/, place: /rad 5/ },
  { name: 'unterminated quote', csv: lines([HEADER, ...rows(3), 'Flicka;"Ja;Beviljad', ...rows(3)]), exit: 2, stderr: /citattecken \(\"\) öppnas men stängs aldrig/, place: /rad 5/ },

  // Rows with the wrong number of fields.
  { name: 'one row with too many fields', csv: lines([HEADER, ...rows(20), 'Flicka;Ja;Beviljad;extra']), exit: 0, report: (report) => expect(excluded(report, 'ragged-row')).toBe(1) },
  { name: 'one row with too few fields', csv: lines([HEADER, ...rows(20), 'Flicka;Ja']), exit: 0, report: (report) => expect(excluded(report, 'ragged-row')).toBe(1) },
  { name: 'ragged rows above 10 %', csv: lines([HEADER, ...rows(10), 'Flicka', 'Pojke;Ja', 'Flicka;Ja;Beviljad;x;y']), exit: 2, stderr: /3 av 13 rader har fel antal fält.*--delimiter/, place: /rad 12/ },
  { name: 'a trailing delimiter on every line (Excel)', csv: lines([`${HEADER};`, ...rows(20).map((row) => `${row};`)]), exit: 0, report: (report) => expect(report.input.excluded).toEqual([]) },

  // Headers.
  { name: 'duplicate header names', csv: lines(['Kön;Beslut;Kön', ...rows(3)]), exit: 2, stderr: /"Kön" finns flera gånger.*Byt namn/, place: /rad 1, kolumn 3/ },
  { name: 'blank header name', csv: lines(['Kön;;Beslut;Insats', ...rows(3).map((row) => `x;${row}`)]), exit: 2, stderr: /kolumn 2 saknar namn/, place: /rad 1, kolumn 2/ },
  { name: 'title lines above the header', csv: lines(['Uttag från verksamhetssystemet;;', 'Period: 2024;;', HEADER, ...rows(20)]), exit: 0, report: (report) => expect(report.input.files[0]!.titleLines).toBe(2) },

  // Delimiters and line ends.
  { name: 'wrong delimiter given (-d ,)', csv: lines([HEADER, ...rows(20)]), args: ['-d', ','], exit: 2, stderr: /kolumnen "Kön" finns inte i .*Kolumnerna är: Kön;Beslut;Insats/, place: /nyckel sex\.column/ },
  { name: 'comma-delimited extract', csv: lines([HEADER.replaceAll(';', ','), ...rows(20, ',')]), exit: 0, report: (report) => expect(report.input.files[0]!.delimiter).toBe(',') },
  { name: 'tab-delimited extract', csv: lines([HEADER.replaceAll(';', '\t'), ...rows(20, '\t')]), exit: 0, report: (report) => expect(report.input.files[0]!.delimiter).toBe('\t') },
  { name: 'pipe-delimited extract (not supported)', csv: lines([HEADER.replaceAll(';', '|'), ...rows(20, '|')]), exit: 2, stderr: /kolumnen "Kön" finns inte/, place: /nyckel sex\.column/ },
  { name: 'mixed line ends', csv: `${HEADER}\r\n${rows(20).map((row, index) => `${row}${index % 2 ? '\n' : '\r\n'}`).join('')}`, exit: 0, report: (report) => expect(report.input.rows).toBe(20) },
  { name: 'old Mac line ends (CR only)', csv: lines([HEADER, ...rows(20)], '\r'), exit: 0, report: (report) => expect(report.input.rows).toBe(20) },
  { name: 'blank lines between rows', csv: lines([HEADER, ...rows(10), '', ...rows(10), '']), exit: 0, report: (report) => expect([report.input.rows, report.input.files[0]!.blankLines]).toEqual([20, 2]) },
  { name: 'quoted fields with delimiters, quotes and line breaks', csv: lines([HEADER, ...rows(10), '"Flicka";"Ja";"Bevil""jad"', '"Pojke";"Ja";"Beviljad;\nmed rad"', ...rows(10)]), exit: 0, report: (report) => expect(report.input.rows).toBe(22) },
  { name: 'a single 100 MB line', csv: () => endlessLine(100), exit: 2, stderr: /längre än 16777216 tecken.*Saknas radslut/, place: /rad 2/ },
  { name: '10,000 columns', csv: lines([[HEADER, ...Array.from({ length: 9_997 }, (_, index) => `K${index}`)].join(';'), ...rows(20).map((row) => `${row}${';x'.repeat(9_997)}`)]), exit: 0, report: (report) => expect(report.input.rows).toBe(20) },

  // Aggregated extracts and their counts.
  { name: 'a Totalt row at the end of an aggregated extract', csv: lines([`${HEADER};Antal`, ...rows(20).map((row, index) => `${row};${index + 1}`), 'Totalt;;;210']), config: AGGREGATED_CONFIG, exit: 0, report: (report) => expect([excluded(report, 'total-row'), report.steps[0]!.cases]).toEqual([1, 210]) },
  { name: 'negative count', csv: lines([`${HEADER};Antal`, ...rows(20).map((row) => `${row};2`), 'Flicka;Ja;Beviljad;-3']), config: AGGREGATED_CONFIG, exit: 0, report: (report) => expect(excluded(report, 'invalid-count')).toBe(1) },
  { name: 'fractional counts', csv: lines([`${HEADER};Antal`, ...rows(20).map((row) => `${row};12,0`), 'Flicka;Ja;Beviljad;2,5', 'Pojke;Ja;Beviljad;0.5']), config: AGGREGATED_CONFIG, exit: 0, report: (report) => expect([excluded(report, 'invalid-count'), report.steps[0]!.cases]).toEqual([2, 240]) },
  { name: 'text counts', csv: lines([`${HEADER};Antal`, ...rows(20).map((row) => `${row};1 234`), 'Flicka;Ja;Beviljad;tio', 'Flicka;Ja;Beviljad;']), config: AGGREGATED_CONFIG, exit: 0, report: (report) => expect([excluded(report, 'invalid-count'), report.steps[0]!.cases]).toEqual([2, 24_680]) },
  { name: 'no valid count at all', csv: lines([`${HEADER};Antal`, 'Flicka;Ja;Beviljad;x', 'Pojke;Nej;;-1']), config: AGGREGATED_CONFIG, exit: 0, stderr: /varning: alla 2 rader uteslöts innan stegen/, report: (report) => expect(excluded(report, 'invalid-count')).toBe(2) },

  // Sex.
  { name: 'personnummer with a bad check digit', csv: lines(['Personnummer;Beslut;Insats', ...rows(100).map((row, index) => row.replace(/^\w+/, index % 2 ? '20160921-2459' : '20141112-7622')), '20160921-2458;Ja;Beviljad']), config: PERSONNUMMER_CONFIG, exit: 0, report: (report) => expect(stepExcluded(report, 0, 'invalid-personnummer')).toBe(1) },
  { name: 'personnummer with an impossible date', csv: lines(['Personnummer;Beslut;Insats', ...rows(100).map((row, index) => row.replace(/^\w+/, index % 2 ? '20160921-2459' : '20141112-7622')), '20161321-2459;Ja;Beviljad', '20160231-2450;Ja;']), config: PERSONNUMMER_CONFIG, exit: 0, report: (report) => expect(stepExcluded(report, 0, 'invalid-personnummer')).toBe(2) },
  { name: 'numeric sex codes without a mapping', csv: lines([HEADER, ...rows(20).map((row) => row.replace('Flicka', '2').replace('Pojke', '1'))]), exit: 2, stderr: /inga värden i kolumnen "Kön" känns igen.*values: \{ '2': female/, place: /config-\d+\.yml/ },
  { name: 'empty sex cells', csv: lines([HEADER, ...rows(100), ';Ja;Beviljad']), exit: 0, report: (report) => expect(stepExcluded(report, 0, 'missing-sex')).toBe(1) },

  // Several files, files that are not there, output files.
  { name: 'a second file with other columns', csv: lines([HEADER, ...rows(5)]), more: lines(['Kön;Beslut', 'Flicka;Ja']), exit: 2, stderr: /kolumnerna skiljer sig från den första filen/ },
  { name: 'an extract that does not exist', csv: () => tempPath('finns-inte.csv'), exit: 2, stderr: /filen finns inte\. Kontrollera sökvägen/ },
  { name: 'a directory instead of an extract', csv: () => { const path = tempPath('en-mapp.csv'); mkdirSync(path, { recursive: true }); return path; }, exit: 2, stderr: /sökvägen pekar inte på en vanlig fil/ },
  { name: 'output over the input', csv: lines([HEADER, ...rows(5)]), args: ['-o', '{csv}'], exit: 2, stderr: /också en infil.*Välj ett annat namn/ },
  { name: 'output in a folder that does not exist', csv: lines([HEADER, ...rows(5)]), args: ['-o', '{dir}/saknas/ut.json'], exit: 2, stderr: /kan inte skriva utfilen \(ENOENT\)/, place: /ut\.json/ },

  // Configurations.
  { name: 'config: unknown key', csv: lines([HEADER, ...rows(5)]), config: CONFIG.replace('steps:', 'stepz:'), exit: 2, stderr: /okänd nyckel "stepz" \(menade du "steps"\?\)/, place: /config-\d+\.yml, rad \d/ },
  { name: 'config: unknown key under validate', csv: lines([HEADER, ...rows(5)]), config: `${CONFIG}validate: { rareValueCont: 2 }\n`, exit: 2, stderr: /okänd nyckel "validate\.rareValueCont" \(menade du "rareValueCount"\?\)/, place: /config-\d+\.yml, rad 8/ },
  { name: 'config: wrong type', csv: lines([HEADER, ...rows(5)]), config: CONFIG.replace('sex: { column: Kön }', 'sex: { column: [Kön] }'), exit: 2, stderr: /sex\.column: väntade text/, place: /config-\d+\.yml, rad 1/ },
  { name: 'config: wrong type under validate', csv: lines([HEADER, ...rows(5)]), config: `${CONFIG}validate: { maxExcludedShare: 5 }\n`, exit: 2, stderr: /validate\.maxExcludedShare: väntade högst 1, fick 5/, place: /config-\d+\.yml, rad 8/ },
  { name: 'config: a missing column', csv: lines([HEADER, ...rows(5)]), config: CONFIG.replace('column: Insats', 'column: Insatser'), exit: 2, stderr: /kolumnen "Insatser" finns inte i .* \(menade du "Insats"\?\)/, place: /nyckel steps\[1\]\.outcome\.column/ },
  { name: 'config: a misspelt value stops the run (it would select no rows)', csv: lines([HEADER, ...rows(20)]), config: CONFIG.replace('among: { column: Beslut, equals: Ja }', 'among: { column: Beslut, equals: ja }'), exit: 2, stderr: /^jamstat: fel: .*config-\d+\.yml, nyckel steps\[1\]\.among\.equals: värdet "ja" förekommer aldrig i kolumnen "Beslut" \(menade du "Ja"\?\)/, place: /config-\d+\.yml/ },
  { name: 'config: a step that selects no rows', csv: lines([HEADER, ...rows(20)]), config: CONFIG.replace('among: { column: Beslut, equals: Ja }', 'among: { column: Beslut, equals: Saknas }'), exit: 0, stderr: /^jamstat: varning: .*config-\d+\.yml, nyckel steps\[1\]\.among: steget "Insats" väljer inga rader/, report: (report) => expect([report.steps[1]!.rows, report.steps[1]!.notSelected]).toEqual([0, 20]) },
  { name: 'config: YAML syntax error', csv: lines([HEADER, ...rows(5)]), config: 'sex: { column: Kön\nsteps: [\n', exit: 2, stderr: /YAML-fel: indraget stämmer inte/, place: /config-\d+\.yml, rad \d+, kolumn \d+/ },
  { name: 'config: empty', csv: lines([HEADER, ...rows(5)]), config: '# bara en kommentar\n', exit: 2, stderr: /konfigurationsfilen är tom/, place: /config-\d+\.yml/ },
  { name: 'config: duplicate key', csv: lines([HEADER, ...rows(5)]), config: `${CONFIG}sex: { column: Beslut }\n`, exit: 2, stderr: /YAML-fel/, place: /config-\d+\.yml, rad 8/ },
  { name: 'config: two steps with one name', csv: lines([HEADER, ...rows(5)]), config: CONFIG.replace('name: Insats', 'name: Utredning'), exit: 2, stderr: /två steg har samma namn/, place: /steps\[1\]\.name/ },
  { name: 'config: does not exist', csv: lines([HEADER, ...rows(5)]), config: null, args: ['-c', '{dir}/finns-inte.yml'], exit: 2, stderr: /konfigurationsfilen finns inte/, place: /finns-inte\.yml/ },

  // validate on bad data: the file is readable, the problems are reported.
  { name: 'validate: impossible dates', command: 'validate', csv: lines([`${HEADER};Beslutsdatum`, ...rows(20).map((row) => `${row};2024-03-19`), 'Flicka;Ja;Beviljad;2024-02-30', 'Pojke;Ja;Beviljad;31.04.2024']), exit: 0, problems: ['suspect-date'] },
  { name: 'validate: impossible dates the configuration reads', command: 'validate', csv: lines([`${HEADER};Datum`, ...rows(20).map((row) => `${row};2024-03-19`), 'Flicka;Ja;Beviljad;2023-02-29']), config: `${CONFIG}period: { column: Datum, per: month }\n`, exit: 1, problems: ['invalid-date'] },
  { name: 'validate: negative, fractional and text counts', command: 'validate', csv: lines([`${HEADER};Antal`, ...rows(20).map((row) => `${row};3`), 'Flicka;Ja;Beviljad;-1', 'Pojke;Ja;Beviljad;2,5', 'Pojke;Ja;Beviljad;tre']), config: AGGREGATED_CONFIG, exit: 1, problems: ['invalid-count', 'excluded-share'] },
  { name: 'validate: duplicate case ids', command: 'validate', csv: lines([`Id;${HEADER}`, ...rows(20).map((row, index) => `A${index};${row}`), `A3;${rows(1)[0]}`]), config: `${CONFIG}id: Id\n`, exit: 1, problems: ['duplicate-id'] },
  { name: 'validate: personnummer problems are warnings', command: 'validate', csv: lines(['Personnummer;Beslut;Insats', ...rows(200).map((row, index) => row.replace(/^\w+/, index % 2 ? '20160921-2459' : '20141112-7622')), '20160921-2458;Nej;']), config: PERSONNUMMER_CONFIG, exit: 0, problems: ['invalid-personnummer'] },
  { name: 'validate --strict: a warning fails', command: 'validate', csv: lines([HEADER, ...rows(200), 'Annat;Nej;']), args: ['--strict'], exit: 1, problems: ['unrecognised-sex'] },
  { name: 'validate: a binary file cannot be read', command: 'validate', csv: Buffer.from([0x00, 0x01, 0x02, 0x03]), exit: 2, stderr: /binära data/ },
  { name: 'validate: a missing column is a problem, not a stop', command: 'validate', csv: lines([HEADER, ...rows(20)]), config: CONFIG.replace('column: Insats', 'column: Insatser'), exit: 1, problems: ['missing-column'] },
  { name: 'validate: header only', command: 'validate', csv: lines([HEADER]), exit: 1, problems: ['no-rows'] },
  { name: 'validate: without --config', command: 'validate', csv: lines([HEADER, ...rows(5)]), config: null, exit: 2, stderr: /validate behöver en konfigurationsfil: ange --config/, place: /.*/ },
];

let counter = 0;

/** Makes a case's files; returns the arguments to run and the output path. */
function prepare(test: Case): { args: string[]; output: string; csv: string } {
  const id = ++counter;
  const csv = typeof test.csv === 'function' ? test.csv() : tempFile(test.csv, { name: `case-${id}.csv` });
  const files = test.more === undefined ? [csv] : [csv, tempFile(test.more, { name: `case-${id}-more.csv` })];
  const output = tempPath(`case-${id}-out.json`);
  const config = test.config === null ? [] : ['-c', tempFile(test.config ?? CONFIG, { name: `config-${id}.yml` })];
  const directory = tempPath('');
  const extra = (test.args ?? []).map((arg) => arg.replace('{csv}', csv).replace('{dir}', directory));
  const outputArgs = extra.includes('-o') ? [] : ['-o', output];
  // Small counts are shown (--no-suppress): the accounting is checked on the counts themselves.
  const shown = test.command === 'validate' ? [] : ['--no-suppress'];
  return { args: [test.command ?? 'analyze', ...files, ...config, '-f', 'json', ...shown, ...outputArgs, ...extra], output: extra.includes('-o') ? extra[extra.indexOf('-o') + 1]! : output, csv };
}

// The cases are independent: they run a few at a time, each in its own process.
describe.concurrent('bad and odd inputs through the CLI', () => {
  it('has at least 40 cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
  });

  for (const test of CASES) {
    it(`${test.name}: exit ${test.exit}`, async ({ expect }) => {
      const { args, output, csv } = prepare(test);
      const started = Date.now();
      const run = await runCliAsync(args);
      expect(Date.now() - started, 'ends in time').toBeLessThan(30_000);
      expect(run.stderr, 'no stack trace').not.toMatch(/\n\s+at |Error:|internt fel/);
      expect(run.code, run.stderr).toBe(test.exit);
      if (test.exit === 2) {
        if (output === csv) expect(readFileSync(csv, 'utf8'), 'the input is left as it was').toBe(String(test.csv));
        else expect(existsSync(output), 'no output file on error').toBe(false);
        expect(run.stdout).toBe('');
        expect(run.stderr.match(/^jamstat: fel: /gm), 'one message').toHaveLength(1);
        expect(run.stderr).toMatch(test.place ?? new RegExp(basename(csv).replace('.', '\\.')));
        if (test.stderr) expect(run.stderr).toMatch(test.stderr);
        return;
      }
      // The one status line naming the file written is not a warning.
      const said = run.stderr.replace(/^Skrev .*\n/m, '');
      if (test.stderr) expect(said).toMatch(test.stderr);
      else expect(said).toBe('');
      const written = JSON.parse(readFileSync(output, 'utf8'));
      if (test.command === 'validate') {
        const codes = (written.problems as Array<{ code: string }>).map((found) => found.code);
        for (const code of test.problems ?? []) expect(codes).toContain(code);
        expect(written.ok).toBe(test.exit === 0);
        return;
      }
      expectAccounting(written);
      test.report?.(written);
    });
  }
});
