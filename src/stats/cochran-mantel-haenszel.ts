import { chiSquareUpperTail, normalQuantile } from './distributions.js';
import { informativeStrata } from './informative-strata.js';
import { floorPValue } from './p-value-floor.js';
import type { Estimate, StatWarning, TestResult, TwoByTwo } from './types.js';

/** The CMH test with the Mantel–Haenszel common odds ratio and the strata actually used. */
export type CochranMantelHaenszelResult = TestResult & {
  readonly oddsRatio: Estimate | null;
  readonly strataUsed: number;
  readonly strataDropped: number;
};

const Z_975 = normalQuantile(0.975);

/**
 * The Cochran–Mantel–Haenszel test of conditional independence in a 2×2×K table (is the
 * outcome associated with sex within strata?), df = 1, and the Mantel–Haenszel (1959) common
 * odds ratio with the Robins–Breslow–Greenland (1986) 95 % interval.
 *
 * Reference: R's mantelhaen.test(array, correct = TRUE) for 2×2×K, with each stratum laid out
 * as matrix(c(yes1, yes2, no1, no2), 2): statistic (|Σ (a − E a)| − ½)² / Σ Var a, with R's
 * rule that the ½ is applied only when |Σ (a − E a)| ≥ ½, and R's method strings. The
 * deviation a − E a of each stratum is computed as the exact (ad − bc) / n.
 *
 * Strata with fewer than 2 cases or an empty row or column are dropped first (`strata-dropped`,
 * counted in strataDropped). They add exactly zero to every sum, so the result equals R's on
 * the full array whenever R gives one; R itself stops with "sample size in each stratum must
 * be > 1" when a stratum has fewer than 2 cases, and needs K ≥ 2. No stratum left →
 * `too-few-strata`. oddsRatio is null when the MH estimate is 0 or infinite (every stratum
 * has a·d = 0 or every one b·c = 0), where R's interval is NaN, or when its interval
 * overflows (R: Inf).
 */
export function cochranMantelHaenszel(
  strata: readonly TwoByTwo[],
  options?: { readonly correct?: boolean },
): CochranMantelHaenszelResult {
  const correct = options?.correct ?? true;
  const { kept, dropped } = informativeStrata(strata);
  const warnings: StatWarning[] = dropped > 0 ? ['strata-dropped'] : [];
  // Degenerate: no stratum says anything about an association.
  if (kept.length === 0) {
    return {
      test: null,
      method: null,
      statistic: null,
      parameter: null,
      pValue: null,
      reason: 'too-few-strata',
      warnings,
      oddsRatio: null,
      strataUsed: 0,
      strataDropped: dropped,
    };
  }

  let deviation = 0;
  let variance = 0;
  // Indexed loops: this runs for every criterion of every row and category, often before
  // V8 optimises it, and a for-of over an array then allocates a step object per stratum.
  for (let index = 0; index < kept.length; index++) {
    const { yes1, no1, yes2, no2 } = kept[index]!;
    const total = yes1 + no1 + yes2 + no2;
    deviation += (yes1 * no2 - no1 * yes2) / total;
    // r1 r2 c1 c2 / (n² (n − 1)): the hypergeometric variance of yes1.
    variance += ((((yes1 + no1) * (yes2 + no2)) / total) * ((yes1 + yes2) * (no1 + no2))) / total / (total - 1);
  }
  const yates = correct && Math.abs(deviation) >= 0.5 ? 0.5 : 0;
  const corrected = Math.abs(deviation) - yates;
  const statistic = (corrected * corrected) / variance;
  const floored = floorPValue(chiSquareUpperTail(statistic, 1));
  return {
    test: 'cmh',
    method: `Mantel-Haenszel chi-squared test ${yates > 0 ? 'with' : 'without'} continuity correction`,
    statistic,
    parameter: 1,
    pValue: floored.pValue,
    reason: null,
    warnings: [...warnings, ...floored.warnings],
    oddsRatio: mantelHaenszelOddsRatio(kept),
    strataUsed: kept.length,
    strataDropped: dropped,
  };
}

/**
 * The Mantel–Haenszel common odds ratio Σ(ad/n) / Σ(bc/n) with the Robins, Breslow and
 * Greenland (1986) variance of its logarithm, as in R's mantelhaen.test conf.int. Expects
 * informative strata (see informativeStrata); null when the estimate is 0 or infinite, or
 * its interval overflows (R then reports Inf).
 */
export function mantelHaenszelOddsRatio(strata: readonly TwoByTwo[]): Estimate | null {
  let diagonal = 0; // Σ R_k, R = a d / n
  let offDiagonal = 0; // Σ S_k, S = b c / n
  let sumPR = 0;
  let sumPSQR = 0;
  let sumQS = 0;
  for (let index = 0; index < strata.length; index++) {
    const { yes1: a, no1: b, yes2: c, no2: d } = strata[index]!;
    const total = a + b + c + d;
    const squared = total * total;
    const p = a + d;
    const q = b + c;
    diagonal += (a * d) / total;
    offDiagonal += (b * c) / total;
    sumPR += (p * a * d) / squared;
    sumPSQR += (p * b * c + q * a * d) / squared;
    sumQS += (q * b * c) / squared;
  }
  // Degenerate: an estimate of 0 or ∞ has no log-scale interval.
  if (diagonal === 0 || offDiagonal === 0) return null;
  const estimate = diagonal / offDiagonal;
  const logStandardError = Math.sqrt(
    sumPR / (2 * diagonal * diagonal) +
      sumPSQR / (2 * diagonal * offDiagonal) +
      sumQS / (2 * offDiagonal * offDiagonal),
  );
  const ci95 = [estimate * Math.exp(-Z_975 * logStandardError), estimate * Math.exp(Z_975 * logStandardError)] as const;
  // Degenerate: nearly-empty off-diagonals can push the upper limit past the double range.
  if (!ci95.every(Number.isFinite)) return null;
  return { estimate, ci95 };
}
