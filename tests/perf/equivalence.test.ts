/**
 * Two threads change nothing: `jamstat analyze` gives the same bytes and exit code read
 * in one thread (JAMSTAT_ENGINE=single) and in two (parallel: the worker reads the
 * second half of every file), on every fixture and configuration, and on inputs with
 * errors in either half. (That the scanner reads what csv-parse reads is tests/ingest/scanner.test.ts.)
 *
 * The two-thread engine needs the built worker, so those runs use the binary (dist/);
 * the one-thread ones run in this process.
 */
import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { runCli } from '../helpers/run-cli.js';
import { runMain } from '../helpers/run-main.js';
import { tempFile, tempPath } from '../helpers/temp.js';

/** A configuration with every kind of derived variable, a period, a count and criteria over two columns. */
const DERIVED = `
sex: { column: Kön }
by: [Stadsdelsområde, "Kontaktorsak*Åldersgrupp", Region]
derive:
  Åldersgrupp: { bins: { column: Ålder, edges: [0, 7, 13, 18] } }
  Region: { map: { column: Stadsdelsområde, values: { Bromma: Väst, Hässelby-Vällingby: Väst, Spånga-Tensta: Väst }, other: Övriga } }
  Ålder i år: { age: { column: Ålder } }
period: { column: Aktualiseringsdatum, per: quarter }
explain:
  need: [Kontaktorsak, Riskbedömning]
  consent: [Samtycke]
steps:
  - name: Utredning inleds
    outcome: { column: Förhandsbedömning, equals: Utredning inleds }
  - name: Insats beviljas
    among: { all: [{ column: Förhandsbedömning, equals: Utredning inleds }, { not: { column: Ålder i år, in: ["0"] } }] }
    outcome: { any: [{ column: Beslut insats, equals: Insats beviljad }, { column: Tolk, empty: true }] }
`;

function config(name: string, text: string): string {
  const path = tempPath(name);
  writeFileSync(path, text);
  return path;
}

const CASES: [string, string[]][] = [
  ['exempel', ['fixtures/exempel.csv', '-c', 'fixtures/exempel.yml']],
  ['criteria and intersections', ['fixtures/exempel.csv', '-c', 'fixtures/kriterier.yml']],
  ['Windows-1252', ['fixtures/windows-1252.csv', '-c', 'fixtures/exempel.yml']],
  ['comma, LF, quoted line break', ['fixtures/lf-comma.csv', '-c', 'fixtures/exempel.yml']],
  ['title lines', ['fixtures/titelrader.csv', '-c', 'fixtures/exempel.yml']],
  ['aggregated with a total row', ['fixtures/aggregerad.csv', '-c', 'fixtures/aggregerad.yml']],
  ['personnummer', ['fixtures/personnummer.csv', '-c', 'fixtures/personnummer.yml']],
  ['persons, periods and rates', ['fixtures/personnummer.csv', '-c', 'fixtures/perioder.yml']],
  ['three files in three encodings', ['fixtures/utf8.csv', 'fixtures/utf8-bom.csv', 'fixtures/windows-1252.csv', '-c', 'fixtures/exempel.yml']],
  ['a funnel of counts as columns', ['fixtures/layouts/tratt.csv', '-c', 'fixtures/layouts/tratt.yml']],
  ['wide by sex, Windows-1252', ['fixtures/layouts/kon-kolumner.csv', '-c', 'fixtures/layouts/kon-kolumner.yml']],
  ['a wide funnel', ['fixtures/layouts/tratt-bred.csv', '-c', 'fixtures/layouts/tratt-bred.yml']],
];

/** Inputs with problems: both engines must report the same error, on the same line. */
function problemCases(): [string, string[]][] {
  const header = 'Kön;Stadsdelsområde;Kontaktorsak;Förhandsbedömning;Beslut insats;Insats accepterad\r\n';
  const row = 'Flicka;Bromma;Missbruk;Utredning inleds;Insats beviljad;Ja\r\n';
  const quick = ['--sex', 'Kön', '--by', 'Stadsdelsområde', '--outcome', 'Förhandsbedömning=Utredning inleds'];
  const mapped = config('mapped.yml', 'sex: { column: Kön }\nby: [Del]\nderive:\n  Del: { map: { column: Stadsdelsområde, values: { Bromma: Väst } } }\nsteps:\n  - name: A\n    outcome: { column: Förhandsbedömning, equals: Utredning inleds }\n');
  return [
    ['unterminated quote', [tempFile(header + row.repeat(50) + 'Pojke;"Farsta\r\n' + row.repeat(5)), ...quick]],
    ['quote inside a field', [tempFile(header + row.repeat(20) + 'Pojke;Far"sta;x;y;z;w\r\n'), ...quick]],
    ['invalid UTF-8', [tempFile(Buffer.concat([Buffer.from(header + row.repeat(30)), Buffer.from([0x50, 0xe5, 0x3b, 0x0d, 0x0a])])), '-e', 'utf-8', ...quick]],
    ['too many ragged rows', [tempFile(header + 'Flicka;Bromma\r\n'.repeat(20) + row.repeat(20)), ...quick]],
    ['counts that do not nest', [tempFile('Kön;Aktualiseringar;Inledda utredningar\r\n' + 'Flickor;10;4\r\nPojkar;8;8\r\n'.repeat(40) + 'Pojkar;3;5\r\n' + 'Flickor;10;4\r\n'.repeat(40)), '-c', config('tratt.yml', 'sex: { column: Kön }\nsteps:\n  - { name: U, of: Aktualiseringar, yes: Inledda utredningar }\n')]],
    ['a value the map lacks', [tempFile(header + row.repeat(30) + 'Pojke;Farsta;Missbruk;Utredning inleds;;\r\n' + row.repeat(30)), '-c', mapped]],
  ];
}

