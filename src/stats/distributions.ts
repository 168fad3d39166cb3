import erfc from '@stdlib/math-base-special-erfc';
import gammainc from '@stdlib/math-base-special-gammainc';
import erfcinv from '@stdlib/math-base-special-erfcinv';
import { floorPValue } from './p-value-floor.js';
import type { StatWarning, TestName, TestResult } from './types.js';

/**
 * Upper tail P(X ≥ statistic) of the chi-square distribution with `df` degrees of freedom,
 * computed directly (never as 1 − cdf) so that tiny p-values keep their digits.
 *
 * Method: the regularized upper incomplete gamma function Q(df/2, statistic/2); for df = 1 the
 * identity Q(1/2, x/2) = erfc(√(x/2)), which stays accurate deep into the subnormal range.
 * Reference: R's pchisq(statistic, df, lower.tail = FALSE). Returns 0 only when the true
 * value is below the smallest double (callers turn that into a `p-underflow` bound).
 */
export function chiSquareUpperTail(statistic: number, df: number): number {
  if (!Number.isFinite(statistic) || statistic < 0) {
    throw new Error(`stats: chi-square statistic must be finite and non-negative, got ${String(statistic)}`);
  }
  if (!Number.isFinite(df) || df <= 0) {
    throw new Error(`stats: chi-square degrees of freedom must be positive, got ${String(df)}`);
  }
  if (statistic === 0) return 1;
  if (df === 1) return erfc(Math.sqrt(statistic / 2));
  return gammainc(statistic / 2, df / 2, true, true);
}

/**
 * The standard normal quantile: z with P(Z ≤ z) = p, for 0 < p < 1.
 * Method: z = −√2 · erfcinv(2p) for p < 1/2 and √2 · erfcinv(2(1 − p)) above, so each tail
 * is taken from its own small argument (stdlib's quantile goes through erfinv(2p − 1), which
 * loses every digit below p ≈ 1e-17). Reference: R's qnorm(p) (agrees to ~1e-13 at p = 1e-300).
 */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) {
    throw new Error(`stats: normal quantile needs 0 < p < 1, got ${String(p)}`);
  }
  // 1 − p is exact for p ≥ 1/2 (Sterbenz), so the upper branch loses nothing.
  return p < 0.5 ? -Math.SQRT2 * erfcinv(2 * p) : Math.SQRT2 * erfcinv(2 * (1 - p));
}

/**
 * The htest-shaped result of a statistic referred to the chi-square distribution with
 * `parameter` degrees of freedom: its upper tail computed directly and floored at the
 * smallest double (warning `p-underflow`), as R's `pchisq(lower.tail = FALSE)`.
 */
export function chiSquareResult(
  test: TestName,
  method: string,
  statistic: number,
  parameter: number,
  warnings: readonly StatWarning[],
): TestResult {
  const floored = floorPValue(chiSquareUpperTail(statistic, parameter));
  return { test, method, statistic, parameter, pValue: floored.pValue, reason: null, warnings: [...warnings, ...floored.warnings] };
}

/**
 * Two-sided p-value 2·P(Z ≥ |z|) of a standard normal statistic, as erfc(|z|/√2): the upper
 * tail directly, never 1 − Φ. Reference: R's 2 * pnorm(-abs(z)).
 */
export function twoSidedNormalPValue(z: number): number {
  return erfc(Math.abs(z) / Math.SQRT2);
}
