/**
 * Limits on the configuration's YAML (issue 13, case 12): an alias bomb and nesting
 * deeper than the parser's stack used to end with exit 3 ("Excessive alias count") or
 * "YAML-fel: Maximum call stack size exceeded". Both are now one known error (exit 2)
 * naming the file and the line, in the user's language, saying what to do.
 */
import { describe, expect, it } from 'vitest';
import { MAX_CONFIG_DEPTH } from '../../src/config/yaml-limits.js';
import { say } from '../../src/i18n/catalogue.js';
import { configError } from '../helpers/config-error.js';
import { runMain } from '../helpers/run-main.js';
import { tempFile } from '../helpers/temp.js';

const HEAD = 'sex: { column: Kön }\nsteps:\n  - name: Utredning\n    outcome:\n';

/** A step whose outcome nests `all:` `levels` times, in block style (one mapping and one list per level). */
function nestedBlock(levels: number): string {
  let text = HEAD;
  let indent = '      ';
  for (let level = 0; level < levels; level++) {
    text += `${indent}all:\n${indent}  -\n`;
    indent += '    ';
  }
  return `${text}${indent}column: Beslut\n${indent}equals: Ja\n`;
}

/** The same nesting in flow style, on one line. */
function nestedFlow(levels: number): string {
  return `${HEAD}      ${'{ all: [ '.repeat(levels)}{ column: Beslut, equals: Ja }${' ] }'.repeat(levels)}\n`;
}

/** The classic billion laughs: every anchor repeats the one before nine times. */
const ALIAS_BOMB = [
  'a: &a [x, x, x, x, x, x, x, x, x]',
  'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
  'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
  'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]',
  'e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]',
  'sex: { column: Kön }',
  'steps: [{ name: a, outcome: { column: Beslut, equals: Ja } }]',
  '',
].join('\n');

describe('YAML nesting depth', () => {
  // Block style indents every level, so 2,000 levels would be megabytes of spaces; 300 are far beyond the limit.
  it('refuses 300 nested all: in block style at the line where the limit is passed', () => {
    const error = configError(nestedBlock(300));
    expect(error.code).toBe('config-too-deep');
    expect(error.place).toMatchObject({ file: 'x.yml' });
    // Level 1 is the root mapping, 2 steps, 3 the step, then two levels per all: the limit is passed inside the outcome.
    expect(error.place?.line).toBeGreaterThan(4);
    expect(error.place?.line).toBeLessThan(4 + 2 * MAX_CONFIG_DEPTH);
    expect(say('sv', 'error', error.code, error.args)).toContain(String(MAX_CONFIG_DEPTH));
    expect(say('sv', 'error', error.code, error.args)).not.toMatch(/stack|Maximum/);
  });

  it('refuses 2,000 nested all: in flow style at its line', () => {
    const error = configError(nestedFlow(2000));
    expect(error.code).toBe('config-too-deep');
    expect(error.place).toMatchObject({ file: 'x.yml', line: 5 });
  });

  it('still reads a deep but reasonable nesting (20 all: in each other)', () => {
    expect(() => configError(nestedBlock(20))).toThrow('expected a ConfigError');
    expect(() => configError(nestedFlow(20))).toThrow('expected a ConfigError');
  });
});

describe('YAML aliases', () => {
  it('refuses an alias bomb as a known error naming the line of an alias', () => {
    const error = configError(ALIAS_BOMB);
    expect(error.code).toBe('config-aliases');
    expect(error.place?.file).toBe('x.yml');
    expect(error.place?.line).toBeGreaterThanOrEqual(2);
    expect(error.place?.line).toBeLessThanOrEqual(5);
  });

  it('names an alias with no anchor as such, not as a bomb', () => {
    const error = configError('sex: { column: Kön }\nsteps: [{ name: a, outcome: *saknas }]\n');
    expect(error.code).toBe('config-unknown-alias');
    expect(error.place).toMatchObject({ file: 'x.yml', line: 2 });
    expect(say('en', 'error', error.code, error.args)).toContain('*saknas has no anchor &saknas');
  });

  it('still reads ordinary aliases (one condition used twice)', () => {
    const text = `sex: { column: Kön }\nsteps:\n  - name: a\n    outcome: &ja { column: Beslut, equals: Ja }\n  - name: b\n    among: *ja\n    outcome: { column: Insats, equals: Ja }\n`;
    expect(() => configError(text)).toThrow('expected a ConfigError');
  });
});

describe('on the command line', () => {
  const extract = tempFile('Kön;Beslut\nFlicka;Ja\nPojke;Nej\n');

  it('an alias bomb ends with exit 2 and a Swedish message naming the file and line', async () => {
    const config = tempFile(ALIAS_BOMB, { name: 'bomb.yml' });
    const run = await runMain(['analyze', extract, '-c', config]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('bomb.yml');
    expect(run.stderr).toMatch(/rad \d/);
    expect(run.stderr).toContain('alias');
    expect(run.stderr).not.toContain('Excessive');
  });

  it('deep nesting ends with exit 2 and an English message with --lang en', async () => {
    const config = tempFile(nestedFlow(2000), { name: 'deep.yml' });
    const run = await runMain(['analyze', extract, '-c', config, '--lang', 'en']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('deep.yml');
    expect(run.stderr).toMatch(/line \d/);
    expect(run.stderr).toContain(`${MAX_CONFIG_DEPTH} levels`);
    expect(run.stderr).not.toMatch(/stack size/);
  });
});