async function expectSameRuns(args: string[]): Promise<void> {
  const single = await runMain(['analyze', ...args, '-f', 'json', '--no-suppress'], { JAMSTAT_ENGINE: 'single' });
  const parallel = runCli(['analyze', ...args, '-f', 'json', '--no-suppress'], { JAMSTAT_ENGINE: 'parallel' });
  expect(single.code).toBe(0);
  expect(parallel).toEqual(single);
}

describe('two threads give what one gives', () => {
  for (const [name, args] of CASES) {
    it(name, async () => {
      await expectSameRuns(args);
    });
  }

  it('a split point inside a quoted field: the main thread reads on, whatever the worker found', async () => {
    const header = 'Kön;Stadsdelsområde;Förhandsbedömning;Anteckning\r\n';
    const row = (index: number) => `${index % 2 ? 'Pojke' : 'Flicka'};${index % 3 ? 'Bromma' : 'Farsta'};${index % 4 ? 'Utredning inleds' : 'Ingen utredning'};kort\r\n`;
    const rows = (from: number, count: number) => Array.from({ length: count }, (_, index) => row(from + index)).join('');
    // The worker starts at a line end three quarters into the data: here inside the note.
    const note = (line: string) => `Flicka;Bromma;Utredning inleds;"${Array.from({ length: 120 }, () => line).join('\r\n')}"\r\n`;
    const quick = ['--sex', 'Kön', '--by', 'Stadsdelsområde', '--outcome', 'Förhandsbedömning=Utredning inleds'];
    for (const line of ['en rad i en lång anteckning;med semikolon', 'ett ""citat"" och sedan; Pojke;""x"" y']) {
      await expectSameRuns([tempFile(header + rows(0, 40) + note(line) + rows(40, 10)), ...quick]);
    }
  });

  it('layouts with counts in columns over many repeated rows (held as repeats, merged between threads)', async () => {
    // 30,000 rows, past the row histogram's warm-up: repeats are counted from it, and each thread holds its own.
    const funnel = ['Stadsdelsområde;Kön;Aktualiseringar;Inledda utredningar;Beviljade insatser'];
    const wide = ['Stadsdelsområde;Förhandsbedömning;Flickor;Pojkar;Totalt'];
    for (let index = 0; index < 30_000; index++) {
      const district = ['Bromma', 'Farsta', 'Älvsjö'][index % 3];
      const reported = 5 + (index % 7);
      funnel.push(`${district};${index % 2 ? 'Flickor' : 'Pojkar'};${reported};${index % 5};${Math.min(index % 3, index % 5)}`);
      const girls = index % 4;
      const boys = index % 6;
      wide.push(`${district};${index % 5 ? 'Utredning inleds' : 'Ingen utredning'};${girls};${boys};${girls + boys + (index % 11 === 0 ? 1 : 0)}`);
    }
    await expectSameRuns([tempFile(funnel.join('\r\n') + '\r\n'), '-c', 'fixtures/layouts/tratt.yml']);
    await expectSameRuns([tempFile(wide.join('\r\n') + '\r\n'), '-c', 'fixtures/layouts/kon-kolumner.yml']);
  });

  it('derived variables, a period, conditions over several columns', async () => {
    await expectSameRuns(['fixtures/exempel.csv', '-c', config('derived.yml', DERIVED)]);
  });

  it('reports the same error on the same line', async () => {
    for (const [name, args] of problemCases()) {
      const single = await runMain(['analyze', ...args], { JAMSTAT_ENGINE: 'single' });
      expect(single.code, name).toBe(2);
      expect(runCli(['analyze', ...args], { JAMSTAT_ENGINE: 'parallel' }), name).toEqual(single);
    }
  });

  it('refuses an unknown engine', async () => {
    const run = await runMain(['analyze', 'fixtures/exempel.csv', '-c', 'fixtures/exempel.yml', '--lang', 'en'], { JAMSTAT_ENGINE: 'turbo' });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('JAMSTAT_ENGINE expects one of auto, single, parallel, got "turbo"');
    // csv-parse is no engine any more: one scanner reads every file.
    expect((await runMain(['analyze', 'fixtures/exempel.csv', '-c', 'fixtures/exempel.yml'], { JAMSTAT_ENGINE: 'plain' })).code).toBe(2);
  });
});
