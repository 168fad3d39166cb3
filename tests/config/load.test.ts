import { describe, expect, it } from 'vitest';
import { parseConfigText, validateConfig } from '../../src/config/load.js';
import { ConfigError } from '../../src/errors.js';
import { say } from '../../src/i18n/catalogue.js';
import { configError } from '../helpers/config-error.js';

const VALID = `
sex:
  column: Kön
by: [Stadsdelsområde]
steps:
  - name: Utredning inleds
    outcome: { column: Förhandsbedömning, equals: Utredning inleds }
  - name: Insats beviljas
    among: { column: Förhandsbedömning, equals: Utredning inleds }
    outcome: { any: [ { column: Beslut, in: [Beviljad, Delvis] }, { column: Beslut2, empty: false } ] }
thresholds: { alpha: 0.01, correction: holm }
`;

describe('parseConfigText', () => {
  it('reads a valid configuration, fills defaults and freezes it', () => {
    const config = parseConfigText(VALID, 'x.yml');
    expect(config.thresholds).toEqual({ alpha: 0.01, minDiffPp: 5, minN: 20, correction: 'holm', minShift: 0 });
    expect(config.sex).toEqual({ kind: 'column', column: 'Kön', values: null });
    expect(config.steps[1]!.outcome).toEqual({
      kind: 'any',
      conditions: [
        { kind: 'in', column: 'Beslut', values: ['Beviljad', 'Delvis'] },
        { kind: 'empty', column: 'Beslut2', empty: false },
      ],
    });
    expect(config.yates).toBe(true);
    expect(Object.isFrozen(config.steps[0])).toBe(true);
  });

  it('names an unknown key with its path, line and the nearest valid key', () => {
    const error = configError(VALID.replace('    outcome: { column: Förhandsbedömning', '    outcom: { column: Förhandsbedömning'));
    expect(error.code).toBe('config-unknown-key');
    expect(error.keyPath).toBe('steps[0].outcom');
    expect(error.args).toMatchObject({ suggestion: 'outcome' });
    expect(error.place).toMatchObject({ file: 'x.yml', line: 7 });
    expect(say('sv', 'error', error.code, error.args)).toContain('menade du "outcome"?');
  });

  it('names a wrong type with the key path and the value', () => {
    const error = configError(VALID.replace('alpha: 0.01', 'alpha: hög'));
    expect(error.code).toBe('config-invalid');
    expect(error.keyPath).toBe('thresholds.alpha');
    expect(say('en', 'error', error.code, error.args)).toBe('thresholds.alpha: expected a number, got "hög".');
  });

  it('rejects a condition with two operators, or none', () => {
    const error = configError(VALID.replace('equals: Utredning inleds }\n  - name: Insats', 'equals: Utredning inleds, in: [A] }\n  - name: Insats'));
    expect(error.keyPath).toBe('steps[0].outcome');
    expect(say('en', 'error', error.code, error.args)).toContain('exactly one of equals');
  });

  it('requires exactly one sex source', () => {
    const error = configError(VALID.replace('  column: Kön', '  column: Kön\n  personnummer: Pnr'));
    expect(error.keyPath).toBe('sex');
  });

  it('rejects duplicate step names', () => {
    expect(configError(VALID.replace('name: Insats beviljas', 'name: Utredning inleds')).keyPath).toBe('steps[1].name');
  });

  it('reports a YAML syntax error with its line', () => {
    const error = configError('sex:\n  column: Kön\nsteps: [\n');
    expect(error.code).toBe('config-yaml');
    expect(error.place?.line).toBeGreaterThan(0);
  });

  it('says what a YAML syntax problem means, in Swedish and English, never the parser\'s English', () => {
    const cases: ReadonlyArray<[text: string, line: number, sv: RegExp, en: RegExp]> = [
      ['sex:\n\tcolumn: Kön\n', 2, /tabbtecken/, /indented with tabs/],
      ['by: [a]\nby: [b]\n', 2, /redan tidigare på samma nivå/, /already appears earlier/],
      ['steps:\n  - name: "Utredning\n', 3, /avslutande citattecken/, /closing quote/],
      ['sex:\n  column: Kön\n by: [X]\n', 3, /indraget stämmer inte/, /indentation does not match/],
      ['steps:\n  - name: a: b\n', 2, /behöver citattecken/, /needs quotes/],
    ];
    for (const [text, line, sv, en] of cases) {
      const error = configError(text);
      expect(error.code, text).toBe('config-yaml');
      expect(error.place?.line, text).toBe(line);
      const swedish = say('sv', 'error', error.code, error.args);
      expect(swedish, text).toMatch(sv);
      expect(swedish, text).not.toMatch(/must|allowed|Missing|unique|at line/);
      expect(say('en', 'error', error.code, error.args), text).toMatch(en);
    }
  });

  it('names the last line of a YAML problem that spans several', () => {
    const error = configError('sex:\n  column: Kön\n    values: {a: female}\nby: [X]\n');
    expect(error.place?.line).toBe(2);
    expect(say('sv', 'error', error.code, error.args)).toContain('till och med rad 3');
  });

  it('reports an empty file', () => {
    expect(configError('').code).toBe('config-empty');
  });

  it('suggests top-level keys', () => {
    const error = configError(`${VALID}\ntreshold: 3\n`);
    expect(error.args).toMatchObject({ suggestion: 'thresholds' });
  });

  it('validates objects built from flags with the same schema', () => {
    expect(() => validateConfig({ sex: { column: 'K' }, steps: [] }, 'command line')).toThrow(ConfigError);
  });
});
