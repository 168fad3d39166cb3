/**
 * Same inputs, same bytes: every output format of every command is produced twice, once
 * by the built binary in a new process and once by the command line in this process
 * (after the other tests' runs have filled any cache), and the two outputs must be
 * identical byte for byte. Needs `npm run build` first.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { runCli } from '../helpers/run-cli.js';
import { runMain } from '../helpers/run-main.js';
import { tempPath } from '../helpers/temp.js';
import { FORMATS } from '../../src/report/renderers.js';

const EXTRACT = 'fixtures/utf8.csv';
const CONFIG = 'fixtures/exempel.yml';

const RUNS: ReadonlyArray<readonly [name: string, args: readonly string[]]> = [
  ...FORMATS.map((format) => [`analyze -f ${format}`, ['analyze', EXTRACT, '-c', CONFIG, '-f', format]] as const),
  ['analyze -f csv --excel', ['analyze', EXTRACT, '-c', CONFIG, '-f', 'csv', '--excel']],
  ['analyze -f json --no-suppress', ['analyze', EXTRACT, '-c', CONFIG, '-f', 'json', '--no-suppress']],
  ['inspect', ['inspect', EXTRACT]],
  ['inspect -f json', ['inspect', EXTRACT, '-f', 'json']],
  ['validate', ['validate', 'fixtures/lf-comma.csv', '-c', CONFIG]],
  ['validate -f json', ['validate', EXTRACT, 'fixtures/windows-1252.csv', '-c', CONFIG, '-f', 'json', '--previous', 'fixtures/titelrader.csv']],
];

let counter = 0;

/** Runs the command with its output written to a new file; returns the file's bytes. */
async function outputOf(args: readonly string[], run: typeof runMain): Promise<Buffer> {
  const output = tempPath(`same-bytes-${++counter}`);
  const result = await run([...args, '-o', output]);
  expect(result.code, result.stderr).toBe(0);
  return readFileSync(output);
}

describe('the same inputs give the same bytes', () => {
  for (const [name, args] of RUNS) {
    it(name, async () => {
      const first = await outputOf(args, async (cliArgs) => runCli(cliArgs));
      const second = await outputOf(args, runMain);
      expect(first.length).toBeGreaterThan(0);
      expect(first.equals(second)).toBe(true);
    });
  }
});
