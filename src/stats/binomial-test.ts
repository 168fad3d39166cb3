import betaQuantile from '@stdlib/stats-base-dists-beta-quantile';
import { logBinomialDensity } from './loader-densities.js';
import { firstTrue, logAddExp, sumOutward } from './log-space.js';
import { floorLogPValue } from './p-value-floor.js';
import type { StatWarning } from './types.js';
import { assertCount, assertLevel } from './validate.js';

/** R's fuzz factor for "as or less likely than the observed count". */
const RELATIVE_ERROR = 1 + 1e-7;

/** The two-sided exact binomial test's p-value and the Clopper–Pearson interval for p. */
export interface BinomialTestResult {
  readonly pValue: number;
  readonly warnings: readonly StatWarning[];
  readonly confidenceInterval: readonly [number, number];
}

/**
 * The exact binomial test of H0: P(success) = p, two-sided, with the Clopper–Pearson
 * (1934) interval for the success probability.
 *
 * Reference: R's binom.test(x, n, p), two-sided rule: with m = n·p and d = P(X = x), the
 * p-value is P(X ≤ x) plus P(X ≥ n − y + 1), where y counts i ≥ ⌈m⌉ with P(X = i) ≤ d·(1 + 1e-7)
 * (mirrored when x > m; exactly 1 when x = m). Interval: qbeta(α/2, x, n − x + 1) and
 * qbeta(1 − α/2, x + 1, n − x), 0 and 1 at the ends.
 * Method: log-densities by Loader's saddle point (R's dbinom), the opposite tail's start found
 * by bisection, tails summed outward in log space until the rest is negligible. Needs 0 < p < 1
 * and n ≥ 1 (callers handle the degenerate cases).
 */
export function binomialTest(successes: number, trials: number, p: number, level = 0.95): BinomialTestResult {
  assertCount(successes, 'successes');
  assertCount(trials, 'trials');
  assertLevel(level);
  if (successes > trials) throw new Error(`stats: successes (${successes}) cannot exceed trials (${trials})`);
  if (!(p > 0 && p < 1)) throw new Error(`stats: binomial test needs 0 < p < 1, got ${String(p)}`);
  if (trials === 0) throw new Error('stats: binomial test needs at least one trial');

  const n = trials;
  const x = successes;
  const q = 1 - p;
  const logDensity = (k: number): number => logBinomialDensity(k, n, p, q);
  // d(k+1)/d(k) and d(k−1)/d(k).
  const up = (k: number): number => ((n - k) * p) / ((k + 1) * q);
  const down = (k: number): number => (k * q) / ((n - k + 1) * p);
  const lowerTail = (end: number): number => logDensity(end) + Math.log(sumOutward(end, 0, down));
  const upperTail = (start: number): number => logDensity(start) + Math.log(sumOutward(start, n, up));

  const mean = n * p;
  const threshold = logDensity(x) + Math.log(RELATIVE_ERROR);
  const inTail = (k: number): boolean => logDensity(k) <= threshold;
  let logP: number;
  if (x === mean) {
    logP = 0;
  } else if (x < mean) {
    // Beyond the mode the density falls, so the qualifying counts are a final run [start, n].
    const start = firstTrue(Math.ceil(mean), n, inTail);
    logP = lowerTail(x);
    if (start <= n) logP = logAddExp(logP, upperTail(start));
  } else {
    // Before the mode the density rises, so the qualifying counts are a first run [0, end].
    const end = firstTrue(0, Math.floor(mean), (k) => !inTail(k)) - 1;
    logP = upperTail(x);
    if (end >= 0) logP = logAddExp(logP, lowerTail(end));
  }
  const floored = floorLogPValue(logP);

  const alpha = (1 - level) / 2;
  const lower = x === 0 ? 0 : betaQuantile(alpha, x, n - x + 1);
  const upper = x === n ? 1 : betaQuantile(1 - alpha, x + 1, n - x);
  return { pValue: floored.pValue, warnings: floored.warnings, confidenceInterval: [lower, upper] };
}
