import { normalQuantile } from './distributions.js';
import type { Estimate, TwoByTwo } from './types.js';
import { assertStrata } from './informative-strata.js';

const Z_975 = normalQuantile(0.975);

/**
 * The Mantel–Haenszel common risk difference p1 − p2 (proportions) over strata, with a Wald
 * 95 % interval from Sato's (1989) variance estimator.
 *
 * Method: RD = Σ w_k (p1k − p2k) / Σ w_k with w_k = n1k n2k / N_k (Greenland & Robins 1985), and
 * Var(RD) = (RD · Σ P_k + Σ Q_k) / (Σ w_k)², where
 *   P_k = (n1k² c_k − n2k² a_k + n1k n2k (n2k − n1k) / 2) / N_k²,
 *   Q_k = (a_k (n2k − c_k) + c_k (n1k − a_k)) / (2 N_k)
 * (a = yes1, c = yes2). Sato's estimator is consistent both for a few large strata and for
 * many sparse ones (the Greenland–Robins 1985 variance is not, in the sparse case), and for a
 * single stratum it reduces to the usual p1q1/n1 + p2q2/n2. Reference: Sato T. (1989),
 * Biometrics 45:1323–1324; computed in R from these formulas in tests/reference/reference.R.
 *
 * Strata missing either group carry no weight. null when no stratum has both groups, or when
 * the variance is zero (every stratum's groups are all-yes or all-no alike, so the interval
 * would collapse to a point).
 */
export function mantelHaenszelRiskDifference(strata: readonly TwoByTwo[]): Estimate | null {
  assertStrata(strata);
  let weightedDifference = 0;
  let weight = 0;
  let sumP = 0;
  let sumQ = 0;
  // An indexed loop: a for-of allocates a step object per stratum until V8 optimises it.
  for (let index = 0; index < strata.length; index++) {
    const { yes1: a, no1, yes2: c, no2 } = strata[index]!;
    const n1 = a + no1;
    const n2 = c + no2;
    // A stratum without one of the groups has weight n1 n2 / N = 0 and adds nothing.
    if (n1 === 0 || n2 === 0) continue;
    const total = n1 + n2;
    weightedDifference += (a * n2 - c * n1) / total;
    weight += (n1 * n2) / total;
    sumP += (n1 * n1 * c - n2 * n2 * a + (n1 * n2 * (n2 - n1)) / 2) / (total * total);
    sumQ += (a * (n2 - c) + c * (n1 - a)) / (2 * total);
  }
  // Degenerate: no stratum compares the two groups.
  if (weight === 0) return null;
  const estimate = weightedDifference / weight;
  const variance = (estimate * sumP + sumQ) / (weight * weight);
  // Degenerate: a zero (or, by rounding, negative) variance gives no interval.
  if (!(variance > 0)) return null;
  const halfWidth = Z_975 * Math.sqrt(variance);
  return { estimate, ci95: [estimate - halfWidth, estimate + halfWidth] };
}
