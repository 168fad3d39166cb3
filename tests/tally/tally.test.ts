import { describe, expect, it } from 'vitest';
import { validateConfig } from '../../src/config/load.js';
import { ColumnResolver } from '../../src/tally/columns.js';
import { Tally, type TableCounts } from '../../src/tally/tally.js';
import { parseCount } from '../../src/tally/count.js';
import { ConfigError } from '../../src/errors.js';

const HEADER = ['Kön', 'Stadsdel', 'Beslut', 'Antal'];

/** A table's counts in reading order: female yes, no; male yes, no; other yes, no. */
function inOrder({ female, male, other }: TableCounts): number[] {
  return [female.yes, female.no, male.yes, male.no, other.yes, other.no];
}

function makeTally(extra: Record<string, unknown> = {}): Tally {
  const config = validateConfig(
    {
      sex: { column: 'Kön' },
      by: ['Stadsdel'],
      steps: [
        { name: 'Beviljad', outcome: { column: 'Beslut', equals: 'Ja' } },
        { name: 'Bland ja', among: { column: 'Beslut', equals: 'Ja' }, outcome: { column: 'Stadsdel', in: ['Farsta'] } },
      ],
      ...extra,
    },
    'test.yml',
  );
  return new Tally(config, new ColumnResolver(HEADER, 'x.csv', 'test.yml'));
}

describe('Tally', () => {
  it('counts cells by sex and outcome, overall and per group', () => {
    const tally = makeTally();
    for (const row of [['Flicka', 'Farsta', 'Ja', ''], ['flicka', 'Farsta', 'Nej', ''], ['Pojke', 'Bromma', 'Ja', ''], ['K', 'Bromma', 'Ja', '']]) tally.add(row);
    expect(inOrder(tally.counts(0, 0, 0, 0))).toEqual([2, 1, 1, 0, 0, 0]);
    expect(tally.groupings[1]!.values).toEqual([['Farsta'], ['Bromma']]);
    const byLayer = tally.layerIndex(1, 0);
    expect(inOrder(tally.counts(0, byLayer, 0, 0))).toEqual([1, 1, 0, 0, 0, 0]);
    expect(inOrder(tally.counts(0, byLayer, 1, 0))).toEqual([1, 0, 1, 0, 0, 0]);
    expect(tally.state.steps[1]).toMatchObject({ taken: 3, notSelected: 1, usedRows: 3 });
  });

  it('accounts for every row: missing sex, other sex, missing outcome, ragged, total rows', () => {
    const tally = makeTally();
    tally.add(['', 'Farsta', 'Ja', '']);
    tally.add(['Annat', 'Farsta', 'Ja', '']);
    tally.add(['Pojke', 'Farsta', '  ', '']);
    tally.add(['Pojke', 'Farsta'], true);
    tally.add(['Totalt', '', '', '']);
    const step = tally.state.steps[0]!;
    expect(tally.state.rows).toBe(5);
    expect(tally.state.inputExcluded).toMatchObject({ 'ragged-row': 1, 'total-row': 1, 'invalid-count': 0 });
    expect(step.excluded).toEqual({ 'missing-sex': 1, 'invalid-personnummer': 0, 'missing-outcome': 1, 'unlisted-category': 0, 'invalid-measure': 0 });
    expect(inOrder(tally.counts(0, 0, 0, 0))).toEqual([0, 0, 0, 0, 1, 0]);
    expect(step.taken).toBe(3);
    expect(tally.state.rows).toBe(step.taken + step.notSelected + 2);
  });

  it('weights rows by the count column and excludes invalid counts', () => {
    const tally = makeTally({ count: 'Antal' });
    tally.add(['Flicka', 'Farsta', 'Ja', '12']);
    tally.add(['Flicka', 'Farsta', 'Ja', '1 200']);
    tally.add(['Pojke', 'Farsta', 'Nej', '-3']);
    tally.add(['Pojke', 'Farsta', 'Nej', 'tolv']);
    expect(inOrder(tally.counts(0, 0, 0, 0))).toEqual([1212, 0, 0, 0, 0, 0]);
    expect(tally.state.inputExcluded['invalid-count']).toBe(2);
    expect(tally.state.steps[0]!.usedCases).toBe(1212);
  });

  it('uses an explicit sex mapping, case-insensitively', () => {
    const tally = makeTally({ sex: { column: 'Kön', values: { '1': 'male', '2': 'female' } } });
    tally.add(['2', 'Farsta', 'Ja', '']);
    tally.add(['1', 'Farsta', 'Ja', '']);
    tally.add(['Flicka', 'Farsta', 'Ja', '']);
    expect(inOrder(tally.counts(0, 0, 0, 0))).toEqual([1, 0, 1, 0, 1, 0]);
  });

  it('counts a sex cell that names an Object property (constructor, __proto__) as other sex, with or without a mapping', () => {
    const odd = ['constructor', '__proto__', 'toString', 'hasOwnProperty'];
    for (const extra of [{}, { sex: { column: 'Kön', values: { '1': 'male', '2': 'female' } } }]) {
      const tally = makeTally(extra);
      tally.add(['Flicka', 'Farsta', 'Ja', '']);
      for (const value of odd) tally.add([value, 'Farsta', 'Ja', '']);
      const expected = 'values' in (extra.sex ?? {}) ? [0, 0, 0, 0, 5, 0] : [1, 0, 0, 0, 4, 0];
      expect(inOrder(tally.counts(0, 0, 0, 0))).toEqual(expected);
      expect(inOrder(tally.counts(0, tally.layerIndex(1, 0), 0, 0))).toEqual(expected);
      expect(tally.state.steps[0]!.usedRows).toBe(5);
    }
  });

  it('names the config key and suggests a column when one is missing', () => {
    try {
      makeTally({ by: ['Stadsdl'] });
      throw new Error('expected a ConfigError');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).keyPath).toBe('by[0]');
      expect((error as ConfigError).args).toMatchObject({ suggestion: 'Stadsdel' });
    }
  });
});

describe('parseCount', () => {
  it('reads whole non-negative numbers written the Swedish way', () => {
    expect(parseCount('12')).toBe(12);
    expect(parseCount(' 1 234 ')).toBe(1234);
    expect(parseCount('1\u00a0234')).toBe(1234);
    expect(parseCount('12,0')).toBe(12);
    expect(parseCount('0')).toBe(0);
  });
  it('refuses negative, fractional and text counts', () => {
    for (const bad of ['-1', '2,5', 'tolv', '', '1e3']) expect(parseCount(bad)).toBeNull();
  });
});
