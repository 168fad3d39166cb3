/**
 * The group limit (issue 13, case 12): a `by` column with 1,000,000 distinct values ran
 * for over a minute, reached 4 GB and ended with exit 3. A grouping (a `by` variable, an
 * intersection, a criterion's strata, the periods) with more than `limits.maxGroups`
 * groups (default 1 000) now stops the pass at the first group too many, with exit 2
 * naming the variable, the count seen and how to raise the limit. The extracts are
 * generated here into the test's temporary directory.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/config/defaults.js';
import { configError } from '../helpers/config-error.js';
import { runCliAsync } from '../helpers/run-cli.js';
import { runMain } from '../helpers/run-main.js';
import { tempFile } from '../helpers/temp.js';

/** `rows` rows; `Ärende` is distinct on every row, `Distrikt` and `Skäl` take 40 values each. */
function extract(rows: number): string {
  const lines = ['Kön;Ärende;Distrikt;Skäl;Beslut'];
  for (let index = 0; index < rows; index++) {
    lines.push(`${index % 2 ? 'Pojke' : 'Flicka'};Ä-${index};D${index % 40};S${Math.floor(index / 40) % 40};${index % 3 ? 'Ja' : 'Nej'}`);
  }
  return tempFile(`${lines.join('\n')}\n`);
}

const MANY = extract(200_000);
const SMALL = extract(1_600);

function config(lines: string): string {
  return tempFile(`sex: { column: Kön }\nsteps:\n  - name: Beviljad\n    outcome: { column: Beslut, equals: Ja }\n${lines}`, { name: `limits-${Math.random().toString(36).slice(2)}.yml` });
}

describe('limits.maxGroups', () => {
  it('defaults to 1 000', () => {
    expect(DEFAULT_LIMITS.maxGroups).toBe(1000);
  });

  it('a by column with 200,000 distinct values stops with exit 2 naming the column, the count seen and the key to raise', async () => {
    const run = await runMain(['analyze', MANY, '-c', config('by: [Ärende]\n')]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('"Ärende"');
    expect(run.stderr).toContain('1001');
    expect(run.stderr).toContain('limits: { maxGroups:');
    // Stopped at the first group too many: the line of the 1 001st distinct value (header on line 1).
    expect(run.stderr).toContain('rad 1002');
  });

  it('says the same in English', async () => {
    const run = await runMain(['analyze', MANY, '-c', config('by: [Ärende]\n'), '--lang', 'en']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/"Ärende".*more than 1000 groups/);
    expect(run.stderr).toContain('line 1002');
  });

  it('an intersection of two small variables counts its combinations', async () => {
    const run = await runMain(['analyze', SMALL, '-c', config('by: [Distrikt, Skäl, Distrikt*Skäl]\n'), '--lang', 'en']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('"Distrikt*Skäl"');
  });

  it('a criterion whose strata pass the limit stops the same way', async () => {
    const run = await runMain(['analyze', SMALL, '-c', config('explain: { need: [Distrikt, Skäl] }\n'), '--lang', 'en']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('"Distrikt*Skäl"');
  });

  it('a raised limit lets the same intersection through', async () => {
    const run = await runMain(['analyze', SMALL, '-c', config('by: [Distrikt*Skäl]\nlimits: { maxGroups: 2000 }\n'), '-f', 'json']);
    expect(run.code).not.toBe(2);
    expect(run.stderr).toBe('');
  });

  it('the same stop from the built CLI reading in two threads', async () => {
    const run = await runCliAsync(['analyze', MANY, '-c', config('by: [Ärende]\n'), '--lang', 'en'], { JAMSTAT_ENGINE: 'parallel' });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/"Ärende".*more than 1000 groups/);
  });

  it('must be a whole number of at least 1', () => {
    const base = 'sex: { column: Kön }\nsteps:\n  - name: a\n    outcome: { column: Beslut, equals: Ja }\n';
    expect(configError(`${base}limits: { maxGroups: 0 }\n`).keyPath).toBe('limits.maxGroups');
    expect(configError(`${base}limits: { maxGroups: 2.5 }\n`).keyPath).toBe('limits.maxGroups');
    expect(configError(`${base}limits: { maxGroup: 5 }\n`).code).toBe('config-unknown-key');
  });
});
