/**
 * Regression: the same extract given twice, by the same or another spelling of its path
 * or through a symbolic or hard link, was read twice and every case counted twice, with
 * exit 0. `analyze` and `validate` (also with `--previous`) refuse it before reading:
 * exit 2, one message in the user's language naming both arguments.
 */
import { describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { ROOT } from '../helpers/run-cli.js';
import { runMain } from '../helpers/run-main.js';
import { tempFile, tempLink, tempPath } from '../helpers/temp.js';

const CONFIG = tempFile(
  `sex: { column: Kön }
steps:
  - name: Utredning
    outcome: { column: Beslut, equals: Ja }
`,
  { name: 'same-file.yml' },
);

const rows = Array.from({ length: 40 }, (_, index) => `${index % 2 ? 'Pojke' : 'Flicka'};${index % 3 ? 'Ja' : 'Nej'}`);
const extract = tempFile(`Kön;Beslut\n${rows.join('\n')}\n`, { name: 'a.csv' });
const directory = dirname(extract);
mkdirSync(join(directory, 'sub'));
const symbolicLink = tempLink(extract, 'symlink.csv', 'symbolic');
const hardLink = tempLink(extract, 'hardlink.csv', 'hard');
const copy = tempPath('copy.csv');
copyFileSync(extract, copy);
/** The extract's path relative to the directory tests run in (runMain does not change it). */
const fromHere = relative(process.cwd(), extract);

const SPELLINGS: ReadonlyArray<[string, string]> = [
  ['the same path', extract],
  ['./ before a relative path', `./${fromHere}`],
  // Written out, not with join(), which would take sub/.. away.
  ['dir/../ in the path', `${directory}/sub/../${basename(extract)}`],
  ['a relative against an absolute path', fromHere],
  ['a symbolic link', symbolicLink],
  ['a hard link', hardLink],
];

describe('the same extract given twice', () => {
  it('runs from the repository root, where the relative spellings are made', () => {
    expect(process.cwd()).toBe(ROOT);
  });

  for (const [name, second] of SPELLINGS) {
    it(`analyze refuses ${name}`, async () => {
      const run = await runMain(['analyze', extract, second, '-c', CONFIG, '-f', 'json']);
      expect(run.code, run.stderr).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr.match(/^jamstat: fel: /gm)).toHaveLength(1);
      expect(run.stderr).toContain(`${extract} och ${second} är samma fil`);
    });

    it(`validate refuses ${name}`, async () => {
      const run = await runMain(['validate', extract, second, '-c', CONFIG, '-f', 'json']);
      expect(run.code, run.stderr).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain(`${extract} och ${second} är samma fil`);
    });

    it(`validate refuses ${name} after --previous`, async () => {
      const run = await runMain(['validate', extract, '-c', CONFIG, '-f', 'json', '--previous', second]);
      expect(run.code, run.stderr).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain(`--previous ${second} är samma fil som ${extract}`);
    });
  }

  it('says it in English with --lang en', async () => {
    const run = await runMain(['analyze', extract, symbolicLink, '-c', CONFIG, '--lang=en']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(new RegExp(`^jamstat: error: ${extract} and ${symbolicLink} are the same file`));
  });

  it('refuses the same earlier extract twice after --previous', async () => {
    const run = await runMain(['validate', copy, '-c', CONFIG, '-f', 'json', '--previous', extract, hardLink]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${extract} och ${hardLink} är samma fil`);
  });

  it('accepts a copy: another file with the same content is another extract', async () => {
    const run = await runMain(['analyze', extract, copy, '-c', CONFIG, '-f', 'json', '--no-suppress']);
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout).input.rows).toBe(80);
  });
});
