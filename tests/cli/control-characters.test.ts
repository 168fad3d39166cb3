/**
 * Text that cannot drive a terminal (issue 13, case 9): escape sequences and line breaks
 * in the data (group values, column names, a step name, sex values) are shown visibly
 * escaped (`\e`, `\n`, `\x07`, `\u009b`) in every output meant for a terminal (analyze
 * as a table, inspect, validate) and in messages on standard error, never emitted; a
 * value with a line break adds no row to a table. JSON escapes them by itself.
 */
import { describe, expect, it } from 'vitest';
import { runMain } from '../helpers/run-main.js';
import { tempFile } from '../helpers/temp.js';

/** Any control character except the line feed that ends jamstat's own lines (NO_COLOR: no colour codes). */
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

const CLEAR = '\u001b[2J';
const TITLE = '\u001b]0;pwned\u0007';
const DISTRICT = `Distrikt${CLEAR}`;
const GROUPS = [`Bromma${TITLE}`, 'Kista\nFalsk rad', 'Norr\u009b31m'];

/** 240 rows: girls and boys in three districts with hostile names; a few sex cells hold escapes too. */
function hostileExtract(): string {
  const rows = Array.from({ length: 240 }, (_, index) => {
    const sex = index % 40 === 39 ? `Flicka${CLEAR}` : index % 2 ? 'Pojke' : 'Flicka';
    const group = GROUPS[index % 3]!;
    return `${sex};"${group}";${index % 3 === 0 || index % 7 === 0 ? 'Ja' : 'Nej'}`;
  });
  return tempFile(`Kön;"${DISTRICT}";Beslut\n${rows.join('\n')}\n`);
}

const EXTRACT = hostileExtract();
const CONFIG = tempFile(
  'sex: { column: Kön }\nby: ["Distrikt\\e[2J"]\nsteps:\n  - name: "Utredning\\e]0;title\\a\\nfalsk rad"\n    outcome: { column: Beslut, equals: Ja }\n',
  { name: 'hostile.yml' },
);

function expectNoRawControl(text: string): void {
  const found = RAW_CONTROL.exec(text);
  expect(found ? `raw U+${found[0].charCodeAt(0).toString(16).padStart(4, '0')} at ${found.index}: ${JSON.stringify(text.slice(Math.max(0, found.index - 30), found.index + 30))}` : null).toBeNull();
}

describe('control characters from the data', () => {
  it('analyze as a table shows group values, the column name and the step name escaped, and adds no row', async () => {
    const run = await runMain(['analyze', EXTRACT, '-c', CONFIG, '--lang', 'en']);
    expectNoRawControl(run.stdout);
    expectNoRawControl(run.stderr);
    expect(run.stdout).toContain('Bromma\\e]0;pwned\\x07');
    expect(run.stdout).toContain('Kista\\nFalsk rad');
    expect(run.stdout).toContain('Norr\\u009b31m');
    expect(run.stdout).toContain('Distrikt\\e[2J');
    expect(run.stdout).toContain('Utredning\\e]0;title\\x07\\nfalsk rad');
    expect(run.stdout).not.toMatch(/^\W*(Falsk|falsk) rad/m);
  });

  it('analyze as JSON writes every control character as an escape, C1 too, and parses back to the data', async () => {
    const run = await runMain(['analyze', EXTRACT, '-c', CONFIG, '-f', 'json', '--no-suppress']);
    expectNoRawControl(run.stdout);
    const groups = (JSON.parse(run.stdout) as { results: { group: string | null }[] }).results.map((result) => result.group);
    expect(groups).toContain('Norr\u009b31m');
  });

  it('inspect as a table shows column names and values escaped; as JSON they are escaped by JSON', async () => {
    const table = await runMain(['inspect', EXTRACT, '--lang', 'en']);
    expectNoRawControl(table.stdout);
    expectNoRawControl(table.stderr);
    expect(table.stdout).toContain('Distrikt\\e[2J');
    const json = await runMain(['inspect', EXTRACT, '-f', 'json']);
    expectNoRawControl(json.stdout);
    expect(JSON.stringify(JSON.parse(json.stdout))).toContain('Distrikt\\u001b[2J');
  });

  it('validate shows the values it names escaped', async () => {
    const run = await runMain(['validate', EXTRACT, '-c', CONFIG, '--lang', 'en']);
    expectNoRawControl(run.stdout);
    expectNoRawControl(run.stderr);
    expect(`${run.stdout}${run.stderr}`).toContain('\\e[2J');
  });

  it('an error message shows the value it names escaped', async () => {
    const run = await runMain(['analyze', EXTRACT, '--sex', 'Kön', '--outcome', 'Beslut=Ja', '--by', `Saknas${TITLE}\nfalsk rad`, '--lang', 'en']);
    expect(run.code).toBe(2);
    expectNoRawControl(run.stderr);
    expect(run.stderr).toContain('Saknas\\e]0;pwned\\x07\\nfalsk rad');
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});

/** Bidirectional controls and the line and paragraph separators (U+2028, U+2029). */
const RAW_BIDI = /[\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/;

describe('bidirectional controls and line separators from the data', () => {
  // Issue 13: U+202E reverses what follows it on screen, U+2028 breaks a line in some terminals.
  const extract = tempFile(
    `Kön;"Distrikt\u2066x";Beslut\n${Array.from({ length: 120 }, (_, index) => `${index % 2 ? 'Pojke' : 'Flicka'};${index % 3 ? 'Norr\u202eabc' : 'Syd\u2028rad'};${index % 4 ? 'Ja' : 'Nej'}`).join('\n')}\n`,
  );

  it('analyze as a table shows them escaped', async () => {
    const run = await runMain(['analyze', extract, '--sex', 'Kön', '--outcome', 'Beslut=Ja', '--by', 'Distrikt\u2066x', '--step-name', 'Steg\u200fett\u2029', '--lang', 'en']);
    expect(run.stdout).not.toMatch(RAW_BIDI);
    expect(run.stderr).not.toMatch(RAW_BIDI);
    expect(run.stdout).toContain('Norr\\u202eabc');
    expect(run.stdout).toContain('Syd\\u2028rad');
    expect(run.stdout).toContain('Distrikt\\u2066x');
  });

  it('inspect as a table and as JSON shows them escaped', async () => {
    for (const format of ['table', 'json']) {
      const run = await runMain(['inspect', extract, '-f', format]);
      expect(run.stdout).not.toMatch(RAW_BIDI);
      expect(run.stdout).toContain('\\u202e');
    }
  });

  it('an error message shows them escaped', async () => {
    const run = await runMain(['analyze', extract, '--sex', 'Kön', '--outcome', 'Beslut=Ja', '--by', 'Saknas\u202e\u2028x', '--lang', 'en']);
    expect(run.code).toBe(2);
    expect(run.stderr).not.toMatch(RAW_BIDI);
    expect(run.stderr).toContain('Saknas\\u202e\\u2028x');
  });
});
