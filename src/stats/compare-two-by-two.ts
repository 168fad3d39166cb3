import { chiSquareTest2x2, type ExpectedCounts } from './chi-square-2x2.js';
import { fisherExactTest2x2 } from './fisher-exact-2x2.js';
import { hasEmptyMargin, twoByTwoMargins } from './margins.js';
import type { TestResult, TwoByTwo } from './types.js';
import { assertTwoByTwo } from './validate.js';

/** Below this smallest expected count the chi-square approximation is not trusted (Cochran's rule). */
export const MINIMUM_EXPECTED_FOR_CHI_SQUARE = 5;

/**
 * The smallest expected count r·c/n of a 2×2 table under independence (the statistic of
 * Cochran's rule of thumb). An empty table has no expectation; we report 0 so that callers
 * comparing against 5 treat it as "too small".
 */
export function minimumExpectedCount(table: TwoByTwo): number {
  assertTwoByTwo(table);
  const { group1, group2, yes, no, total } = twoByTwoMargins(table);
  if (total === 0) return 0;
  return (Math.min(group1, group2) * Math.min(yes, no)) / total;
}

/**
 * The test jamstat reports for one 2×2 table: Fisher's exact test when any expected count is
 * below 5 (Cochran 1954), otherwise Pearson's chi-square (with or without Yates' correction).
 * Degenerate tables are sorted out first: no cases → `no-cases`; an empty row or column →
 * `empty-margin`; neither gets a test. Expected counts are attached whenever the table has
 * cases, whichever test was chosen.
 */
export function compareTwoByTwo(
  table: TwoByTwo,
  options: { readonly yates: boolean },
): TestResult & { readonly expected?: ExpectedCounts } {
  assertTwoByTwo(table);
  const margins = twoByTwoMargins(table);
  // Degenerate: nothing was counted.
  if (margins.total === 0) {
    return { test: null, method: null, statistic: null, parameter: null, pValue: null, reason: 'no-cases', warnings: [] };
  }
  const chiSquare = chiSquareTest2x2(table, options);
  // Degenerate: one group or one outcome is empty, so there is no contrast to test.
  if (hasEmptyMargin(margins)) {
    return { ...chiSquare, reason: 'empty-margin' };
  }
  if (minimumExpectedCount(table) < MINIMUM_EXPECTED_FOR_CHI_SQUARE) {
    return { ...fisherExactTest2x2(table), expected: chiSquare.expected };
  }
  return chiSquare;
}
