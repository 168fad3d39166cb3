/**
 * Golden tests: whole CLI outputs and exit codes on the fixtures, compared with
 * tests/golden/. Regenerate after an intended change with
 * `UPDATE_GOLDEN=1 npx vitest run tests/cli` and review the diff.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, runCli } from '../helpers/run-cli.js';
import { tempPath } from '../helpers/temp.js';
import { dumpXlsx } from '../helpers/xlsx-dump.js';
import { yieldToEventLoop } from '../helpers/yield.js';

const GOLDEN = join(ROOT, 'tests', 'golden');
const update = process.env.UPDATE_GOLDEN === '1';

const CASES: ReadonlyArray<readonly [name: string, args: readonly string[], env?: Record<string, string>]> = [
  ['analyze-exempel-table-sv', ['analyze', 'fixtures/exempel.csv', '-c', 'fixtures/exempel.yml']],
  ['analyze-exempel-table-en', ['analyze', 'fixtures/exempel.csv', '-c', 'fixtures/exempel.yml', '--lang', 'en']],
  ['analyze-exempel-json', ['analyze', 'fixtures/exempel.csv', '-c', 'fixtures/exempel.yml', '-f', 'json']],
  ['analyze-exempel-csv', ['analyze', 'fixtures/exempel.csv', '-c', 'fixtures/exempel.yml', '-f', 'csv']],
  ['analyze-exempel-csv-excel', ['analyze', 'fixtures/exempel.csv', '-c', 'fixtures/exempel.yml', '-f', 'csv', '--excel']],
  ['analyze-windows-1252-json', ['analyze', 'fixtures/windows-1252.csv', '-c', 'fixtures/exempel.yml', '-f', 'json', '--no-yates']],
  ['analyze-aggregerad-table', ['analyze', 'fixtures/aggregerad.csv', '-c', 'fixtures/aggregerad.yml']],
  ['analyze-personnummer-table', ['analyze', 'fixtures/personnummer.csv', '-c', 'fixtures/personnummer.yml']],
  ['analyze-titelrader-table', ['analyze', 'fixtures/titelrader.csv', '-c', 'fixtures/exempel.yml', '--lang', 'en']],
  ['analyze-lf-comma-json', ['analyze', 'fixtures/lf-comma.csv', '-c', 'fixtures/exempel.yml', '-f', 'json']],
  ['analyze-quick-flags', ['analyze', 'fixtures/utf8.csv', '--sex', 'Kön', '--by', 'Kontaktorsak', '--among', 'Förhandsbedömning=Utredning inleds', '--outcome', 'Beslut insats=Insats beviljad', '--step-name', 'Insats beviljas', '--correction', 'holm']],
  ['analyze-fail-on-flag', ['analyze', 'fixtures/utf8.csv', '-c', 'fixtures/exempel.yml', '-f', 'csv', '--fail-on-flag']],
  ['analyze-kriterier-table-sv', ['analyze', 'fixtures/exempel.csv', '-c', 'fixtures/kriterier.yml']],
  ['analyze-kriterier-table-en', ['analyze', 'fixtures/exempel.csv', '-c', 'fixtures/kriterier.yml', '--lang', 'en']],
  ['analyze-perioder-table', ['analyze', 'fixtures/personnummer.csv', '-c', 'fixtures/perioder.yml', '--no-suppress']],
  ['analyze-perioder-json', ['analyze', 'fixtures/personnummer.csv', '-c', 'fixtures/perioder.yml', '-f', 'json']],
  ['analyze-unit-person-flags', ['analyze', 'fixtures/personnummer.csv', '-c', 'fixtures/personnummer.yml', '--unit', 'person', '--id', 'Personnummer', '-f', 'csv']],
  ['inspect-exempel-table', ['inspect', 'fixtures/exempel.csv']],
  ['inspect-personnummer-json', ['inspect', 'fixtures/personnummer.csv', '-f', 'json']],
  ['error-missing-file', ['analyze', 'fixtures/finns-inte.csv', '-c', 'fixtures/exempel.yml']],
  ['error-no-config', ['analyze', 'fixtures/exempel.csv']],
  ['error-missing-column', ['analyze', 'fixtures/exempel.csv', '--sex', 'Kon', '--outcome', 'Förhandsbedömning=Utredning inleds']],
  ['error-bad-condition-en', ['analyze', 'fixtures/exempel.csv', '--sex', 'Kön', '--outcome', 'Förhandsbedömning'], { JAMSTAT_LANG: 'en' }],
  ['error-unknown-option', ['analyze', 'fixtures/exempel.csv', '--bogus']],
  ['help-analyze', ['analyze', '--help']],
  ['analyze-exempel-md-sv', ['analyze', 'fixtures/exempel.csv', '-c', 'fixtures/exempel.yml', '-f', 'md']],
  ['analyze-exempel-md-en', ['analyze', 'fixtures/exempel.csv', '-c', 'fixtures/exempel.yml', '-f', 'md', '--lang', 'en']],
  ['analyze-exempel-html-sv', ['analyze', 'fixtures/exempel.csv', '-c', 'fixtures/exempel.yml', '-f', 'html']],
  ['analyze-exempel-html-en', ['analyze', 'fixtures/exempel.csv', '-c', 'fixtures/exempel.yml', '-f', 'html', '--lang', 'en']],
  ['analyze-utf8-json-en', ['analyze', 'fixtures/utf8.csv', '-c', 'fixtures/exempel.yml', '-f', 'json', '--lang', 'en']],
  ['analyze-utf8-csv-en', ['analyze', 'fixtures/utf8.csv', '-c', 'fixtures/exempel.yml', '-f', 'csv', '--lang', 'en']],
  ['analyze-utf8-suppress-10-md', ['analyze', 'fixtures/utf8.csv', '-c', 'fixtures/exempel.yml', '-f', 'md', '--suppress-below', '10']],
  ['analyze-utf8-no-suppress-table-en', ['analyze', 'fixtures/utf8.csv', '-c', 'fixtures/exempel.yml', '--no-suppress', '--lang', 'en']],
  ['error-xlsx-needs-output', ['analyze', 'fixtures/utf8.csv', '-c', 'fixtures/exempel.yml', '-f', 'xlsx']],
  ['help-init', ['init', '--help']],
  ['validate-exempel-table', ['validate', 'fixtures/exempel.csv', '-c', 'fixtures/exempel.yml']],
  ['validate-two-headers-json-en', ['validate', 'fixtures/utf8.csv', 'fixtures/lf-comma.csv', '-c', 'fixtures/exempel.yml', '-f', 'json', '--lang', 'en']],
  ['validate-previous-strict', ['validate', 'fixtures/utf8.csv', '-c', 'fixtures/exempel.yml', '--previous', 'fixtures/titelrader.csv', '--strict']],
  ['error-validate-no-config', ['validate', 'fixtures/exempel.csv']],
  ['help-validate', ['validate', '--help']],
];

/** xlsx is bytes: its golden file is a dump of every cell (tests/helpers/xlsx-dump.ts). */
const XLSX_CASES: ReadonlyArray<readonly [name: string, args: readonly string[]]> = [
  ['analyze-exempel-xlsx-sv', ['analyze', 'fixtures/exempel.csv', '-c', 'fixtures/exempel.yml']],
  ['analyze-exempel-xlsx-en', ['analyze', 'fixtures/exempel.csv', '-c', 'fixtures/exempel.yml', '--lang', 'en']],
];

