/** The plan: a configuration compiled against a header into plain data the loop counts with. */
import { describe, expect, it } from 'vitest';
import { validateConfig } from '../../src/config/load.js';
import { ColumnResolver } from '../../src/tally/columns.js';
import { compilePlan, SEX_READINGS } from '../../src/tally/plan.js';
import { NO, YES } from '../../src/tally/cell-store.js';
import { ConfigError } from '../../src/errors.js';

const HEADER = ['Id', 'Kön', 'Stadsdel', 'Ålder', 'Beslut', 'Risk', 'Datum', 'Oanvänd'];

function plan(raw: Record<string, unknown>) {
  const config = validateConfig(raw, 'test.yml');
  return compilePlan(config, new ColumnResolver(HEADER, 'x.csv', 'test.yml'), { file: 'x.csv', line: 0 });
}

/** The row with one cell replaced. */
function replaced(row: readonly string[], at: number, value: string): string[] {
  return row.map((cell, index) => (index === at ? value : cell));
}

const BASE = {
  sex: { column: 'Kön' },
  by: ['Stadsdel', 'Stadsdel*Åldersgrupp'],
  derive: { Åldersgrupp: { bins: { column: 'Ålder', edges: [0, 7, 13, 18] } } },
  period: { column: 'Datum', per: 'year' },
  steps: [
    { name: 'Beviljad', outcome: { column: 'Beslut', equals: 'Ja' }, explain: { need: ['Risk'] } },
    { name: 'Bland ja', among: { column: 'Beslut', equals: 'Ja' }, outcome: { column: 'Stadsdel', in: ['Farsta'] } },
  ],
};

describe('compilePlan', () => {
  it('reads only the columns the configuration uses, each in its slot', () => {
    const compiled = plan(BASE);
    expect(compiled.usedColumns).toEqual([1, 2, 3, 4, 5, 6]);
    expect(compiled.sex!.slot).toBe(0);
    expect(compiled.groupings.map((grouping) => grouping.slots)).toEqual([[], [1], [1, 2]]);
    expect(compiled.steps.map((step) => step.kind)).toEqual(compiled.steps.map(() => ({ kind: 'binary' })));
    expect(compiled.headerWidth).toBe(HEADER.length);
  });

  it('pairs every grouping with every split, and counts each step in its own splits only', () => {
    const compiled = plan(BASE);
    expect(compiled.splits.map((split) => split.kind)).toEqual(['none', 'period', 'criterion']);
    expect(compiled.periodSplit).toBe(1);
    expect(compiled.layers).toHaveLength(3 * 3);
    expect(compiled.steps[0]!.criterionSplits).toEqual([2]);
    // Step 0: plain, period and its criterion in each grouping; step 1: plain and period.
    expect(compiled.steps[0]!.layers).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(compiled.steps[1]!.layers).toEqual([0, 1, 3, 4, 6, 7]);
  });

  it('compiles conditions into row functions of the row text', () => {
    const step = plan(BASE).steps[1]!;
    const row = ['1', 'Flicka', 'Farsta', '5', 'Ja', 'Låg', '2024-01-01', ''];
    expect(step.among!.compute(row)).toBe(1);
    expect(step.outcome!.compute(row)).toBe(YES);
    expect(step.outcome!.compute(replaced(row, 2, 'Bromma'))).toBe(NO);
    expect(step.outcomeMissing!.compute(replaced(row, 2, ''))).toBe(1);
    const sex = plan(BASE).sex!.reading;
    expect(SEX_READINGS[sex.compute(row)]).toBe('female');
    expect(SEX_READINGS[sex.compute(replaced(row, 1, ''))]).toBe('missing-sex');
  });

  it('plans persons with the rule and a day per row', () => {
    const unit = plan({ ...BASE, unit: { id: 'Id', rule: 'first', date: 'Datum' } }).unit!;
    expect(unit.rule).toBe('first');
    expect(unit.id(['a1', '', '', '', '', '', '', ''], { file: '', line: 0 })).toBe('a1');
    expect(unit.day!.compute(['', '', '', '', '', '', '1970-01-03', ''])).toBe(2);
    expect(unit.day!.compute(['', '', '', '', '', '', 'igår', ''])).toBe(Number.NEGATIVE_INFINITY);
  });

  it('names the key path of a column the header lacks', () => {
    expect(() => plan({ ...BASE, by: ['Stadsdl'] })).toThrow(ConfigError);
  });
});
