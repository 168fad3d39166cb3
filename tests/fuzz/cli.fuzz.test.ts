/**
 * Fuzzing the CLI: a few hundred random extracts through `main()`, the whole command
 * line (option parsing, the commands, rendering, error messages and exit codes) run
 * in-process, and a few dozen through the built binary as a user runs it (`npm run
 * build` first). Each run ends in time with exit 0 or 2 (validate: 0, 1 or 2), never
 * with an internal error; on exit 0 the analysis's rows add up in every step.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { runCli } from '../helpers/run-cli.js';
import { runMain } from '../helpers/run-main.js';
import { tempFile } from '../helpers/temp.js';
import { expectAccounting } from '../helpers/accounting.js';
import { csvLikeExtract } from './generators.js';

const TIME_BOUND_MS = 10_000;

/** The commands a fuzzed extract is put through, and the exit codes each may end with. */
const COMMANDS = [
  { args: ['analyze', '-f', 'json', '--no-suppress'], exits: [0, 2], accounted: true },
  { args: ['analyze', '-f', 'table'], exits: [0, 2], accounted: false },
  { args: ['analyze', '-f', 'csv', '--excel'], exits: [0, 2], accounted: false },
  { args: ['validate', '-f', 'json'], exits: [0, 1, 2], accounted: false },
  { args: ['inspect', '-f', 'json'], exits: [0, 2], accounted: false },
] as const;

/** The arguments for one command on one extract (inspect takes no configuration). */
function argsFor(command: (typeof COMMANDS)[number], extract: string, config: string): string[] {
  const [name, ...rest] = command.args;
  return name === 'inspect' ? [name, extract, ...rest] : [name, extract, '-c', config, ...rest];
}

function expectOutcome(run: { code: number; stdout: string; stderr: string }, command: (typeof COMMANDS)[number]): void {
  expect(command.exits as readonly number[], run.stderr).toContain(run.code);
  expect(run.stderr).not.toMatch(/internt fel|\n\s+at /);
  if (run.code === 2) expect(run.stderr).toMatch(/^jamstat: fel: /);
  if (run.code === 0 && command.accounted) expectAccounting(JSON.parse(run.stdout));
}

describe('fuzzing the CLI', () => {
  it('ends every command on random extracts with a known exit code (in-process)', async () => {
    await fc.assert(
      fc.asyncProperty(csvLikeExtract, fc.constantFrom(...COMMANDS), async (extract, command) => {
        const path = tempFile(extract.text, { name: 'fuzz-cli.csv', encoding: extract.encoding });
        const config = tempFile(extract.config, { name: 'fuzz-cli.yml' });
        const started = Date.now();
        expectOutcome(await runMain(argsFor(command, path, config)), command);
        expect(Date.now() - started).toBeLessThan(TIME_BOUND_MS);
      }),
      { numRuns: 400 },
    );
  });

  it('ends every command on random extracts with a known exit code (built binary)', () => {
    fc.assert(
      fc.property(csvLikeExtract, fc.constantFrom(...COMMANDS), (extract, command) => {
        const path = tempFile(extract.text, { name: 'fuzz-binary.csv', encoding: extract.encoding });
        const config = tempFile(extract.config, { name: 'fuzz-binary.yml' });
        const started = Date.now();
        expectOutcome(runCli(argsFor(command, path, config)), command);
        expect(Date.now() - started).toBeLessThan(TIME_BOUND_MS);
      }),
      { numRuns: 12 },
    );
  });
});
