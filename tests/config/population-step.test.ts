/**
 * Regression: `population.step` naming a step that does not exist used to end the run
 * with exit 3 ("Cannot read properties of undefined"), found only deep in the rates.
 * It is a configuration error (exit 2) naming the key path, the line, the steps that
 * exist and the nearest one.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { parseConfigText } from '../../src/config/load.js';
import { ConfigError } from '../../src/errors.js';
import { say } from '../../src/i18n/catalogue.js';
import { ROOT } from '../helpers/run-cli.js';
import { runMain } from '../helpers/run-main.js';
import { tempFile } from '../helpers/temp.js';

const population = join(ROOT, 'fixtures', 'befolkning.csv').replaceAll('\\', '/');

const CONFIG = `sex: { column: Kön }
by: [Stadsdelsområde]
population: { file: "${population}", sex: Kön, count: Antal, step: Insats }
steps:
  - name: Utredning inleds
    outcome: { column: Förhandsbedömning, equals: Utredning inleds }
  - name: Insats beviljas
    among: { column: Förhandsbedömning, equals: Utredning inleds }
    outcome: { column: Beslut insats, equals: Insats beviljad }
`;

describe('population.step naming no step', () => {
  it('is a ConfigError at population.step with its line, the steps and the nearest name', () => {
    let error: unknown;
    try {
      parseConfigText(CONFIG, 'x.yml');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const configError = error as ConfigError;
    expect(configError.keyPath).toBe('population.step');
    expect(configError.place).toMatchObject({ file: 'x.yml', line: 3 });
    const english = say('en', 'error', configError.code, configError.args);
    expect(english).toContain('population.step');
    expect(english).toContain('"Insats"');
    expect(english).toContain('Utredning inleds, Insats beviljas');
    expect(english).toContain('did you mean "Insats beviljas"?');
    expect(say('sv', 'error', configError.code, configError.args)).toContain('menade du "Insats beviljas"?');
  });

  it('accepts a step that exists', () => {
    expect(parseConfigText(CONFIG.replace('step: Insats }', 'step: Insats beviljas }'), 'x.yml').population?.step).toBe('Insats beviljas');
  });

  it('ends the analysis with exit 2 and one message in either language', async () => {
    const config = tempFile(CONFIG, { name: 'population-step.yml' });
    for (const [lang, words] of [['sv', /population\.step: .*menade du "Insats beviljas"/], ['en', /population\.step: .*did you mean "Insats beviljas"/]] as const) {
      const run = await runMain(['analyze', 'fixtures/exempel.csv', '-c', config, '--lang', lang]);
      expect(run.code, run.stderr).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(words);
      expect(run.stderr).toContain('population-step.yml');
      expect(run.stderr).not.toMatch(/Cannot read|internt fel|internal error/);
    }
  });
});
