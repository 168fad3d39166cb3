/**
 * Regression: a configuration that is not a mapping (a list, a number) was reported at
 * the key path "(rot)" in both languages, a Swedish word made in the config layer. The
 * catalogue names the root now, in the user's language.
 */
import { describe, expect, it } from 'vitest';
import { runMain } from '../helpers/run-main.js';
import { tempFile } from '../helpers/temp.js';

describe('a configuration that is not a mapping', () => {
  it('names the root in the language of the run', async () => {
    const config = tempFile('- a\n- b\n', { name: 'root.yml' });
    const english = await runMain(['analyze', 'fixtures/exempel.csv', '-c', config, '--lang', 'en']);
    expect(english.code).toBe(2);
    expect(english.stderr).toContain('(root): expected keys and values');
    expect(english.stderr).not.toContain('(rot)');
    const swedish = await runMain(['analyze', 'fixtures/exempel.csv', '-c', config, '--lang', 'sv']);
    expect(swedish.code).toBe(2);
    expect(swedish.stderr).toContain('(rot): ');
  });
});
