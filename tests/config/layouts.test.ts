/**
 * The configuration of layouts with counts in columns: funnel steps (`of:`/`yes:`) and
 * wide by sex (`sex.columns`); each mistake is named by its key path and YAML line.
 */
import { describe, expect, it } from 'vitest';
import { parseConfigText } from '../../src/config/load.js';
import { say } from '../../src/i18n/catalogue.js';
import { configError } from '../helpers/config-error.js';

const FUNNEL = `sex: { column: Kön }
steps:
  - { name: Utredning inleds, of: Aktualiseringar, yes: Inledda utredningar }
  - { name: Insats beviljas, of: Inledda utredningar, yes: Beviljade insatser }
`;
const WIDE = `sex:
  columns: { Flickor: female, Pojkar: male, Totalt: total }
steps:
  - name: Utredning inleds
    outcome: { column: Beslut, equals: Ja }
`;

describe('funnel steps', () => {
  it('read of and yes, with no outcome', () => {
    const config = parseConfigText(FUNNEL, 'x.yml');
    expect(config.steps.map((step) => [step.outcome, step.funnel])).toEqual([
      [null, { of: 'Aktualiseringar', yes: 'Inledda utredningar' }],
      [null, { of: 'Inledda utredningar', yes: 'Beviljade insatser' }],
    ]);
  });

  it('take among: as a row filter', () => {
    const config = parseConfigText(FUNNEL.replace('{ name: Utredning inleds,', '{ name: Utredning inleds, among: { column: Typ, equals: Anmälan },'), 'x.yml');
    expect(config.steps[0]!.among).toEqual({ kind: 'equals', column: 'Typ', value: 'Anmälan' });
  });

  it('have either outcome or of and yes', () => {
    const both = configError(FUNNEL.replace('yes: Inledda utredningar }', 'yes: Inledda utredningar, outcome: { column: A, equals: B } }'));
    expect(both).toMatchObject({ code: 'config-invalid', keyPath: 'steps[0].of', place: { file: 'x.yml', line: 3 } });
    expect(say('en', 'error', both.code, both.args)).toBe('steps[0].of: a step has exactly one of outcome (a condition on each row), of and yes (two count columns of a funnel), categories (the categories of a column) or measure (a column of numbers).',);
    const neither = configError(FUNNEL.replace('of: Aktualiseringar, yes: Inledda utredningar', 'among: { column: A, equals: B }'));
    expect(neither).toMatchObject({ code: 'config-invalid', keyPath: 'steps[0].outcome', args: { expectation: { code: 'step-outcome-or-funnel' } } });
  });

  it('need both of and yes', () => {
    const error = configError(FUNNEL.replace('of: Aktualiseringar, yes: Inledda utredningar', 'of: Aktualiseringar'));
    expect(error).toMatchObject({ keyPath: 'steps[0].yes', args: { expectation: { code: 'step-funnel-needs-both' } }, place: { line: 3 } });
    expect(say('sv', 'error', error.code, error.args)).toContain('ett trattsteg behöver både of');
  });

  it('cannot be combined with count: or unit:', () => {
    const count = configError(`${FUNNEL}count: Antal\n`);
    expect(count).toMatchObject({ code: 'funnel-with-count', args: { step: 'Utredning inleds' }, keyPath: 'count', place: { line: 5 } });
    expect(say('en', 'error', count.code, count.args)).toBe(
      'count: cannot be used with the funnel step "Utredning inleds": its counts are in its of and yes columns. Remove count:, or write the step with outcome:.',
    );
    expect(configError(`${FUNNEL}unit: { id: Pnr }\n`)).toMatchObject({ code: 'funnel-with-unit', keyPath: 'unit', place: { line: 5 } });
  });
});

describe('wide by sex', () => {
  it('reads the sexes’ columns in order, the total among them', () => {
    expect(parseConfigText(WIDE, 'x.yml').sex).toEqual({
      kind: 'columns',
      columns: [
        { name: 'Flickor', role: 'female' },
        { name: 'Pojkar', role: 'male' },
        { name: 'Totalt', role: 'total' },
      ],
    });
  });

  it('needs a female and a male column, and no other sex source', () => {
    expect(configError(WIDE.replace('Pojkar: male', 'Pojkar: total'))).toMatchObject({ keyPath: 'sex.columns', args: { expectation: { code: 'sex-columns-need-both' } }, place: { line: 2 } });
    expect(configError(WIDE.replace('sex:\n', 'sex:\n  column: Kön\n'))).toMatchObject({ keyPath: 'sex', args: { expectation: { code: 'sex-one-source' } } });
    expect(configError(WIDE.replace('Totalt: total', 'Totalt: totalt'))).toMatchObject({ keyPath: 'sex.columns.Totalt', args: { expectation: { code: 'one-of' } } });
  });

  it('cannot be combined with count: or unit:', () => {
    expect(configError(`${WIDE}count: Antal\n`)).toMatchObject({ code: 'wide-with-count', keyPath: 'count', place: { line: 6 } });
    expect(configError(`${WIDE}unit: { id: Pnr }\n`)).toMatchObject({ code: 'wide-with-unit', keyPath: 'unit', place: { line: 6 } });
  });
});
