import { binomialTest } from './binomial-test.js';
import type { Estimate, TestResult } from './types.js';
import { assertCount } from './validate.js';

/** The comparison of two Poisson rates, with the rate ratio (group 1 over group 2). */
export type PoissonRateTestResult = TestResult & { readonly rateRatio: Estimate | null };

const METHOD = 'Comparison of Poisson rates';

/**
 * The exact test that two Poisson rates (counts per exposure time) are equal, with the rate
 * ratio (count1/time1) / (count2/time2) and its exact 95 % interval.
 *
 * Method: conditional on the total, count1 is binomial with p = time1 / (time1 + time2) under
 * H0; the two-sided exact binomial test gives the p-value and the Clopper–Pearson interval
 * (l, u) for p becomes l/(1 − l) · time2/time1 … u/(1 − u) · time2/time1 for the ratio.
 * Reference: R's poisson.test(c(count1, count2), c(time1, time2)): statistic = count1,
 * parameter = the expected count1 under H0, (count1 + count2) · time1 / (time1 + time2).
 *
 * Degenerate: both counts 0 → `no-cases`; a zero exposure time, or one below 2^-53 of the
 * other → `empty-margin` (that group has no rate). rateRatio is null when count2 = 0 (the
 * ratio and its upper limit are infinite) or when extreme times overflow it. Throws on negative or non-integer counts and negative or non-finite times.
 */
export function poissonRateTest(count1: number, time1: number, count2: number, time2: number): PoissonRateTestResult {
  assertCount(count1, 'count1');
  assertCount(count2, 'count2');
  for (const [name, time] of [['time1', time1], ['time2', time2]] as const) {
    if (!Number.isFinite(time) || time < 0) {
      throw new Error(`stats: ${name} must be a finite, non-negative exposure time, got ${String(time)}`);
    }
  }
  const total = count1 + count2;
  // Degenerate: no events, nothing to compare.
  if (total === 0) return noTest('no-cases');
  // Degenerate: a group without exposure time has no rate.
  if (time1 === 0 || time2 === 0) return noTest('empty-margin');

  const share = time1 / (time1 + time2);
  // Degenerate: one exposure is below 2^-53 of the other, i.e. zero to double precision.
  if (share === 0 || share === 1) return noTest('empty-margin');
  const binomial = binomialTest(count1, total, share);
  const [lower, upper] = binomial.confidenceInterval;
  const timeRatio = time2 / time1;
  const estimate = count1 / time1 / (count2 / time2);
  const ci95 = [(lower / (1 - lower)) * timeRatio, (upper / (1 - upper)) * timeRatio] as const;
  // Degenerate estimate: count2 = 0 makes it count1 / 0; absurdly unequal times can overflow.
  const rateRatio: Estimate | null =
    count2 > 0 && [estimate, ...ci95].every(Number.isFinite) ? { estimate, ci95 } : null;
  return {
    test: 'poisson-exact',
    method: METHOD,
    statistic: count1,
    parameter: (total * time1) / (time1 + time2),
    pValue: binomial.pValue,
    reason: null,
    warnings: binomial.warnings,
    rateRatio,
  };
}

function noTest(reason: 'no-cases' | 'empty-margin'): PoissonRateTestResult {
  return { test: null, method: null, statistic: null, parameter: null, pValue: null, reason, warnings: [], rateRatio: null };
}
