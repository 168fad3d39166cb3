/**
 * `jamstat … | head`: the reader closes the pipe before jamstat has written everything.
 * jamstat drops the rest quietly and ends with its own exit code, as git and ripgrep do;
 * before, Node printed a stack trace for the unhandled EPIPE and exited with 1.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/run-cli.js';

function runWithClosedStdout(args: readonly string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'jamstat.js'), ...args], { cwd: ROOT, env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' } });
    // The reader goes away before jamstat writes a byte.
    child.stdout.destroy();
    const stderr: Buffer[] = [];
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('close', (code) => resolve({ code, stderr: Buffer.concat(stderr).toString('utf8') }));
  });
}

describe('a reader that closes the pipe early', () => {
  it.each([
    ['json', ['analyze', 'fixtures/exempel.csv', '-c', 'fixtures/exempel.yml', '-f', 'json'], 0],
    ['table', ['analyze', 'fixtures/exempel.csv', '-c', 'fixtures/exempel.yml'], 0],
    ['inspect', ['inspect', 'fixtures/exempel.csv'], 0],
    ['--fail-on-flag, with flags', ['analyze', 'fixtures/exempel.csv', '-c', 'fixtures/exempel.yml', '--fail-on-flag'], 1],
  ])('ends jamstat quietly with its own exit code (%s)', async (_name, args, code) => {
    const run = await runWithClosedStdout(args);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(code);
  });
});
