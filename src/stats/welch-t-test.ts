import tCdf from '@stdlib/stats-base-dists-t-cdf';
import tQuantile from '@stdlib/stats-base-dists-t-quantile';
import { floorPValue } from './p-value-floor.js';
import type { StatWarning } from './types.js';
import { type WeightedSample, sampleMean, sampleSize, sampleVariance } from './weighted-sample.js';

/** Welch's two-sample t-test of x − y, shaped like the report's WelchResult. */
export interface WelchTest {
  /** t = (mean x − mean y) / standard error. */
  readonly statistic: number;
  /** Welch–Satterthwaite degrees of freedom (not a whole number in general). */
  readonly df: number;
  /** Two-sided p-value. */
  readonly pValue: number;
  /** mean x − mean y. */
  readonly estimate: number;
  /** 95 % confidence interval of the difference in means. */
  readonly ci95: readonly [number, number];
  /** `p-underflow` when the true p is below the smallest double. */
  readonly warnings: readonly StatWarning[];
}

/**
 * Welch's two-sample t-test (unequal variances) of the means of x and y, as R's
 * `t.test(x, y)` (var.equal = FALSE, two-sided, 95 %): standard error √(s²ₓ/nₓ + s²ᵧ/nᵧ),
 * Welch–Satterthwaite df, p = 2·P(T ≤ −|t|) computed from the lower tail directly (no 1 − cdf),
 * interval estimate ± t₀.₉₇₅,df · se. Null where R stops: fewer than 2 values in a sample, or
 * "data are essentially constant" (se below 10·ε·max(|mean x|, |mean y|), e.g. both variances 0).
 * Reference: Welch (1947), Biometrika 34, 28–35; R's stats:::t.test.default.
 */
export function welchTTest(x: WeightedSample, y: WeightedSample): WelchTest | null {
  const nx = sampleSize(x);
  const ny = sampleSize(y);
  if (nx < 2 || ny < 2) return null;
  const meanX = sampleMean(x)!;
  const meanY = sampleMean(y)!;
  const varianceX = sampleVariance(x)!;
  const varianceY = sampleVariance(y)!;
  const standardErrorX = Math.sqrt(varianceX / nx);
  const standardErrorY = Math.sqrt(varianceY / ny);
  const standardError = Math.sqrt(standardErrorX ** 2 + standardErrorY ** 2);
  if (!(standardError >= 10 * Number.EPSILON * Math.max(Math.abs(meanX), Math.abs(meanY))) || standardError === 0) return null;
  const df = standardError ** 4 / (standardErrorX ** 4 / (nx - 1) + standardErrorY ** 4 / (ny - 1));
  const statistic = (meanX - meanY) / standardError;
  const floored = floorPValue(2 * tCdf(-Math.abs(statistic), df));
  const half = tQuantile(0.975, df);
  return {
    statistic,
    df,
    pValue: floored.pValue,
    estimate: meanX - meanY,
    ci95: [(statistic - half) * standardError, (statistic + half) * standardError],
    warnings: floored.warnings,
  };
}
