/**
 * Golden tests: whole CLI outputs and exit codes on the fixtures, compared with
 * tests/golden/. Regenerate after an intended change with
 * `UPDATE_GOLDEN=1 npx vitest run tests/cli` and review the diff.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, runCli } from '../helpers/run-cli.js';

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
  ['inspect-exempel-table', ['inspect', 'fixtures/exempel.csv']],
  ['inspect-personnummer-json', ['inspect', 'fixtures/personnummer.csv', '-f', 'json']],
  ['error-missing-file', ['analyze', 'fixtures/finns-inte.csv', '-c', 'fixtures/exempel.yml']],
  ['error-no-config', ['analyze', 'fixtures/exempel.csv']],
  ['error-missing-column', ['analyze', 'fixtures/exempel.csv', '--sex', 'Kon', '--outcome', 'Förhandsbedömning=Utredning inleds']],
  ['error-bad-condition-en', ['analyze', 'fixtures/exempel.csv', '--sex', 'Kön', '--outcome', 'Förhandsbedömning'], { JAMSTAT_LANG: 'en' }],
  ['error-unknown-option', ['analyze', 'fixtures/exempel.csv', '--bogus']],
  ['help-analyze', ['analyze', '--help']],
];

function transcript(args: readonly string[], env?: Record<string, string>): string {
  const run = runCli(args, env);
  return `$ jamstat ${args.join(' ')}\nexit: ${run.code}\n--- stdout\n${run.stdout}--- stderr\n${run.stderr}`;
}

describe('golden CLI outputs', () => {
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
});