function transcript(args: readonly string[], env?: Record<string, string>): string {
  const run = runCli(args, env);
  return `$ jamstat ${args.join(' ')}\nexit: ${run.code}\n--- stdout\n${run.stdout}--- stderr\n${run.stderr}`;
}

describe('golden CLI outputs', () => {
  afterEach(yieldToEventLoop);
  mkdirSync(GOLDEN, { recursive: true });
  for (const [name, args, env] of CASES) {
    it(name, () => {
      const actual = transcript(args, env);
      const path = join(GOLDEN, `${name}.txt`);
      if (update) writeFileSync(path, actual);
      expect(existsSync(path), `no golden file ${path}: run with UPDATE_GOLDEN=1`).toBe(true);
      expect(actual).toBe(readFileSync(path, 'utf8'));
    });
  }
  for (const [name, args] of XLSX_CASES) {
    it(name, async () => {
      const output = tempPath(`${name}.xlsx`);
      const run = runCli([...args, '-o', output]);
      const actual = `$ jamstat ${args.join(' ')} -o OUT.xlsx\nexit: ${run.code}\n--- stderr\n${run.stderr}--- OUT.xlsx\n${await dumpXlsx(output)}`;
      const path = join(GOLDEN, `${name}.txt`);
      if (update) writeFileSync(path, actual);
      expect(existsSync(path), `no golden file ${path}: run with UPDATE_GOLDEN=1`).toBe(true);
      expect(actual).toBe(readFileSync(path, 'utf8'));
    });
  }
});
