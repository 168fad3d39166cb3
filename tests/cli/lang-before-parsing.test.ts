/**
 * Regression: the language of command-line parse errors is read from the arguments
 * before commander parses them, and only `--lang en` was seen there: with `--lang=en`
 * an unknown flag or a missing argument was reported in Swedish.
 */
import { describe, expect, it } from 'vitest';
import { runMain } from '../helpers/run-main.js';

describe('--lang for command-line parse errors', () => {
  for (const form of [['--lang', 'en'], ['--lang=en']]) {
    it(`${form.join(' ')}: an unknown flag is reported in English`, async () => {
      const run = await runMain(['analyze', 'x.csv', '--bogus', ...form]);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/^jamstat: error: unknown option --bogus/);
    });

    it(`${form.join(' ')} before the error: a missing argument is reported in English`, async () => {
      const run = await runMain(['analyze', ...form]);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/^jamstat: error: FILES is missing/);
    });
  }

  it('--lang=en: an error after parsing (a configuration file that is not there) is in English', async () => {
    const run = await runMain(['analyze', 'fixtures/exempel.csv', '-c', 'no-such-config.yml', '--lang=en']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^jamstat: error: .*no such configuration file/);
  });

  it('--lang=sv and no flag stay Swedish; the last --lang wins, as in commander', async () => {
    expect((await runMain(['analyze', 'x.csv', '--bogus', '--lang=sv'])).stderr).toMatch(/^jamstat: fel: okänd flagga --bogus/);
    expect((await runMain(['analyze', 'x.csv', '--bogus'])).stderr).toMatch(/^jamstat: fel: okänd flagga --bogus/);
    expect((await runMain(['analyze', 'x.csv', '--bogus', '--lang=sv', '--lang', 'en'])).stderr).toMatch(/^jamstat: error: /);
  });

  it('JAMSTAT_LANG=en is used when no flag is given; the flag beats it', async () => {
    expect((await runMain(['analyze', 'x.csv', '--bogus'], { JAMSTAT_LANG: 'en' })).stderr).toMatch(/^jamstat: error: /);
    expect((await runMain(['analyze', 'x.csv', '--bogus', '--lang=sv'], { JAMSTAT_LANG: 'en' })).stderr).toMatch(/^jamstat: fel: /);
  });
});
