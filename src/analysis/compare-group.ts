/**
 * The comparison of female and male cases in one group of one step: shares, the
 * difference with its interval, the test that fits the table, effect sizes and the
 * shortfall. Multiple-comparison adjustment and flags are made later, over the run.
 */
import { compareTwoByTwo } from '../stats/compare-two-by-two.js';
import { newcombeDifference } from '../stats/proportion-difference.js';
import { riskRatio, oddsRatio } from '../stats/ratio-estimates.js';
import { shortfall } from '../stats/shortfall.js';
import { chiSquareTestRx2 } from '../stats/chi-square-rx2.js';
import { detectableDifference } from '../stats/detectable-difference.js';
import type { TwoByTwo, TestResult, StatWarning } from '../stats/types.js';
import { twoByTwoOf } from './criteria.js';
import type { Result, SexCounts } from '../model/report.js';
import type { TableCounts } from '../tally/tally.js';

/** A result before adjustment: q and flag come from the whole run. */
export type UnadjustedResult = Omit<Result, 'q' | 'flag' | 'verdict' | 'explainedBy' | 'insufficientFor' | 'inconclusiveFor'>;

function sexCounts(yes: number, no: number): SexCounts {
  const n = yes + no;
  return { n, yes, share: n > 0 ? yes / n : null };
}

const toPp = (proportion: number): number => proportion * 100;

function testName(test: TestResult): 'chi2' | 'fisher' | null {
  return test.test === 'chi2' || test.test === 'fisher' ? test.test : null;
}

/** What a category's comparison shows of a group's comparison: shares, difference with interval, the test. */
export type SexShares = Pick<UnadjustedResult, 'female' | 'male' | 'other' | 'diffPp' | 'ci95' | 'test' | 'statistic' | 'df' | 'p' | 'reason'> & {
  /** The test's warnings, once each, sorted. */
  readonly warnings: StatWarning[];
};

/**
 * The shares of one table by sex, their difference with Newcombe's interval and the test
 * that fits the table (chi-square with or without Yates' correction, or Fisher's exact
 * test when an expected count is below 5; see stats/compare-two-by-two.ts). A category's
 * row needs only this, not the ratios, shortfall and detectable difference of a group's.
 */
export function compareSexShares(counts: TableCounts, options: { readonly yates: boolean }): SexShares & { readonly table: TwoByTwo; readonly testResult: TestResult } {
  const table: TwoByTwo = twoByTwoOf(counts);
  const female = sexCounts(table.yes1, table.no1);
  const male = sexCounts(table.yes2, table.no2);
  const other = sexCounts(counts.other.yes, counts.other.no);
  const test = compareTwoByTwo(table, options);
  const difference = newcombeDifference(table);
  return {
    table,
    testResult: test,
    female,
    male,
    other,
    diffPp: female.share !== null && male.share !== null ? toPp(female.share - male.share) : null,
    ci95: difference ? [toPp(difference.ci95[0]), toPp(difference.ci95[1])] : null,
    test: testName(test),
    statistic: test.statistic,
    df: test.parameter,
    p: test.pValue,
    reason: test.reason,
    warnings: [...new Set<StatWarning>(test.warnings)].sort(),
  };
}

/**
 * Compares one group's table (yes and no for female, male and other).
 * Chi-square with or without Yates' correction, or Fisher's exact test when an
 * expected count is below 5 (see stats/compare-two-by-two.ts). The detectable difference
 * uses the run's alpha (`thresholds.alpha`), the level the flags are made at.
 */
export function compareGroup(
  step: string,
  by: string | null,
  group: string | null,
  counts: TableCounts,
  options: { readonly yates: boolean; readonly thresholds: { readonly alpha: number } },
): UnadjustedResult {
  const shares = compareSexShares(counts, options);
  const { table, testResult: test, female, male, other } = shares;
  const risk = riskRatio(table);
  const odds = oddsRatio(table);
  const missing = shortfall(table);
  const warnings = new Set<StatWarning>(test.warnings);
  if (risk?.haldane || odds?.haldane) warnings.add('haldane-correction');
  const allSexes = other.n > 0 ? chiSquareTestRx2([[table.yes1, table.no1], [table.yes2, table.no2], [other.yes, other.n - other.yes]]) : null;
  return {
    step,
    by,
    group,
    period: null,
    female,
    male,
    other,
    diffPp: shares.diffPp,
    ci95: shares.ci95,
    detectableDiffPp: detectableDifference(table, options.thresholds.alpha).differencePp,
    test: shares.test,
    statistic: shares.statistic,
    df: shares.df,
    p: shares.p,
    reason: shares.reason,
    riskRatio: risk ? { estimate: risk.estimate, ci95: risk.ci95, haldane: risk.haldane } : null,
    oddsRatio: odds ? { estimate: odds.estimate, ci95: odds.ci95, haldane: odds.haldane } : null,
    shortfall: missing ? { male: missing.group2AtGroup1Share, female: missing.group1AtGroup2Share } : null,
    warnings: [...warnings].sort(),
    allCategories: allSexes
      ? { statistic: allSexes.statistic, df: allSexes.parameter, p: allSexes.pValue, reason: allSexes.reason }
      : null,
    adjusted: [],
    overTime: null,
  };
}
