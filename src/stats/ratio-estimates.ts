import { normalQuantile } from './distributions.js';
import { hasEmptyMargin, twoByTwoMargins } from './margins.js';
import type { Estimate, TwoByTwo } from './types.js';
import { assertTwoByTwo } from './validate.js';

/** A ratio estimate and whether Haldane's +0.5 was added to every cell to compute it. */
export type RatioEstimate = Estimate & { readonly haldane: boolean };

const Z_95 = normalQuantile(0.975);

/**
 * The cells used for a ratio: the table itself, or with 0.5 added to all four cells when any
 * cell is zero (Haldane 1956 / Anscombe), which keeps the log ratio and its variance finite.
 */
function correctedCells(table: TwoByTwo): { a: number; b: number; c: number; d: number; haldane: boolean } {
  const haldane = table.yes1 === 0 || table.no1 === 0 || table.yes2 === 0 || table.no2 === 0;
  const add = haldane ? 0.5 : 0;
  return { a: table.yes1 + add, b: table.no1 + add, c: table.yes2 + add, d: table.no2 + add, haldane };
}

/**
 * The risk ratio p1 / p2 (share of "yes" in group 1 over that in group 2) with a Wald interval
 * on the log scale: exp(log RR ± z √(1/a − 1/n1 + 1/c − 1/n2)) (Katz et al. 1978).
 * When any cell is zero, Haldane's 0.5 is added to all four cells first (`haldane: true`).
 *
 * null when a group has no cases (no proportion). Also null when a whole outcome column is
 * empty: after the correction every cell is ≥ 0.5, so a ratio can always be computed, but
 * with no "yes" at all RR is 0/0 and the corrected value (n2 + 1)/(n1 + 1) reflects only the
 * group sizes; with no "no" at all both risks are 1 and the log-scale interval has zero width
 * before correction. Neither says anything about a difference, so we report no estimate.
 * Reference: computed in R from this formula (tests/reference/reference.R).
 */
export function riskRatio(table: TwoByTwo): RatioEstimate | null {
  assertTwoByTwo(table);
  // Degenerate: see above — no proportion, or no contrast in the outcome.
  if (hasEmptyMargin(twoByTwoMargins(table))) return null;
  const { a, b, c, d, haldane } = correctedCells(table);
  const n1 = a + b;
  const n2 = c + d;
  const estimate = a / n1 / (c / n2);
  const standardError = Math.sqrt(1 / a - 1 / n1 + 1 / c - 1 / n2);
  return logScaleInterval(estimate, standardError, haldane);
}

/**
 * The odds ratio (yes1 · no2) / (no1 · yes2) with Woolf's (1955) Wald interval on the log
 * scale: exp(log OR ± z √(1/a + 1/b + 1/c + 1/d)); Haldane's 0.5 added to all four cells when
 * any cell is zero (`haldane: true`).
 *
 * null when a row or column total is zero: the odds ratio is then 0/0 and the corrected value
 * reflects only the sizes of the other margin (see {@link riskRatio}).
 * Reference: computed in R from this formula (tests/reference/reference.R).
 */
export function oddsRatio(table: TwoByTwo): RatioEstimate | null {
  assertTwoByTwo(table);
  // Degenerate: no contrast to estimate.
  if (hasEmptyMargin(twoByTwoMargins(table))) return null;
  const { a, b, c, d, haldane } = correctedCells(table);
  const estimate = (a / b) / (c / d);
  const standardError = Math.sqrt(1 / a + 1 / b + 1 / c + 1 / d);
  return logScaleInterval(estimate, standardError, haldane);
}

function logScaleInterval(estimate: number, standardError: number, haldane: boolean): RatioEstimate {
  const logEstimate = Math.log(estimate);
  return {
    estimate,
    ci95: [Math.exp(logEstimate - Z_95 * standardError), Math.exp(logEstimate + Z_95 * standardError)],
    haldane,
  };
}
