/**
 * Regression: a full disk on standard output (`jamstat analyze … > /dev/full`) printed
 * Node's stack trace for the unhandled ENOSPC and exited with 1, which means "a
 * difference was flagged". A write error on standard output is now one message in the
 * user's language, with exit code 2. /dev/full is only ever standard output here.
 */
import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/run-cli.js';

function runIntoFullDisk(args: readonly string[]): Promise<{ code: number | null; stderr: string }> {
  const full = openSync('/dev/full', 'w');
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'jamstat.js'), ...args], { cwd: ROOT, stdio: ['ignore', full, 'pipe'], env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' } });
    closeSync(full);
    const stderr: Buffer[] = [];
    child.stderr!.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('close', (code) => resolve({ code, stderr: Buffer.concat(stderr).toString('utf8') }));
  });
}

describe.runIf(existsSync('/dev/full'))('standard output on a full disk', () => {
  it.each([
    ['analyze, table', ['analyze', 'fixtures/exempel.csv', '-c', 'fixtures/exempel.yml']],
    ['analyze, json', ['analyze', 'fixtures/exempel.csv', '-c', 'fixtures/exempel.yml', '-f', 'json']],
    ['validate', ['validate', 'fixtures/exempel.csv', '-c', 'fixtures/exempel.yml']],
    ['inspect', ['inspect', 'fixtures/exempel.csv']],
    // Written by commander, which waits for no write.
    ['--help', ['--help']],
    ['analyze --help', ['analyze', '--help']],
    ['--version', ['--version']],
  ])('%s: one message in Swedish, exit 2', async (_name, args) => {
    const run = await runIntoFullDisk(args);
    expect(run.code, run.stderr).toBe(2);
    expect(run.stderr).toMatch(/^jamstat: fel: kan inte skriva till standard ut \(ENOSPC\)/);
    expect(run.stderr.match(/^jamstat: fel: /gm)).toHaveLength(1);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('says it in English with --lang en', async () => {
    const run = await runIntoFullDisk(['analyze', 'fixtures/exempel.csv', '-c', 'fixtures/exempel.yml', '--lang', 'en']);
    expect(run.code, run.stderr).toBe(2);
    expect(run.stderr).toMatch(/^jamstat: error: cannot write to standard output \(ENOSPC\)/);
  });
});
