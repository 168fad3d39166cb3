/**
 * Regression: every failure to read the configuration file (a directory, no permission)
 * was reported as "no such configuration file". Only a missing file is; the others say
 * what the system said.
 */
import { describe, expect, it } from 'vitest';
import { dirname } from 'node:path';
import { runMain } from '../helpers/run-main.js';
import { tempFile } from '../helpers/temp.js';

describe('a configuration file that cannot be read', () => {
  it('is "not found" only when it is missing', async () => {
    const missing = await runMain(['analyze', 'fixtures/exempel.csv', '-c', 'no-such-config.yml', '--lang', 'en']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no such configuration file');
  });

  it('names the reason when the path is a directory', async () => {
    const directory = dirname(tempFile('x', { name: 'beside.yml' }));
    const run = await runMain(['analyze', 'fixtures/exempel.csv', '-c', directory, '--lang', 'en']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('cannot read the file (EISDIR)');
    expect(run.stderr).not.toContain('no such configuration file');
  });
});
