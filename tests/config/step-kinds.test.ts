/**
 * The configuration of categorical (`categories:`) and numeric (`measure:`) steps
 * (issue 15): what they read into, and every mistake named by its key path and line,
 * in both languages.
 */
import { describe, expect, it } from 'vitest';
import { parseConfigText } from '../../src/config/load.js';
import { say } from '../../src/i18n/catalogue.js';
import { configError } from '../helpers/config-error.js';

const BASE = `sex: { column: Kön }
steps:
  - name: Kontaktorsak
    categories: { column: Kontaktorsak }
  - name: Risk
    categories: { column: Risk, ordered: [Låg, Medel, Hög] }
  - name: Urval
    categories: { column: Kontaktorsak, values: [Beteende, Psykisk ohälsa], other: Övrigt }
  - name: Handläggningstid
    measure: { column: Dagar, unit: dagar, minShift: 7 }
`;

/** The configuration with the line `from` replaced by `to` (each must occur). */
function edited(from: string, to: string): string {
  if (!BASE.includes(from)) throw new Error(`not in BASE: ${from}`);
  return BASE.replace(from, to);
}

describe('categories: and measure: steps', () => {
  it('read into CategoriesConfig and MeasureConfig', () => {
    const config = parseConfigText(BASE, 'x.yml');
    expect(config.steps.map((step) => [step.outcome, step.funnel, step.categories, step.measure])).toEqual([
      [null, null, { column: 'Kontaktorsak', values: null, ordered: false, other: null }, null],
      [null, null, { column: 'Risk', values: ['Låg', 'Medel', 'Hög'], ordered: true, other: null }, null],
      [null, null, { column: 'Kontaktorsak', values: ['Beteende', 'Psykisk ohälsa'], ordered: false, other: 'Övrigt' }, null],
      [null, null, null, { column: 'Dagar', unit: 'dagar', minShift: 7 }],
    ]);
    expect(config.thresholds.minShift).toBe(0);
  });

  it('leave a yes/no step with no categories and no measure', () => {
    const config = parseConfigText(`sex: { column: Kön }\nsteps:\n  - { name: A, outcome: { column: B, equals: C } }\n`, 'x.yml');
    expect(config.steps[0]).toMatchObject({ categories: null, measure: null });
  });

  it('read numbers in a list as text, and measure defaults as null', () => {
    const config = parseConfigText(edited('ordered: [Låg, Medel, Hög]', 'ordered: [1, 2, 3]').replace(', unit: dagar, minShift: 7', ''), 'x.yml');
    expect(config.steps[1]!.categories!.values).toEqual(['1', '2', '3']);
    expect(config.steps[3]!.measure).toEqual({ column: 'Dagar', unit: null, minShift: null });
  });

  it('read thresholds.minShift', () => {
    expect(parseConfigText(`${BASE}thresholds: { minShift: 3.5 }\n`, 'x.yml').thresholds.minShift).toBe(3.5);
    const negative = configError(`${BASE}thresholds: { minShift: -1 }\n`);
    expect(negative).toMatchObject({ code: 'config-invalid', keyPath: 'thresholds.minShift' });
    expect(configError(edited('minShift: 7', 'minShift: -7'))).toMatchObject({ keyPath: 'steps[3].measure.minShift', place: { line: 10 } });
  });

  it('have one kind of outcome per step', () => {
    const both = configError(edited('categories: { column: Kontaktorsak }', 'categories: { column: Kontaktorsak }\n    measure: { column: Dagar }'));
    expect(both).toMatchObject({ code: 'config-invalid', keyPath: 'steps[0].measure', place: { line: 5 }, args: { expectation: { code: 'step-one-kind', args: { found: 'categories, measure' } } } });
    expect(say('en', 'error', both.code, both.args)).toBe(
      'steps[0].measure: a step has exactly one of outcome (a condition on each row), of and yes (a funnel), categories (the categories of a column) or measure (a column of numbers) (has: categories, measure); split it into several steps.',
    );
    expect(say('sv', 'error', both.code, both.args)).toContain('steps[0].measure: ett steg har exakt en av');
    const withOutcome = configError(edited('measure: { column: Dagar, unit: dagar, minShift: 7 }', 'measure: { column: Dagar }\n    outcome: { column: A, equals: B }'));
    expect(withOutcome).toMatchObject({ keyPath: 'steps[3].measure', args: { expectation: { args: { found: 'outcome, measure' } } } });
    const withFunnel = configError(edited('categories: { column: Kontaktorsak }', 'categories: { column: Kontaktorsak }\n    yes: Antal'));
    expect(withFunnel).toMatchObject({ keyPath: 'steps[0].categories', args: { expectation: { args: { found: 'of/yes, categories' } } } });
  });

  it('refuse values and ordered together', () => {
    const error = configError(edited('ordered: [Låg, Medel, Hög]', 'ordered: [Låg, Hög], values: [Låg, Hög]'));
    expect(error).toMatchObject({ keyPath: 'steps[1].categories.ordered', place: { line: 6 }, args: { expectation: { code: 'categories-values-or-ordered' } } });
    expect(say('sv', 'error', error.code, error.args)).toBe(
      'steps[1].categories.ordered: ange antingen values (kategorierna i visningsordning) eller ordered (kategorierna i en ordning som betyder något, t.ex. Låg, Medel, Hög), inte båda.',
    );
    expect(say('en', 'error', error.code, error.args)).toContain('give either values');
  });

  it('refuse empty lists, blank and duplicate values', () => {
    expect(configError(edited('ordered: [Låg, Medel, Hög]', 'ordered: []'))).toMatchObject({
      keyPath: 'steps[1].categories.ordered',
      args: { expectation: { code: 'non-empty' } },
    });
    expect(configError(edited('values: [Beteende, Psykisk ohälsa]', 'values: []'))).toMatchObject({ keyPath: 'steps[2].categories.values' });
    const duplicate = configError(edited('ordered: [Låg, Medel, Hög]', 'ordered: [Låg, Medel, " Låg"]'));
    expect(duplicate).toMatchObject({ keyPath: 'steps[1].categories.ordered[2]', args: { expectation: { code: 'categories-duplicate-value' } } });
    expect(say('en', 'error', duplicate.code, duplicate.args)).toBe(
      'steps[1].categories.ordered[2]: the value is already in the list (or is listed and is other as well); each category may appear once, got " Låg".',
    );
    expect(configError(edited('other: Övrigt', 'other: Beteende'))).toMatchObject({
      keyPath: 'steps[2].categories.other',
      args: { expectation: { code: 'categories-duplicate-value' } },
    });
    expect(configError(edited('ordered: [Låg, Medel, Hög]', 'ordered: [Låg, "", Hög]'))).toMatchObject({
      keyPath: 'steps[1].categories.ordered[1]',
      args: { expectation: { code: 'categories-blank-value' } },
    });
  });

  it('refuse unknown keys with a suggestion', () => {
    const error = configError(edited('other: Övrigt', 'others: Övrigt'));
    expect(error).toMatchObject({ code: 'config-unknown-key', keyPath: 'steps[2].categories.others', args: { suggestion: 'other' } });
    expect(configError(edited('unit: dagar', 'units: dagar'))).toMatchObject({ code: 'config-unknown-key', args: { suggestion: 'unit' } });
  });

  it('refuse unit: with rule any (given or by default), and say to use first or last', () => {
    const byDefault = configError(`${BASE}unit: { id: Pnr }\n`);
    expect(byDefault).toMatchObject({ code: 'unit-any-with-kind', keyPath: 'unit', args: { step: 'Kontaktorsak', key: 'categories' }, place: { line: 11 } });
    expect(say('sv', 'error', byDefault.code, byDefault.args)).toContain('Ange rule: first eller rule: last');
    expect(say('en', 'error', byDefault.code, byDefault.args)).toContain('Give rule: first or rule: last');
    const measureOnly = `sex: { column: Kön }\nsteps:\n  - { name: Tid, measure: { column: Dagar } }\nunit: { id: Pnr, rule: any }\n`;
    expect(configError(measureOnly)).toMatchObject({ code: 'unit-any-with-kind', keyPath: 'unit.rule', args: { step: 'Tid', key: 'measure' } });
    expect(parseConfigText(`${BASE}unit: { id: Pnr, rule: last, date: Datum }\n`, 'x.yml').unit).toEqual({ id: 'Pnr', rule: 'last', date: 'Datum' });
  });

  it('refuse a categorical or numeric population.step, named or the first step by default', () => {
    const population = (step: string) => `${BASE}  - { name: Ja, outcome: { column: A, equals: B } }\npopulation: { file: bef.csv, sex: Kön, count: Antal${step} }\n`;
    const named = configError(population(', step: Handläggningstid'));
    expect(named).toMatchObject({ code: 'population-step-kind', keyPath: 'population.step', args: { step: 'Handläggningstid', key: 'measure' } });
    expect(say('en', 'error', named.code, named.args)).toContain('population.step must be a yes/no step');
    expect(say('sv', 'error', named.code, named.args)).toContain('population.step ska vara ett ja/nej-steg');
    expect(configError(population(''))).toMatchObject({ code: 'population-step-kind', keyPath: 'population', args: { step: 'Kontaktorsak', key: 'categories' } });
    expect(parseConfigText(population(', step: Ja'), 'x.yml').population?.step).toBe('Ja');
  });

  it('refuse categories and measures beside a funnel step', () => {
    const funnel = `${BASE}  - { name: Tratt, of: Alla, yes: Några }\n`;
    const error = configError(funnel);
    expect(error).toMatchObject({ code: 'funnel-with-kind', keyPath: 'steps[0].categories', args: { step: 'Kontaktorsak', funnelStep: 'Tratt', key: 'categories' } });
    expect(say('en', 'error', error.code, error.args)).toContain('cannot be used in a funnel');
    expect(say('sv', 'error', error.code, error.args)).toContain('kan inte användas i en tratt');
  });

  it('accept categories and measures with count: and wide by sex', () => {
    expect(parseConfigText(`${BASE}count: Antal\n`, 'x.yml').count).toBe('Antal');
    const wide = BASE.replace('sex: { column: Kön }', 'sex:\n  columns: { Flickor: female, Pojkar: male }');
    expect(parseConfigText(wide, 'x.yml').sex.kind).toBe('columns');
  });
});
