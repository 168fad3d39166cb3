/**
 * Golden files for the Word report: a docx is bytes, so its golden file is a dump of its
 * properties, page headers and body (tests/helpers/docx-dump.ts): every paragraph with its
 * style, every table row, every picture's size and alternative text, every section's
 * orientation. Regenerate after an intended change with
 * `UPDATE_GOLDEN=1 npx vitest run tests/cli/docx-golden.test.ts` and review the diff.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, runCli } from '../helpers/run-cli.js';
import { tempPath } from '../helpers/temp.js';
import { dumpDocx } from '../helpers/docx-dump.js';
import { yieldToEventLoop } from '../helpers/yield.js';

const GOLDEN = join(ROOT, 'tests', 'golden');
const update = process.env.UPDATE_GOLDEN === '1';

const CASES: ReadonlyArray<readonly [name: string, args: readonly string[]]> = [
  ['analyze-exempel-docx-sv', ['analyze', 'fixtures/exempel.csv', '-c', 'fixtures/exempel.yml']],
  ['analyze-exempel-docx-en', ['analyze', 'fixtures/exempel.csv', '-c', 'fixtures/exempel.yml', '--lang', 'en']],
  // Small counts shown: the not-for-publication mark on every page's header; and the title block's keys.
  ['analyze-utf8-no-suppress-docx', ['analyze', 'fixtures/utf8.csv', '-c', 'fixtures/exempel.yml', '--no-suppress', '--title', 'Jämställd handläggning 2024', '--organisation', 'Stockholms stad', '--report-period', '2024']],
  // Periods and rates per 1,000 inhabitants: the per-period rows and the rates table.
  ['analyze-perioder-docx', ['analyze', 'fixtures/personnummer.csv', '-c', 'fixtures/perioder.yml', '--no-suppress']],
];

describe('golden Word reports', () => {
  afterEach(yieldToEventLoop);
  for (const [name, args] of CASES) {
    it(name, async () => {
      const output = tempPath(`${name}.docx`);
      const run = runCli([...args, '-o', output]);
      const actual = `$ jamstat ${args.join(' ')} -o OUT.docx\nexit: ${run.code}\n--- stderr\n${run.stderr.replaceAll(output, 'OUT.docx')}--- OUT.docx\n${run.code === 0 ? await dumpDocx(output) : ''}`;
      const path = join(GOLDEN, `${name}.txt`);
      if (update) writeFileSync(path, actual);
      expect(existsSync(path), `no golden file ${path}: run with UPDATE_GOLDEN=1`).toBe(true);
      expect(actual).toBe(readFileSync(path, 'utf8'));
    });
  }
});
