/**
 * Which inputs hold V8's young generation at its size (src/cli/young-generation.ts): the
 * command line's words that name files, measured before they are parsed, then the inputs
 * themselves. What the setting does to memory is tests/build/bundle.test.ts.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync, truncateSync, writeFileSync } from 'node:fs';
import { SMALL_YOUNG_GENERATION_FROM_BYTES, sizeYoungGenerationFor, sizeYoungGenerationForArguments } from '../../src/cli/young-generation.js';
import { isYoungGenerationKeptSmall, letYoungGenerationGrow } from '../../src/v8-young-generation.js';
import { tempPath } from '../helpers/temp.js';

/** A sparse file of `bytes` (no disk taken). */
function fileOf(name: string, bytes: number): string {
  const path = tempPath(name);
  writeFileSync(path, '');
  truncateSync(path, bytes);
  return path;
}

afterEach(() => letYoungGenerationGrow());

describe('the young generation', () => {
  it('is held small from the start when a word of the command line names a large file', () => {
    const large = fileOf('stor.csv', SMALL_YOUNG_GENERATION_FROM_BYTES);
    sizeYoungGenerationForArguments([large, '-c', 'jamstat.yml', '-f', 'json']);
    expect(isYoungGenerationKeptSmall()).toBe(true);
  });

  it('is left alone for small files, standard input, options, directories and missing files', () => {
    const small = fileOf('liten.csv', SMALL_YOUNG_GENERATION_FROM_BYTES - 1);
    const directory = tempPath('en-mapp');
    mkdirSync(directory, { recursive: true });
    sizeYoungGenerationForArguments([small, '-', '--wide', directory, tempPath('finns-inte.csv')]);
    expect(isYoungGenerationKeptSmall()).toBe(false);
  });

  it('counts the files together, and lets go again once the inputs prove small (a large -o file named on the line)', () => {
    const half = fileOf('halv.csv', SMALL_YOUNG_GENERATION_FROM_BYTES / 2);
    const other = fileOf('halv2.csv', SMALL_YOUNG_GENERATION_FROM_BYTES / 2);
    sizeYoungGenerationFor([half, other]);
    expect(isYoungGenerationKeptSmall()).toBe(true);
    const oldReport = fileOf('gammal-rapport.json', SMALL_YOUNG_GENERATION_FROM_BYTES);
    sizeYoungGenerationForArguments([fileOf('indata.csv', 10), '-o', oldReport]);
    expect(isYoungGenerationKeptSmall()).toBe(true);
    sizeYoungGenerationFor([tempPath('indata.csv')]);
    expect(isYoungGenerationKeptSmall()).toBe(false);
  });
});
