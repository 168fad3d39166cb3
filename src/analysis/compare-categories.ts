/**
 * The comparison of female and male cases on a categorical outcome (a step with
 * `categories:`) in one row: the test of the whole distribution (Pearson's chi-square on
 * the categories × sex table, Fisher's exact test when an expected count is below 5, as
 * gtsummary and tableone do), each category against the rest as a yes/no row (test,
 * difference and Newcombe interval), Wilcoxon's test on the order of ordered categories;
 * and, per criterion, the generalized Cochran–Mantel–Haenszel test of the distribution and
 * each category's stratified comparison (the basis of its verdict). q-values, flags and
 * verdicts are made over the run (analyze.ts).
 */
import { categoriesTest } from '../stats/categories-test.js';
import { generalizedCmh } from '../stats/generalized-cmh.js';
import { wilcoxonRankSum } from '../stats/wilcoxon-rank-sum.js';
import type { TestResult, TwoByTwo } from '../stats/types.js';
import type { WeightedSample } from '../stats/weighted-sample.js';
import type { CriterionConfig } from '../config/types.js';
import type { AdjustedComparison, CategoryComparison, CategoryResult, DistributionAdjusted } from '../model/report.js';
import type { CategoryTable, TableCounts } from '../tally/tally.js';
import { compareSexShares } from './compare-group.js';
import { compareWithinStrataTables } from './criteria.js';

/** A category before the run-wide adjustment: q, flag and verdict come later. */
export type UnadjustedCategoryComparison = Omit<CategoryComparison, 'q' | 'flag' | 'verdict' | 'explainedBy' | 'insufficientFor' | 'inconclusiveFor'>;

/** The trend test of ordered categories before the adjustment. */
export type UnadjustedTrend = Omit<NonNullable<CategoryResult['trend']>, 'q'>;

/** A categorical row before the run-wide adjustment. */
export interface UnadjustedCategoryResult extends Omit<CategoryResult, 'q' | 'flag' | 'categories' | 'trend'> {
  readonly trend: UnadjustedTrend | null;
  readonly categories: readonly UnadjustedCategoryComparison[];
}

/** One stratum of a criterion for a categorical step: its values joined (the label) and its table. */
export interface CategoryStratum {
  readonly label: string;
  readonly table: CategoryTable;
}

const sum = (counts: readonly number[]): number => counts.reduce((total, count) => total + count, 0);

/** The rows (categories) × columns (female, male) of a table, as the r×2 tests take them. */
function sexColumns(table: CategoryTable, categories: number): [number, number][] {
  return Array.from({ length: categories }, (_, index) => [table.female[index] ?? 0, table.male[index] ?? 0] as [number, number]);
}

/** Cases per sex in a categorical table: what categoryCounts subtracts a category from. */
interface SexTotals {
  readonly female: number;
  readonly male: number;
  readonly other: number;
}

const totalsOf = (table: CategoryTable): SexTotals => ({ female: sum(table.female), male: sum(table.male), other: sum(table.other) });

/**
 * The 2×2 of one category against the rest: `yes` the cases in the category, `no` the
 * others of the same sex. `totals` (the table's cases per sex) may be passed when the
 * caller takes every category of the same table, so they are summed once.
 */
export function categoryCounts(table: CategoryTable, category: number, totals: SexTotals = totalsOf(table)): TableCounts {
  const female = table.female[category] ?? 0;
  const male = table.male[category] ?? 0;
  const other = table.other[category] ?? 0;
  return { female: { yes: female, no: totals.female - female }, male: { yes: male, no: totals.male - male }, other: { yes: other, no: totals.other - other } };
}

function distributionTestName(test: TestResult): 'chi2' | 'fisher' | null {
  if (test.test === 'chi2-rx2' || test.test === 'chi2') return 'chi2';
  return test.test === 'fisher-rx2' || test.test === 'fisher' ? 'fisher' : null;
}

/** One sex's cases on the category order 1..r, zero counts left out (a weighted sample's counts are positive). */
function orderSample(counts: readonly number[], categories: number): WeightedSample & { readonly counts: number[] } {
  const values: number[] = [];
  const weights: number[] = [];
  for (let index = 0; index < categories; index++) {
    const count = counts[index] ?? 0;
    if (count > 0) {
      values.push(index + 1);
      weights.push(count);
    }
  }
  return { values, counts: weights };
}

/**
 * Wilcoxon's rank-sum test of ordered categories, female against male, on the positions
 * 1..r of the first r = `categories` categories (ties handled as R's wilcox.test does: every case of a category
 * shares its mid-rank). A sex without cases leaves nothing to compare.
 */
export function trendTest(table: CategoryTable, categories: number): UnadjustedTrend {
  const female = orderSample(table.female, categories);
  const male = orderSample(table.male, categories);
  const femaleN = sum(female.counts);
  const maleN = sum(male.counts);
  // Degenerate: one sex (or both) has no case, so there are no two samples to rank.
  if (femaleN === 0 || maleN === 0) return { test: null, statistic: null, p: null, reason: femaleN + maleN === 0 ? 'no-cases' : 'empty-margin', higher: null };
  const test = wilcoxonRankSum(female, male);
  // W counts the (female, male) pairs where the girl's case lies higher on the scale (ties a half): above half the pairs, girls' cases lie higher.
  const middle = (femaleN * maleN) / 2;
  const higher = test.statistic === null || test.statistic === middle ? null : test.statistic > middle ? 'female' : 'male';
  return { test: test.test === 'wilcoxon' ? 'wilcoxon' : null, statistic: test.statistic, p: test.pValue, reason: test.reason, higher };
}

