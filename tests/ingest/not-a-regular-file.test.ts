/**
 * Regression: an extract path naming a folder was reported as "kan inte läsa filen (not a
 * file)", an English phrase inside the Swedish message. It has its own message in the
 * catalogue, in both languages.
 */
import { describe, expect, it } from 'vitest';
import { dirname } from 'node:path';
import { runMain } from '../helpers/run-main.js';
import { tempFile } from '../helpers/temp.js';

describe('an extract path that names a folder', () => {
  it('is an input error worded in the language of the run', async () => {
    const folder = dirname(tempFile('x'));
    const swedish = await runMain(['inspect', folder]);
    expect(swedish.code).toBe(2);
    expect(swedish.stderr).toContain('pekar inte på en vanlig fil');
    expect(swedish.stderr).not.toContain('not a file');
    const english = await runMain(['inspect', folder, '--lang', 'en']);
    expect(english.code).toBe(2);
    expect(english.stderr).toContain('does not name a regular file');
  });
});
