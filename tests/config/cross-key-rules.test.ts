/**
 * Rules that span several keys are checked when the configuration is loaded, with the
 * key path and the line of the YAML file, before any extract is read.
 */
import { describe, expect, it } from 'vitest';
import { parseConfigText } from '../../src/config/load.js';
import { say } from '../../src/i18n/catalogue.js';
import { configError } from '../helpers/config-error.js';

const BASE = `sex:
  personnummer: Pnr
steps:
  - name: A
    outcome: { column: X, equals: Ja }
`;

describe('rules across keys', () => {
  it('population.by must be a by variable', () => {
    const error = configError(`${BASE}by: [Stadsdel]\npopulation:\n  file: bef.csv\n  sex: Kön\n  count: Antal\n  by: [Stadsdel, Ålder]\n`);
    expect(error).toMatchObject({ code: 'population-by-not-in-analysis', args: { variable: 'Ålder' }, keyPath: 'population.by[1]', place: { file: 'x.yml', line: 11 } });
    expect(say('en', 'error', error.code, error.args)).toBe('population.by names "Ålder", which is not in by. Add it to by or remove it from population.by.');
  });

  it('the sex personnummer column may not split tables in by, also inside an intersection', () => {
    expect(configError(`${BASE}by:\n  - Stadsdel\n  - Stadsdel * Pnr\n`)).toMatchObject({ code: 'personnummer-as-group', args: { column: 'Pnr' }, keyPath: 'by[1]', place: { line: 8 } });
  });

  it('nor in explain, of the configuration or of a step', () => {
    expect(configError(`${BASE}explain:\n  need: [Risk, Pnr]\n`)).toMatchObject({ code: 'personnummer-as-group', keyPath: 'explain.need[1]', place: { line: 7 } });
    const inStep = BASE.replace('    outcome:', '    explain: { consent: [Pnr] }\n    outcome:');
    expect(configError(inStep)).toMatchObject({ code: 'personnummer-as-group', keyPath: 'steps[0].explain.consent[0]', place: { line: 5 } });
  });

  it('nor as the period column', () => {
    expect(configError(`${BASE}period: { column: Pnr, per: month }\n`)).toMatchObject({ code: 'personnummer-as-group', keyPath: 'period.column', place: { line: 6 } });
  });

  it('the person id column counts as personnummer too', () => {
    const text = BASE.replace('  personnummer: Pnr', '  column: Kön') + 'unit: { id: Id }\nby: [Id]\n';
    expect(configError(text)).toMatchObject({ code: 'personnummer-as-group', args: { column: 'Id' }, keyPath: 'by[0]' });
  });

  it('derived variables may not build on each other in a circle', () => {
    const text = `${BASE}derive:\n  Grupp:\n    map: { column: Band, values: { a: b } }\n  Band:\n    bins: { column: Grupp, edges: [0, 10] }\n`;
    const error = configError(text);
    expect(error).toMatchObject({ code: 'config-derived-cycle', args: { variables: 'Grupp → Band → Grupp' }, keyPath: 'derive.Grupp', place: { line: 7 } });
  });

  it('a valid configuration with derived variables over the personnummer passes', () => {
    const text = `${BASE}derive:\n  Ålder:\n    age: { personnummer: Pnr, at: Datum }\n  Åldersgrupp:\n    bins: { column: Ålder, edges: [0, 13, 18] }\nby: [Åldersgrupp]\n`;
    expect(() => parseConfigText(text, 'x.yml')).not.toThrow();
  });

  it('reports the keys themselves first when they are wrong', () => {
    expect(configError(`${BASE}by: [Pnr]\nthresholds: { alpha: 2 }\n`).code).toBe('config-invalid');
  });
});
