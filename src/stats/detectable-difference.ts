import { normalQuantile } from './distributions.js';
import type { NoTestReason, TwoByTwo } from './types.js';
import { assertTwoByTwo } from './validate.js';

/** The power the detectable difference is computed for: the conventional 80 %. */
export const DETECTABLE_POWER = 0.8;

/** The smallest difference the counts could have shown, or why there is none. */
export interface DetectableDifference {
  /** In percentage points; null when the counts cannot show any difference. */
  readonly differencePp: number | null;
  readonly reason: NoTestReason | null;
}

/**
 * The minimum detectable difference between two proportions: the smallest true
 * difference that a two-sided test at level `alpha` would find with the given power
 * (80 %) at these group sizes,
 *
 *     100 · (z₁₋α/₂ + z_power) · √(p̄(1 − p̄)(1/n₁ + 1/n₂)),
 *
 * p̄ = (yes₁ + yes₂)/(n₁ + n₂) the pooled share. Method: the normal approximation to the
 * difference of two proportions with the pooled variance used for both hypotheses, so
 * it is an approximation (for small counts the exact test is less powerful than this
 * says). Reference: Fleiss, Levin and Paik, Statistical Methods for Rates and
 * Proportions, 3rd ed. (2003), §4.2 (sample size for comparing two proportions, solved
 * for the difference); R: `(qnorm(1 - alpha/2) + qnorm(0.8)) * sqrt(p*(1-p)*(1/n1+1/n2))`.
 *
 * Degenerate cases are null with a reason, never NaN: no cases at all (`no-cases`);
 * a sex without cases, or a pooled share of 0 or 1 (`empty-margin`: no variation, so the
 * formula gives 0 or ∞ and says nothing about what the data could show).
 */
export function detectableDifference(table: TwoByTwo, alpha: number, power = DETECTABLE_POWER): DetectableDifference {
  assertTwoByTwo(table);
  if (!(alpha > 0 && alpha < 1)) throw new Error(`stats: alpha must lie strictly between 0 and 1, got ${String(alpha)}`);
  if (!(power > 0 && power < 1)) throw new Error(`stats: power must lie strictly between 0 and 1, got ${String(power)}`);
  const n1 = table.yes1 + table.no1;
  const n2 = table.yes2 + table.no2;
  // Degenerate: nothing was counted.
  if (n1 + n2 === 0) return { differencePp: null, reason: 'no-cases' };
  // Degenerate: one sex has no cases, so there is no difference to measure.
  if (n1 === 0 || n2 === 0) return { differencePp: null, reason: 'empty-margin' };
  const yes = table.yes1 + table.yes2;
  // Degenerate: every case has the same outcome; the pooled variance is zero.
  if (yes === 0 || yes === n1 + n2) return { differencePp: null, reason: 'empty-margin' };
  const pooled = yes / (n1 + n2);
  const z = normalQuantile(1 - alpha / 2) + normalQuantile(power);
  return { differencePp: 100 * z * Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2)), reason: null };
}