/**
 * Compares one row's table of a categorical step: `values` are the step's categories in
 * display order (the table's counts are aligned with them). `ordered` is null when the
 * categories have no order, else how many leading categories the order covers: a pooled
 * `other` category after them has no place in the order and is left out of the trend
 * test (it stays in every other test). The yes/no steps' options (`yates`, the alpha of the
 * detectable difference) apply to each category's 2×2.
 */
export function compareCategories(
  step: string,
  by: string | null,
  group: string | null,
  values: readonly string[],
  table: CategoryTable,
  ordered: number | null,
  options: { readonly yates: boolean; readonly thresholds: { readonly alpha: number } },
): UnadjustedCategoryResult {
  const test = categoriesTest(sexColumns(table, values.length));
  const totals = totalsOf(table);
  const categories = values.map((value, index): UnadjustedCategoryComparison => {
    const compared = compareSexShares(categoryCounts(table, index, totals), options);
    return {
      value,
      female: compared.female,
      male: compared.male,
      other: compared.other,
      diffPp: compared.diffPp,
      ci95: compared.ci95,
      test: compared.test,
      statistic: compared.statistic,
      p: compared.p,
      reason: compared.reason,
      // A category shows no risk or odds ratio, so their zero-cell correction is not its warning
      // (compareSexShares leaves out the ratios; a test never gives that warning, but say so).
      warnings: compared.warnings.filter((warning) => warning !== 'haldane-correction'),
      adjusted: [],
    };
  });
  return {
    step,
    by,
    group,
    female: { n: totals.female },
    male: { n: totals.male },
    other: { n: totals.other },
    ordered: ordered !== null,
    test: distributionTestName(test),
    statistic: test.statistic,
    df: test.parameter,
    p: test.pValue,
    reason: test.reason,
    warnings: [...test.warnings],
    trend: ordered === null ? null : trendTest(table, Math.min(ordered, values.length)),
    categories,
    adjusted: [],
  };
}

/** Whether every female and male case of the row lies in one stratum: the criterion cannot be examined within it. */
function singleStratum(strata: readonly CategoryStratum[]): boolean {
  return strata.filter((stratum) => sum(stratum.table.female) + sum(stratum.table.male) > 0).length === 1;
}

/**
 * The generalized CMH test of the whole distribution within the strata of one criterion
 * (R's mantelhaen.test on the categories × sex × strata array, df = categories − 1). When
 * every female and male case lies in one stratum: no test, reason `single-stratum`.
 */
export function distributionWithinStrata(criterion: CriterionConfig, categories: number, strata: readonly CategoryStratum[]): DistributionAdjusted {
  const head = { criterion: criterion.criterion, for: criterion.variables };
  if (singleStratum(strata)) {
    const used = strata.filter((stratum) => sum(stratum.table.female) + sum(stratum.table.male) >= 2).length;
    return { ...head, test: null, statistic: null, df: null, p: null, q: null, strata: { used, dropped: strata.length - used }, reason: 'single-stratum', warnings: [] };
  }
  const test = generalizedCmh(strata.map((stratum) => sexColumns(stratum.table, categories)));
  return {
    ...head,
    test: test.test === null ? null : 'cmh',
    statistic: test.statistic,
    df: test.parameter,
    p: test.pValue,
    q: null,
    strata: { used: test.strataUsed, dropped: test.strataDropped },
    reason: test.reason,
    warnings: [...test.warnings],
  };
}

/** Each category against the rest within the strata of one criterion, as a yes/no row's comparison (CMH, MH risk difference, Breslow–Day–Tarone). */
export function categoriesWithinStrata(criterion: CriterionConfig, categories: number, strata: readonly CategoryStratum[], minN: number): AdjustedComparison[] {
  // Every category is set against the rest of the same strata: their labels are taken and
  // their cases summed once, and each category's 2×2 tables are made directly (no TableCounts).
  const labels = strata.map((stratum) => stratum.label);
  const totals = strata.map((stratum) => totalsOf(stratum.table));
  return Array.from({ length: categories }, (_, index) =>
    compareWithinStrataTables(
      criterion,
      labels,
      strata.map((stratum, at): TwoByTwo => {
        const yes1 = stratum.table.female[index] ?? 0;
        const yes2 = stratum.table.male[index] ?? 0;
        return { yes1, no1: totals[at]!.female - yes1, yes2, no2: totals[at]!.male - yes2 };
      }),
      minN,
    ),
  );
}

/**
 * A row with its stratified comparisons: `strataOf(criterion index)` gives the strata of
 * each of the step's criteria within the row.
 */
export function withCategoryCriteria(
  row: UnadjustedCategoryResult,
  criteria: readonly CriterionConfig[],
  strataOf: (criterion: number) => readonly CategoryStratum[],
  minN: number,
): UnadjustedCategoryResult {
  const count = row.categories.length;
  const perCriterion = criteria.map((criterion, index) => {
    const strata = strataOf(index);
    return { distribution: distributionWithinStrata(criterion, count, strata), categories: categoriesWithinStrata(criterion, count, strata, minN) };
  });
  return {
    ...row,
    adjusted: perCriterion.map((entry) => entry.distribution),
    categories: row.categories.map((category, index) => ({ ...category, adjusted: perCriterion.map((entry) => entry.categories[index]!) })),
  };
}
