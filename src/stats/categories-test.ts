import { chiSquareTestRx2 } from './chi-square-rx2.js';
import { MINIMUM_EXPECTED_FOR_CHI_SQUARE } from './compare-two-by-two.js';
import { FISHER_RX2_MAX_WORK, fisherExactRx2 } from './fisher-exact-rx2.js';
import type { TestResult } from './types.js';

/** Tables of up to this many cases get the exact test's whole budget in categoriesTest. */
export const FULL_BUDGET_CASES = 300;
/** The work budget of the exact test in categoriesTest above FULL_BUDGET_CASES cases (fisherExactRx2's own is FISHER_RX2_MAX_WORK). */
export const CATEGORIES_FISHER_MAX_WORK = 100_000;

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
 *
 * The exact test has fisherExactRx2's whole budget (at most about half a second) for tables of
 * up to FULL_BUDGET_CASES cases, where the exact test matters most, and
 * CATEGORIES_FISHER_MAX_WORK (at most about 10 ms, about 2 ms when it runs out) above: a run
 * makes one such test per row of every categorical step, and a
 * large table with one rare category rarely finishes (R's fisher.test stops on it too); at
 * the full budget a few of them cost a second each (1.2 s and 100 MB of the 100,000-row
 * benchmark, every one ending in `too-complex`).
 */
export function categoriesTest(rows: ReadonlyArray<readonly [number, number]>, options?: { readonly maxWork?: number }): TestResult {
  const chiSquare = chiSquareTestRx2(rows);
  // Degenerate tables: no test either way, and the chi-square result already says why.
  if (chiSquare.test === null) return chiSquare;
  if (smallestExpectedCount(rows) >= MINIMUM_EXPECTED_FOR_CHI_SQUARE) return chiSquare;
  const cases = rows.reduce((total, [first, second]) => total + first + second, 0);
  const exact = fisherExactRx2(rows, { maxWork: options?.maxWork ?? (cases <= FULL_BUDGET_CASES ? FISHER_RX2_MAX_WORK : CATEGORIES_FISHER_MAX_WORK) });
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
