/**
 * Issue 16, start and output: `analyze` and `validate` read ./jamstat.yml when no
 * --config is given (and say so), a written output file is named on standard error, and
 * an --output extension that names no format is refused instead of filled with the table.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/run-cli.js';

const BIN = join(ROOT, 'bin', 'jamstat.js');

/** Runs jamstat in `cwd` as a user standing in that folder would. */
function runIn(cwd: string, args: readonly string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' } });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** A folder holding the example extract, and its configuration as jamstat.yml when `withConfig`. */
function folder(withConfig: boolean): string {
  const directory = mkdtempSync(join(tmpdir(), 'jamstat-default-config-'));
  copyFileSync(join(ROOT, 'fixtures', 'utf8.csv'), join(directory, 'uttag.csv'));
  if (withConfig) copyFileSync(join(ROOT, 'fixtures', 'exempel.yml'), join(directory, 'jamstat.yml'));
  return directory;
}

describe('./jamstat.yml stands in for --config', () => {
  it('analyze reads it, says so, and gives the same result as --config jamstat.yml', () => {
    const directory = folder(true);
    const implicit = runIn(directory, ['analyze', 'uttag.csv', '-f', 'json']);
    const explicit = runIn(directory, ['analyze', 'uttag.csv', '-f', 'json', '-c', 'jamstat.yml']);
    expect(implicit.code).toBe(0);
    expect(implicit.stderr).toContain('Använder konfigurationen jamstat.yml (ingen --config angavs).');
    expect(explicit.stderr).not.toContain('jamstat.yml');
    expect(implicit.stdout).toBe(explicit.stdout);
  });

  it('validate reads it and says so in English with --lang en; --quiet says nothing', () => {
    const directory = folder(true);
    const run = runIn(directory, ['validate', 'uttag.csv', '--lang', 'en']);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('Using the configuration jamstat.yml (no --config given).');
    expect(runIn(directory, ['validate', 'uttag.csv', '--quiet']).stderr).toBe('');
  });

  it('without the file, both commands say how to give a configuration (exit 2)', () => {
    const directory = folder(false);
    const analyze = runIn(directory, ['analyze', 'uttag.csv']);
    expect(analyze.code).toBe(2);
    expect(analyze.stderr).toContain('jamstat.yml');
    const validate = runIn(directory, ['validate', 'uttag.csv']);
    expect(validate.code).toBe(2);
    expect(validate.stderr).toContain('jamstat init');
  });

  it('a complete quick analysis on the command line does not read jamstat.yml', () => {
    const directory = folder(true);
    const run = runIn(directory, ['analyze', 'uttag.csv', '--sex', 'Kön', '--outcome', 'Förhandsbedömning=Utredning inleds', '-f', 'json']);
    expect(run.code).toBe(0);
    expect(run.stderr).not.toContain('jamstat.yml');
  });
});

describe('writing an output file', () => {
  it('names the file written on standard error, and nothing with --quiet', () => {
    const directory = folder(true);
    const run = runIn(directory, ['analyze', 'uttag.csv', '-o', 'rapport.html']);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('Skrev rapport.html.');
    expect(readFileSync(join(directory, 'rapport.html'), 'utf8')).toMatch(/^<!DOCTYPE html>/i);
    const quiet = runIn(directory, ['inspect', 'uttag.csv', '-o', 'inspect.json', '--quiet']);
    expect(quiet.code).toBe(0);
    expect(quiet.stderr).toBe('');
  });

  it('refuses an extension that names no format, before reading anything, and writes no file', () => {
    const directory = folder(true);
    for (const [args, name] of [
      [['analyze', 'uttag.csv', '-o', 'rapport.pdf'], 'rapport.pdf'],
      [['validate', 'uttag.csv', '-o', 'kontroll.docx', '--lang', 'en'], 'kontroll.docx'],
      [['inspect', 'uttag.csv', '-o', 'kolumner.xlsx'], 'kolumner.xlsx'],
    ] as const) {
      const run = runIn(directory, args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toMatch(name.endsWith('.docx') ? /cannot write the \.docx file format.*\.txt, \.json/ : /kan inte skriva filformatet/);
      expect(existsSync(join(directory, name))).toBe(false);
    }
  });

  it('writes the table to a name without extension, and any format chosen with --format', () => {
    const directory = folder(true);
    expect(runIn(directory, ['analyze', 'uttag.csv', '-o', 'rapport']).code).toBe(0);
    expect(readFileSync(join(directory, 'rapport'), 'utf8')).toContain('Utredning inleds');
    expect(runIn(directory, ['analyze', 'uttag.csv', '-o', 'rapport.dat', '-f', 'json']).code).toBe(0);
    expect(JSON.parse(readFileSync(join(directory, 'rapport.dat'), 'utf8'))).toHaveProperty('results');
  });
});
