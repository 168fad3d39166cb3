/**
 * Regression: `-o` naming the population file (`population.file`, read from the
 * configuration's folder) or a `--previous` extract overwrote it with exit 0; only the
 * extracts and the configuration were checked, and only by path. Every input is now
 * refused as the output, by any spelling of its path, a symbolic link or a hard link
 * (compared by device and inode): exit 2, one message in the user's language, the
 * input left as it was.
 */
import { describe, expect, it } from 'vitest';
import { copyFileSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ROOT } from '../helpers/run-cli.js';
import { runMain } from '../helpers/run-main.js';
import { tempFile, tempLink, tempPath } from '../helpers/temp.js';

const extract = tempFile(readFileSync(join(ROOT, 'fixtures', 'utf8.csv')), { name: 'uttag.csv' });
const directory = dirname(extract);
const config = join(directory, 'kvartal.yml');
copyFileSync(join(ROOT, 'fixtures', 'kvartal.yml'), config);
const population = join(directory, 'befolkning.csv');
copyFileSync(join(ROOT, 'fixtures', 'befolkning.csv'), population);
const previous = tempFile(readFileSync(join(ROOT, 'fixtures', 'utf8.csv')).subarray(0, 4000), { name: 'forra.csv' });
const populationLink = tempLink(population, 'befolkning-lank.csv', 'symbolic');
const populationHardLink = tempLink(population, 'befolkning-hard.csv', 'hard');
const previousHardLink = tempLink(previous, 'forra-hard.csv', 'hard');
const configHardLink = tempLink(config, 'kvartal-hard.yml', 'hard');
const extractHardLink = tempLink(extract, 'uttag-hard.csv', 'hard');

const ORIGINAL = new Map([population, previous, config, extract].map((path) => [path, readFileSync(path)]));

function expectRefused(run: { code: number; stdout: string; stderr: string }, output: string): void {
  expect(run.code, run.stderr).toBe(2);
  expect(run.stderr.match(/^jamstat: fel: /gm)).toHaveLength(1);
  expect(run.stderr).toContain(`utfilen ${output} är också en infil`);
  for (const [path, bytes] of ORIGINAL) expect(readFileSync(path).equals(bytes), path).toBe(true);
}

describe('an input named as the output', () => {
  it.each([
    ['the population file', population],
    ['the population file through a symbolic link', populationLink],
    ['the population file through a hard link', populationHardLink],
    ['the configuration through a hard link', configHardLink],
    ['an extract through a hard link', extractHardLink],
  ])('analyze refuses %s', async (_name, output) => {
    expectRefused(await runMain(['analyze', extract, '-c', config, '-f', 'json', '-o', output]), output);
  });

  it.each([
    ['the population file', population],
    ['the population file through a hard link', populationHardLink],
    ['a --previous extract', previous],
    ['a --previous extract through a hard link', previousHardLink],
    ['the configuration through a hard link', configHardLink],
  ])('validate refuses %s', async (_name, output) => {
    expectRefused(await runMain(['validate', extract, '-c', config, '-f', 'json', '--previous', previous, '-o', output]), output);
  });

  it('says it in English with --lang en', async () => {
    const run = await runMain(['analyze', extract, '-c', config, '-o', population, '--lang', 'en']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`the output file ${population} is also an input file`);
  });

  it('still writes an output that is no input', async () => {
    const output = tempPath('resultat.json');
    const run = await runMain(['analyze', extract, '-c', config, '-f', 'json', '-o', output]);
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(readFileSync(output, 'utf8')).schemaVersion).toBe(1);
  });
});
