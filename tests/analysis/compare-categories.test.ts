/**
 * One categorical row on hand-made tables, against R (values from R 4.2.2, printed with
 * digits = 17): chisq.test(cbind(female, male), correct = FALSE) for the distribution,
 * the 2×2 of each category against the rest, wilcox.test on the category order,
 * fisher.test when an expected count is below 5, mantelhaen.test on the r×2×K array.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  categoriesWithinStrata,
  categoryCounts,
  compareCategories,
  distributionWithinStrata,
  trendTest,
  withCategoryCriteria,
  type CategoryStratum,
} from '../../src/analysis/compare-categories.js';
import { compareWithinStrata } from '../../src/analysis/criteria.js';
import type { CategoryTable } from '../../src/tally/tally.js';

const OPTIONS = { yates: false, thresholds: { alpha: 0.05 } };
const NEED = { criterion: 'need' as const, variables: ['Risk'] };
const close = (actual: number | null, expected: number, relative = 1e-9): void => {
  expect(actual).not.toBeNull();
  expect(Math.abs(actual! - expected)).toBeLessThanOrEqual(relative * Math.abs(expected));
};

const table = (female: number[], male: number[], other: number[] = female.map(() => 0)): CategoryTable => ({ female, male, other });
const VALUES = ['Beteende', 'Psykisk ohälsa', 'Våld'];
const TABLE = table([30, 10, 5], [12, 25, 20]);

describe('a categorical row', () => {
  const row = compareCategories('Kontaktorsak', null, null, VALUES, TABLE, 3, OPTIONS);

  it('tests the distribution with Pearson\'s chi-square as R\'s chisq.test', () => {
    expect(row).toMatchObject({ test: 'chi2', df: 2, female: { n: 45 }, male: { n: 57 }, other: { n: 0 }, ordered: true });
    close(row.statistic, 22.036090225563903);
    close(row.p, 1.6403019687744939e-5);
  });

  it('compares each category against the rest as a yes/no row', () => {
    expect(row.categories.map((category) => category.value)).toEqual(VALUES);
    const expected = [
      [21.601503759398486, 3.3558861812112421e-6],
      [5.2234317136123884, 0.022284532754077029],
      [7.8132604237867405, 0.0051864247480288093],
    ];
    row.categories.forEach((category, index) => {
      expect(category.test).toBe('chi2');
      close(category.statistic, expected[index]![0]!);
      close(category.p, expected[index]![1]!);
    });
    expect(row.categories[0]).toMatchObject({ female: { n: 45, yes: 30 }, male: { n: 57, yes: 12 } });
    close(row.categories[0]!.diffPp, (30 / 45 - 12 / 57) * 100);
    expect(row.categories[0]!.ci95![0]).toBeLessThan(row.categories[0]!.diffPp!);
  });

  it('tests ordered categories for a trend with Wilcoxon\'s rank-sum test on the order', () => {
    expect(row.trend).toMatchObject({ test: 'wilcoxon', reason: null });
    close(row.trend!.statistic, 660);
    close(row.trend!.p, 7.4279257994854707e-6, 1e-7);
    expect(compareCategories('K', null, null, VALUES, TABLE, null, OPTIONS).trend).toBeNull();
  });

  it('takes Fisher\'s exact test when an expected count is below 5, as R\'s fisher.test', () => {
    const small = compareCategories('K', null, null, VALUES, table([3, 1, 0], [0, 2, 4]), null, OPTIONS);
    expect(small.test).toBe('fisher');
    close(small.p, 0.033333333333333236, 1e-7);
  });

  it('leaves a pooled other category after the ordered ones out of the trend', () => {
    const withOther = compareCategories('K', null, null, [...VALUES, 'Övrigt'], table([30, 10, 5, 7], [12, 25, 20, 1]), 3, OPTIONS);
    expect(withOther.trend).toEqual(row.trend);
    expect(withOther.female.n).toBe(52);
  });

  it('has no trend test when a sex has no case', () => {
    expect(trendTest(table([0, 0, 0], [1, 2, 3]), 3)).toMatchObject({ test: null, p: null, reason: 'empty-margin', higher: null });
    expect(trendTest(table([0, 0], [0, 0]), 2)).toMatchObject({ test: null, reason: 'no-cases', higher: null });
  });

  it('says which sex lies higher on the scale: W above or below half the pairs', () => {
    // Girls mostly in the last (highest) category, boys in the first.
    const girlsHigher = trendTest(table([2, 5, 20], [20, 5, 2]), 3);
    expect(girlsHigher.statistic).toBeGreaterThan((27 * 27) / 2);
    expect(girlsHigher.higher).toBe('female');
    expect(trendTest(table([20, 5, 2], [2, 5, 20]), 3).higher).toBe('male');
    // The same distribution for both: W is exactly half the pairs, neither is higher.
    expect(trendTest(table([4, 6, 8], [4, 6, 8]), 3)).toMatchObject({ statistic: (18 * 18) / 2, higher: null });
  });

  it('makes the 2×2 of a category against the rest, for every sex', () => {
    expect(categoryCounts(table([1, 2, 3], [4, 5, 6], [0, 7, 0]), 1)).toEqual({ female: { yes: 2, no: 4 }, male: { yes: 5, no: 10 }, other: { yes: 7, no: 0 } });
  });
});

describe('a categorical row within the strata of a criterion', () => {
  // Two strata whose sum is TABLE.
  const strata: CategoryStratum[] = [
    { label: 'Hög', table: table([20, 5, 3], [6, 15, 10]) },
    { label: 'Låg', table: table([10, 5, 2], [6, 10, 10]) },
  ];

  it('tests the distribution with the generalized CMH test as R\'s mantelhaen.test', () => {
    const adjusted = distributionWithinStrata(NEED, 3, strata);
    expect(adjusted).toMatchObject({ criterion: 'need', for: ['Risk'], test: 'cmh', df: 2, q: null, strata: { used: 2, dropped: 0 }, reason: null });
    close(adjusted.statistic, 21.310611971107775);
    close(adjusted.p, 2.3575418315938414e-5);
  });

  it('compares each category against the rest within the strata as a yes/no row is', () => {
    const perCategory = categoriesWithinStrata(NEED, 3, strata, 20);
    expect(perCategory).toHaveLength(3);
    expect(perCategory[2]).toEqual(compareWithinStrata(NEED, strata.map((stratum) => ({ label: stratum.label, counts: categoryCounts(stratum.table, 2) })), 20));
  });

  it('cannot examine a criterion when every case lies in one stratum', () => {
    const single = distributionWithinStrata(NEED, 3, [strata[0]!, { label: 'Låg', table: table([0, 0, 0], [0, 0, 0]) }]);
    expect(single).toMatchObject({ test: null, p: null, reason: 'single-stratum', strata: { used: 1, dropped: 1 } });
  });

  it('attaches one distribution test per criterion to the row and one comparison per criterion to each category', () => {
    const row = withCategoryCriteria(compareCategories('K', null, null, VALUES, TABLE, null, OPTIONS), [NEED, { criterion: 'consent', variables: ['Samtycke'] }], () => strata, 20);
    expect(row.adjusted.map((adjusted) => adjusted.criterion)).toEqual(['need', 'consent']);
    expect(row.categories.every((category) => category.adjusted.length === 2)).toBe(true);
  });
});

describe('invariants of a categorical row', () => {
  const counts = fc.array(fc.nat({ max: 40 }), { minLength: 2, maxLength: 6 });
  const tables = counts.chain((female) => fc.tuple(fc.constant(female), fc.array(fc.nat({ max: 40 }), { minLength: female.length, maxLength: female.length })));

  it('the order of the categories does not change the distribution\'s p, nor any category\'s', () => {
    fc.assert(
      fc.property(tables, fc.nat(), ([female, male], seed) => {
        const values = female.map((_, index) => `k${index}`);
        const order = values.map((_, index) => index).sort((a, b) => ((a * 7919 + seed) % 13) - ((b * 7919 + seed) % 13) || a - b);
        const row = compareCategories('K', null, null, values, table(female, male), null, OPTIONS);
        const shuffled = compareCategories('K', null, null, order.map((index) => values[index]!), table(order.map((index) => female[index]!), order.map((index) => male[index]!)), null, OPTIONS);
        if (row.p === null) expect(shuffled.p).toBeNull();
        else expect(shuffled.p).toBeCloseTo(row.p, 12);
        for (const category of shuffled.categories) {
          expect(category.p).toEqual(row.categories.find((original) => original.value === category.value)!.p);
        }
      }),
    );
  });

  it('the order of the categories and of the strata does not change the generalized CMH p', () => {
    const strataArbitrary = fc.integer({ min: 2, max: 5 }).chain((categories) =>
      fc.array(fc.tuple(fc.array(fc.nat({ max: 25 }), { minLength: categories, maxLength: categories }), fc.array(fc.nat({ max: 25 }), { minLength: categories, maxLength: categories })), { minLength: 2, maxLength: 4 }),
    );
    fc.assert(
      fc.property(strataArbitrary, (drawn) => {
        const categories = drawn[0]![0].length;
        const strata = drawn.map(([female, male], index) => ({ label: `s${index}`, table: table(female, male) }));
        const reversed = (counts: readonly number[]) => [...counts].reverse();
        const permuted = [...strata].reverse().map((stratum) => ({ label: stratum.label, table: table(reversed(stratum.table.female), reversed(stratum.table.male)) }));
        const original = distributionWithinStrata(NEED, categories, strata);
        const other = distributionWithinStrata(NEED, categories, permuted);
        expect(other.reason).toBe(original.reason);
        if (original.p === null) expect(other.p).toBeNull();
        else expect(other.p).toBeCloseTo(original.p, 9);
      }),
    );
  });

  it('swapping the sexes does not change any p, and turns each difference round', () => {
    fc.assert(
      fc.property(tables, fc.boolean(), ([female, male], ordered) => {
        const values = female.map((_, index) => `k${index}`);
        const row = compareCategories('K', null, null, values, table(female, male), ordered ? values.length : null, OPTIONS);
        const swapped = compareCategories('K', null, null, values, table(male, female), ordered ? values.length : null, OPTIONS);
        if (row.p === null) expect(swapped.p).toBeNull();
        else expect(swapped.p).toBeCloseTo(row.p, 12);
        if (row.trend?.p != null) expect(swapped.trend!.p).toBeCloseTo(row.trend.p, 12);
        row.categories.forEach((category, index) => {
          if (category.p === null) expect(swapped.categories[index]!.p).toBeNull();
          else expect(swapped.categories[index]!.p).toBeCloseTo(category.p, 12);
          if (category.diffPp !== null) expect(swapped.categories[index]!.diffPp).toBeCloseTo(-category.diffPp, 9);
        });
      }),
    );
  });
});

describe('categoryCounts with the totals given', () => {
  it('equals categoryCounts summing the table itself', () => {
    const counts = fc.array(fc.integer({ min: 0, max: 40 }), { maxLength: 6 });
    fc.assert(
      fc.property(counts, counts, counts, fc.integer({ min: 0, max: 6 }), (female, male, other, category) => {
        const given = { female, male, other };
        const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
        expect(categoryCounts(given, category, { female: sum(female), male: sum(male), other: sum(other) })).toEqual(categoryCounts(given, category));
      }),
    );
  });
});

describe('categoriesWithinStrata made from 2×2 tables directly', () => {
  it('equals compareWithinStrata on each category against the rest, for any strata', () => {
    const counts = fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 3, maxLength: 3 });
    const stratum = fc.tuple(counts, counts, counts);
    fc.assert(
      fc.property(fc.array(stratum, { minLength: 1, maxLength: 6 }), fc.integer({ min: 0, max: 20 }), (given, minN) => {
        const strata = given.map(([female, male, other], index) => ({ label: `S${index}`, table: { female, male, other } }));
        const perCategory = categoriesWithinStrata(NEED, 3, strata, minN);
        for (let category = 0; category < 3; category++) {
          expect(perCategory[category]).toEqual(compareWithinStrata(NEED, strata.map((entry) => ({ label: entry.label, counts: categoryCounts(entry.table, category) })), minN));
        }
      }),
      { numRuns: 500 },
    );
  });
});
