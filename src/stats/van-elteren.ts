import { twoSidedNormalPValue } from './distributions.js';
import { floorPValue } from './p-value-floor.js';
import { rankSumParts, rankSumVariance } from './rank-sum.js';
import type { NoTestReason, StatWarning, TestResult } from './types.js';
import type { WeightedSample } from './weighted-sample.js';

/** One stratum of a stratified two-sample comparison: x (female) and y (male). */
export interface SampleStratum {
  readonly x: WeightedSample;
  readonly y: WeightedSample;
}

/** The van Elteren test with how many strata it used and left out. */
export type VanElterenResult = TestResult & { readonly strataUsed: number; readonly strataDropped: number };

const METHOD = 'van Elteren stratified Wilcoxon rank sum test';

function noTest(reason: NoTestReason, strataUsed: number, strataDropped: number, warnings: readonly StatWarning[]): VanElterenResult {
  return { test: null, method: null, statistic: null, parameter: null, pValue: null, reason, warnings, strataUsed, strataDropped };
}

/**
 * Van Elteren's stratified Wilcoxon rank-sum test (van Elteren 1960, "On the combination of
 * independent two-sample tests of Wilcoxon", Bull. Inst. Internat. Statist. 37, 351–361): does
 * x tend to lie above or below y within strata? Per stratum k, with n_k = nx_k + ny_k cases
 * ranked within the stratum (midranks for ties), W_k = the rank sum of x,
 *   E W_k = nx_k (n_k + 1) / 2,
 *   Var W_k = nx_k ny_k / 12 · ((n_k + 1) − Σ(t³ − t) / (n_k (n_k − 1)))   (tie-corrected),
 * and the locally most powerful weights w_k = 1 / (n_k + 1):
 *   z = Σ w_k (W_k − E W_k) / √(Σ w_k² Var W_k),
 * two-sided p = 2·P(Z ≥ |z|) from the standard normal (no continuity correction). The statistic
 * reported is z. Strata where x or y has no cases carry no comparison and are left out
 * (`strataDropped`, warning `strata-dropped`); none left → `too-few-strata`; a zero variance
 * (every usable stratum has one value only) → `constant-values`.
 */
export function vanElteren(strata: readonly SampleStratum[]): VanElterenResult {
  let numerator = 0;
  let variance = 0;
  let strataUsed = 0;
  let strataDropped = 0;
  for (const { x, y } of strata) {
    const parts = rankSumParts(x, y);
    if (parts.nx === 0 || parts.ny === 0) {
      strataDropped++;
      continue;
    }
    strataUsed++;
    const weight = 1 / (parts.nx + parts.ny + 1);
    // W_k − E W_k equals the Mann–Whitney count minus its mean nx·ny/2.
    numerator += weight * (parts.u - (parts.nx * parts.ny) / 2);
    variance += weight * weight * rankSumVariance(parts);
  }
  const warnings: readonly StatWarning[] = strataDropped > 0 ? ['strata-dropped'] : [];
  if (strataUsed === 0) return noTest('too-few-strata', strataUsed, strataDropped, warnings);
  if (!(variance > 0)) return noTest('constant-values', strataUsed, strataDropped, warnings);
  const statistic = numerator / Math.sqrt(variance);
  const floored = floorPValue(twoSidedNormalPValue(statistic));
  return {
    test: 'van-elteren',
    method: METHOD,
    statistic,
    parameter: null,
    pValue: floored.pValue,
    reason: null,
    warnings: [...warnings, ...floored.warnings],
    strataUsed,
    strataDropped,
  };
}
