/**
 * Invariants of the categorical tests, checked with fast-check (the seed follows
 * tests/helpers/fast-check-seed.ts: fixed in CI, FC_SEED replays a run): category order and
 * the order of the two columns (sexes) never change a p-value, strata order never changes the
 * generalized CMH, and every result is a probability or no test with a reason, never NaN.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { categoriesTest } from '../../src/stats/categories-test.js';
import { cochranMantelHaenszel } from '../../src/stats/cochran-mantel-haenszel.js';
import { fisherExactRx2 } from '../../src/stats/fisher-exact-rx2.js';
import { fisherExactTest2x2 } from '../../src/stats/fisher-exact-2x2.js';
import { generalizedCmh } from '../../src/stats/generalized-cmh.js';
import type { TestResult } from '../../src/stats/types.js';
import { closeTo } from './tolerance.js';

type Row = [number, number];

// Exact tests are costly on large tables: keep the runs modest unless asked for more.
const runs = Number(process.env['STATS_PROPERTY_RUNS'] ?? 100);

/** Counts with zeros and small values common, sometimes large. */
const count = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 6 }) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 40 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 2000 }) },
  { weight: 1, arbitrary: fc.constant(0) },
);
const row = fc.tuple(count, count);
/** r×2 tables that the exact test finishes quickly: up to 12 rows of small counts, or a few large. */
const smallTable = fc.array(fc.tuple(fc.integer({ min: 0, max: 8 }), fc.integer({ min: 0, max: 8 })), { minLength: 0, maxLength: 12 });
const fewRows = fc.array(row, { minLength: 0, maxLength: 4 });
const table = fc.oneof(smallTable, fewRows);
/** A permutation of n items, as sort keys. */
const shuffled = <T>(items: readonly T[], keys: readonly number[]): T[] =>
  items.map((item, index) => ({ item, key: keys[index % Math.max(1, keys.length)] ?? 0, index }))
    .sort((a, b) => a.key - b.key || a.index - b.index)
    .map(({ item }) => item);
const keys = fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 12 });
const swap = (rows: readonly Row[]): Row[] => rows.map(([a, b]) => [b, a]);

const strataArray = fc.integer({ min: 2, max: 6 }).chain((categories) =>
  fc.array(fc.array(row, { minLength: categories, maxLength: categories }), { minLength: 0, maxLength: 6 }),
);

function expectProbability(result: TestResult): void {
  if (result.pValue === null) {
    expect(result.reason).not.toBeNull();
    expect(result.statistic).toBeNull();
  } else {
    expect(result.pValue).toBeGreaterThan(0);
    expect(result.pValue).toBeLessThanOrEqual(1);
    expect(result.reason).toBeNull();
    if (result.statistic !== null) expect(Number.isFinite(result.statistic)).toBe(true);
  }
}

function sameResult(a: TestResult, b: TestResult, label: string): void {
  expect(a.reason, label).toBe(b.reason);
  expect(a.test, label).toBe(b.test);
  closeTo(a.pValue, b.pValue, `${label} p`);
  closeTo(a.statistic, b.statistic, `${label} statistic`);
}

describe('fisherExactRx2 and categoriesTest', () => {
  it('give a probability or a reason, never NaN', () => {
    fc.assert(
      fc.property(table, (rows) => {
        expectProbability(fisherExactRx2(rows));
        expectProbability(categoriesTest(rows));
      }),
      { numRuns: runs },
    );
  });

  it('do not depend on the order of the categories or of the two columns', () => {
    fc.assert(
      fc.property(table, keys, (rows, order) => {
        const permuted = shuffled(rows, order);
        sameResult(fisherExactRx2(permuted), fisherExactRx2(rows), 'fisher, rows permuted');
        sameResult(fisherExactRx2(swap(rows)), fisherExactRx2(rows), 'fisher, columns swapped');
        sameResult(categoriesTest(permuted), categoriesTest(rows), 'categories, rows permuted');
        sameResult(categoriesTest(swap(rows)), categoriesTest(rows), 'categories, columns swapped');
      }),
      { numRuns: runs },
    );
  });

  it('equal the 2×2 exact test on two rows', () => {
    fc.assert(
      fc.property(row, row, ([yes1, no1], [yes2, no2]) => {
        const rx2 = fisherExactRx2([[yes1, no1], [yes2, no2]]);
        const twoByTwo = fisherExactTest2x2({ yes1, no1, yes2, no2 });
        expect(rx2.reason === null ? null : 'none').toBe(twoByTwo.reason === null ? null : 'none');
        if (rx2.pValue !== null) closeTo(rx2.pValue, twoByTwo.pValue, 'p');
      }),
      { numRuns: runs },
    );
  });
});

describe('generalizedCmh', () => {
  it('gives a probability or a reason, never NaN, and counts every stratum', () => {
    fc.assert(
      fc.property(strataArray, (strata) => {
        const result = generalizedCmh(strata);
        expectProbability(result);
        expect(result.strataUsed + result.strataDropped).toBe(strata.length);
      }),
      { numRuns: runs * 2 },
    );
  });

  it('does not depend on the order of strata, categories or columns', () => {
    fc.assert(
      fc.property(strataArray, keys, keys, (strata, strataOrder, categoryOrder) => {
        const reference = generalizedCmh(strata);
        sameResult(generalizedCmh(shuffled(strata, strataOrder)), reference, 'strata permuted');
        const categoriesPermuted = strata.map((stratum) => shuffled(stratum, categoryOrder));
        sameResult(generalizedCmh(categoriesPermuted), reference, 'categories permuted');
        sameResult(generalizedCmh(strata.map(swap)), reference, 'columns swapped');
      }),
      { numRuns: runs * 2 },
    );
  });

  it('equals the uncorrected 2×2×K CMH on two categories', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(row, row), { maxLength: 6 }), (pairs) => {
        const general = generalizedCmh(pairs.map(([first, second]) => [first, second]));
        const twoByTwo = cochranMantelHaenszel(
          pairs.map(([[yes1, yes2], [no1, no2]]) => ({ yes1, no1, yes2, no2 })),
          { correct: false },
        );
        expect(general.strataUsed).toBe(twoByTwo.strataUsed);
        if (twoByTwo.pValue === null) {
          expect(general.pValue).toBeNull();
        } else {
          closeTo(general.statistic, twoByTwo.statistic, 'statistic');
          closeTo(general.pValue, twoByTwo.pValue, 'p');
        }
      }),
      { numRuns: runs * 2 },
    );
  });
});
