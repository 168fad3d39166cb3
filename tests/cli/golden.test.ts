/**
 * Golden tests: whole CLI outputs and exit codes on the fixtures, compared with
 * tests/golden/. What each kind pins:
 *
 * - text formats (table, md, csv, html; xlsx as a dump of every cell): the whole output of
 *   the big runs, in both languages where the format has words: layout, wording, rounding,
 *   order, suppression marks. The CSV holds every result field unrounded.
 * - JSON: one small run per input shape (case rows, aggregated with a count column,
 *   personnummer and persons, periods with rates and a criterion), pinning every key of the
 *   report model on a few rows. The big runs' JSON is checked by structure in
 *   json-structure.test.ts, and its numbers against R in tests/analysis/reference.test.ts
 *   and tests/stats/reference.test.ts, so a 17-digit float is never pinned twice.
 * - errors, help, inspect, validate: messages and exit codes.
 *
 * Regenerate after an intended change with `UPDATE_GOLDEN=1 npx vitest run tests/cli`
 * and review the diff.
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
  // The terminal table in an 80-column terminal (columns left out, cells wrapped) and with --wide (issue 16, item 4).
  ['analyze-exempel-table-narrow-sv', ['analyze', 'fixtures/exempel.csv', '-c', 'fixtures/exempel.yml'], { COLUMNS: '80' }],
  ['analyze-exempel-table-narrow-en', ['analyze', 'fixtures/exempel.csv', '-c', 'fixtures/exempel.yml', '--lang', 'en'], { COLUMNS: '80' }],
  ['analyze-exempel-table-wide-sv', ['analyze', 'fixtures/exempel.csv', '-c', 'fixtures/exempel.yml', '--wide'], { COLUMNS: '80' }],
  ['analyze-exempel-table-wide-en', ['analyze', 'fixtures/exempel.csv', '-c', 'fixtures/exempel.yml', '--wide', '--lang', 'en']],
  ['analyze-exempel-csv', ['analyze', 'fixtures/exempel.csv', '-c', 'fixtures/exempel.yml', '-f', 'csv']],
  ['analyze-exempel-csv-excel', ['analyze', 'fixtures/exempel.csv', '-c', 'fixtures/exempel.yml', '-f', 'csv', '--excel']],
  ['analyze-aggregerad-table', ['analyze', 'fixtures/aggregerad.csv', '-c', 'fixtures/aggregerad.yml']],
  ['analyze-personnummer-table', ['analyze', 'fixtures/personnummer.csv', '-c', 'fixtures/personnummer.yml']],
  ['analyze-titelrader-table', ['analyze', 'fixtures/titelrader.csv', '-c', 'fixtures/exempel.yml', '--lang', 'en']],
  ['analyze-quick-flags', ['analyze', 'fixtures/utf8.csv', '--sex', 'Kön', '--by', 'Kontaktorsak', '--among', 'Förhandsbedömning=Utredning inleds', '--outcome', 'Beslut insats=Insats beviljad', '--step-name', 'Insats beviljas', '--correction', 'holm']],
  ['analyze-fail-on-flag', ['analyze', 'fixtures/utf8.csv', '--sex', 'Kön', '--outcome', 'Förhandsbedömning=Utredning inleds', '-f', 'csv', '--fail-on-flag']],
  ['analyze-kriterier-table-sv', ['analyze', 'fixtures/exempel.csv', '-c', 'fixtures/kriterier.yml']],
  ['analyze-kriterier-table-en', ['analyze', 'fixtures/exempel.csv', '-c', 'fixtures/kriterier.yml', '--lang', 'en']],
  ['analyze-berkeley-table-sv', ['analyze', 'fixtures/berkeley.csv', '-c', 'fixtures/berkeley.yml']],
  ['analyze-perioder-table', ['analyze', 'fixtures/personnummer.csv', '-c', 'fixtures/perioder.yml', '--no-suppress']],
  ['analyze-unit-person-flags', ['analyze', 'fixtures/personnummer.csv', '-c', 'fixtures/personnummer.yml', '--unit', 'person', '--id', 'Personnummer', '-f', 'csv']],
  // One small JSON golden per input shape: the whole report model, key by key, on a run
  // with one step and few groups. The big runs' JSON is checked by structure
  // (json-structure.test.ts) and its numbers against R (tests/analysis/reference.test.ts).
  ['analyze-case-rows-json', ['analyze', 'fixtures/lf-comma.csv', '--sex', 'Kön', '--by', 'Typ av aktualisering', '--among', 'Förhandsbedömning=Utredning inleds', '--outcome', 'Beslut insats=Insats beviljad', '-f', 'json']],
  ['analyze-aggregated-json', ['analyze', 'fixtures/aggregerad.csv', '--sex', 'Kön', '--count', 'Antal', '--among', 'Förhandsbedömning=Utredning inleds', '--outcome', 'Beslut insats=Insats beviljad', '-f', 'json', '--no-suppress']],
  ['analyze-personnummer-json', ['analyze', 'fixtures/personnummer.csv', '--personnummer', 'Personnummer', '--unit', 'person', '--id', 'Personnummer', '--outcome', 'Förhandsbedömning=Utredning inleds', '-f', 'json']],
  ['analyze-periods-json', ['analyze', 'fixtures/utf8.csv', '-c', 'fixtures/kvartal.yml', '-f', 'json', '--no-suppress']],
  ['inspect-exempel-table', ['inspect', 'fixtures/exempel.csv']],
  ['inspect-personnummer-json', ['inspect', 'fixtures/personnummer.csv', '-f', 'json']],
  ['error-missing-file', ['analyze', 'fixtures/finns-inte.csv', '-c', 'fixtures/exempel.yml']],
  ['error-no-config', ['analyze', 'fixtures/exempel.csv']],
  ['error-missing-column', ['analyze', 'fixtures/exempel.csv', '--sex', 'Kon', '--outcome', 'Förhandsbedömning=Utredning inleds']],
  ['error-bad-condition-en', ['analyze', 'fixtures/exempel.csv', '--sex', 'Kön', '--outcome', 'Förhandsbedömning'], { JAMSTAT_LANG: 'en' }],
  ['error-unknown-option', ['analyze', 'fixtures/exempel.csv', '--bogus']],
  ['help-analyze', ['analyze', '--help']],
  ['help-analyze-en', ['analyze', '--help', '--lang', 'en']],
  ['help-root', ['--help']],
  ['help-root-en', ['--help'], { JAMSTAT_LANG: 'en' }],
  ['analyze-exempel-md-sv', ['analyze', 'fixtures/exempel.csv', '-c', 'fixtures/exempel.yml', '-f', 'md']],
  ['analyze-exempel-md-en', ['analyze', 'fixtures/exempel.csv', '-c', 'fixtures/exempel.yml', '-f', 'md', '--lang', 'en']],
  ['analyze-exempel-html-sv', ['analyze', 'fixtures/exempel.csv', '-c', 'fixtures/exempel.yml', '-f', 'html']],
  ['analyze-exempel-html-en', ['analyze', 'fixtures/exempel.csv', '-c', 'fixtures/exempel.yml', '-f', 'html', '--lang', 'en']],
  ['analyze-utf8-csv-en', ['analyze', 'fixtures/utf8.csv', '-c', 'fixtures/exempel.yml', '-f', 'csv', '--lang', 'en']],
  ['analyze-utf8-suppress-10-md', ['analyze', 'fixtures/utf8.csv', '-c', 'fixtures/exempel.yml', '-f', 'md', '--suppress-below', '10']],
  ['analyze-utf8-no-suppress-table-en', ['analyze', 'fixtures/utf8.csv', '-c', 'fixtures/exempel.yml', '--no-suppress', '--lang', 'en']],
  // Nothing hidden: every CSV row leads with the not-for-publication column (issue 13).
  ['analyze-utf8-no-suppress-csv', ['analyze', 'fixtures/utf8.csv', '-c', 'fixtures/exempel.yml', '-f', 'csv', '--no-suppress']],
  ['analyze-utf8-no-suppress-csv-excel-en', ['analyze', 'fixtures/utf8.csv', '-c', 'fixtures/exempel.yml', '-f', 'csv', '--excel', '--no-suppress', '--lang', 'en']],
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
      const actual = `$ jamstat ${args.join(' ')} -o OUT.xlsx\nexit: ${run.code}\n--- stderr\n${run.stderr.replaceAll(output, 'OUT.xlsx')}--- OUT.xlsx\n${await dumpXlsx(output)}`;
      const path = join(GOLDEN, `${name}.txt`);
      if (update) writeFileSync(path, actual);
      expect(existsSync(path), `no golden file ${path}: run with UPDATE_GOLDEN=1`).toBe(true);
      expect(actual).toBe(readFileSync(path, 'utf8'));
    });
  }
});
