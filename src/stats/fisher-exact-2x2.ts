import { logHypergeometricMassAtMost } from './hypergeometric-run.js';
import { logHypergeometricDensity } from './loader-densities.js';
import { hasEmptyMargin, twoByTwoMargins } from './margins.js';
import { floorLogPValue } from './p-value-floor.js';
import type { TestResult, TwoByTwo } from './types.js';
import { assertTwoByTwo } from './validate.js';

const METHOD = "Fisher's Exact Test for Count Data";

/** R's fuzz factor: tables within this relative distance of the observed one count as "as extreme". */
const RELATIVE_ERROR = 1 + 1e-7;

/**
 * Fisher's exact test for a 2×2 table, two-sided.
 *
 * Conditioning on both margins, yes1 is hypergeometric. Reference: R's
 * fisher.test(matrix(c(yes1, yes2, no1, no2), 2))$p.value — the p-value is the sum of the
 * probabilities d of all tables with d ≤ d_observed · (1 + 1e-7).
 * Method: the hypergeometric is unimodal, so those tables form two tails. Each tail's inner end
 * is found by bisection on log-densities (Loader's saddle point, as R's dhyper), and each tail
 * is summed outward from there in log space, stopping once the remaining terms are negligible:
 * a table of 10^7 cases costs a few thousand terms, and p-values far below 1e-300 keep their
 * digits until they leave the double range (then `p-underflow` with the smallest double).
 * Degenerate: no cases → `no-cases`; an empty row or column → `empty-margin` (R reports p = 1
 * there because only one table is possible; we report that no test was made).
 * No statistic or estimate is returned (R's conditional MLE odds ratio is not computed).
 */
export function fisherExactTest2x2(table: TwoByTwo): TestResult {
  assertTwoByTwo(table);
  const margins = twoByTwoMargins(table);
  // Degenerate: nothing to test.
  if (margins.total === 0) return noTest('no-cases');
  // Degenerate: a single possible table, so no evidence either way.
  if (hasEmptyMargin(margins)) return noTest('empty-margin');

  // R's notation: m "white" = yes cases, n "black" = no cases, k drawn = group 1.
  const white = margins.yes;
  const black = margins.no;
  const drawn = margins.group1;
  const threshold = logHypergeometricDensity(table.yes1, white, black, drawn) + Math.log(RELATIVE_ERROR);
  const logP = logHypergeometricMassAtMost(white, black, drawn, threshold);
  const floored = floorLogPValue(logP);
  return {
    test: 'fisher',
    method: METHOD,
    statistic: null,
    parameter: null,
    pValue: floored.pValue,
    reason: null,
    warnings: floored.warnings,
  };
}

function noTest(reason: 'no-cases' | 'empty-margin'): TestResult {
  return { test: null, method: null, statistic: null, parameter: null, pValue: null, reason, warnings: [] };
}
