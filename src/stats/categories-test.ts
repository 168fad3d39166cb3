import { chiSquareTestRx2 } from './chi-square-rx2.js';
import { MINIMUM_EXPECTED_FOR_CHI_SQUARE } from './compare-two-by-two.js';
import { fisherExactRx2 } from './fisher-exact-rx2.js';
import type { TestResult } from './types.js';

/**
 * The omnibus test of an r×2 table of categories by sex, chosen as gtsummary's add_p() does by
 * default for categorical variables: Pearson's chi-square without continuity correction
 * (chiSquareTestRx2, R's chisq.test(correct = FALSE)), unless an expected count under
 * independence is below 5 (Cochran's rule, over the rows with cases), then Fisher's exact test
 * (fisherExactRx2, R's fisher.test).
 *
 * Degenerate tables get the chi-square test's reasons (`no-cases`, `too-few-rows`,
 * `empty-margin`, with `rows-dropped` when empty rows were left out). When the exact test would
 * take too long (`too-complex`: thousands of cases over many rows, where R's fisher.test stops
 * with a workspace error), the chi-square result is reported instead; it carries the
 * `small-expected` warning, so the reader sees that the approximation was used although an
 * expected count is small.
 */
export function categoriesTest(rows: ReadonlyArray<readonly [number, number]>): TestResult {
  const chiSquare = chiSquareTestRx2(rows);
  // Degenerate tables: no test either way, and the chi-square result already says why.
  if (chiSquare.test === null) return chiSquare;
  if (smallestExpectedCount(rows) >= MINIMUM_EXPECTED_FOR_CHI_SQUARE) return chiSquare;
  const exact = fisherExactRx2(rows);
  return exact.reason === 'too-complex' ? chiSquare : exact;
}

/** The smallest expected count n_i · c_j / N over the rows with cases (Infinity when none). */
export function smallestExpectedCount(rows: ReadonlyArray<readonly [number, number]>): number {
  let first = 0;
  let second = 0;
  let smallestRow = Infinity;
  for (const [a, b] of rows) {
    first += a;
    second += b;
    if (a + b > 0) smallestRow = Math.min(smallestRow, a + b);
  }
  const total = first + second;
  if (total === 0) return Infinity;
  return (smallestRow * Math.min(first, second)) / total;
}
