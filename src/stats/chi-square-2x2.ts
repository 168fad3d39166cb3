import { chiSquareUpperTail } from './distributions.js';
import { hasEmptyMargin, twoByTwoMargins } from './margins.js';
import { floorPValue } from './p-value-floor.js';
import type { StatWarning, TestResult, TwoByTwo } from './types.js';
import { assertTwoByTwo } from './validate.js';

/** Expected counts in the order yes1, no1, yes2, no2 (the field order of {@link TwoByTwo}). */
export type ExpectedCounts = readonly [number, number, number, number];

/** A chi-square test of a 2×2 table, with the expected counts under independence. */
export type ChiSquare2x2Result = TestResult & { readonly expected: ExpectedCounts };

const PEARSON = "Pearson's Chi-squared test";
const PEARSON_YATES = "Pearson's Chi-squared test with Yates' continuity correction";

/**
 * Pearson's chi-square test of independence for a 2×2 table, optionally with Yates'
 * continuity correction, df = 1.
 *
 * Reference: R's chisq.test(matrix(c(yes1, yes2, no1, no2), 2), correct = yates), including
 * R's rule that the correction is min(0.5, |observed − expected|) (so it never flips the sign
 * of the deviation) and that the method string mentions Yates only when that amount is > 0.
 * Every cell of a 2×2 table deviates from its expectation by the same |ad − bc| / n, so the
 * statistic is n³ (|ad − bc|/n − yates)² / (r1 r2 c1 c2), computed from the exact integer
 * determinant instead of R's cell-wise differences (equal up to rounding, better for huge n).
 * Warning `small-expected` when an expected count is below 5 (R's "approximation may be
 * incorrect"). An empty table or margin gives no test (R returns NaN there).
 */
export function chiSquareTest2x2(table: TwoByTwo, options: { readonly yates: boolean }): ChiSquare2x2Result {
  assertTwoByTwo(table);
  const margins = twoByTwoMargins(table);
  const { group1, group2, yes, no, total } = margins;

  // Degenerate: no cases at all; the expected counts are 0/0, reported as 0.
  if (total === 0) {
    return noTest('no-cases', [0, 0, 0, 0]);
  }
  const expected: ExpectedCounts = [
    (group1 * yes) / total,
    (group1 * no) / total,
    (group2 * yes) / total,
    (group2 * no) / total,
  ];
  // Degenerate: a zero row or column total makes an expected count 0 and the statistic 0/0.
  if (hasEmptyMargin(margins)) {
    return noTest('empty-margin', expected);
  }

  const deviation = Math.abs(table.yes1 * table.no2 - table.no1 * table.yes2) / total;
  const yates = options.yates ? Math.min(0.5, deviation) : 0;
  const corrected = deviation - yates;
  // Σ 1/E over the four cells is n³/(r1 r2 c1 c2), so Σ d²/E = d² n³/(r1 r2 c1 c2); the
  // ratios are formed first so nothing overflows.
  const statistic = corrected * corrected * (total / group1) * (total / group2) * (total / yes) / no;
  const warnings: StatWarning[] = [];
  if (Math.min(...expected) < 5) warnings.push('small-expected');
  const floored = floorPValue(chiSquareUpperTail(statistic, 1));
  warnings.push(...floored.warnings);
  return {
    test: 'chi2',
    method: yates > 0 ? PEARSON_YATES : PEARSON,
    statistic,
    parameter: 1,
    pValue: floored.pValue,
    reason: null,
    warnings,
    expected,
  };
}

function noTest(reason: 'no-cases' | 'empty-margin', expected: ExpectedCounts): ChiSquare2x2Result {
  return { test: null, method: null, statistic: null, parameter: null, pValue: null, reason, warnings: [], expected };
}
